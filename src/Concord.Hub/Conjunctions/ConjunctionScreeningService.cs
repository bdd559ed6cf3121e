using System.Globalization;
using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Diagnostics;
using Concord.Hub.Agencies;
using Concord.Hub.Audit;
using Concord.Hub.Catalog;
using Concord.Hub.Notifications;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Conjunctions;

/// <summary>Screens newly stored objects against the whole catalog and keeps the conjunction events up to date. Scoped.</summary>
/// <remarks>
/// <para>The catalog is the newest stored element set (by epoch) of every object, whatever its marking: the hub screens
/// for safety, and what each agency may see of the result is the release policy's decision when it is read.</para>
/// <para>An approach found again is the same event when the pair is the same and the TCAs differ by less than a quarter
/// of the shorter orbital period of the two. A fresher element set moves the TCA of the same encounter by seconds (for
/// LEO, about a second per 7.5 km of along-track error), while two distinct encounters of one pair are at least about
/// half a period apart (the orbits cross near the two ends of the line of nodes between their planes), so a quarter
/// period tolerates the first and never merges the second. A fixed 60 s would split an event whenever an object's
/// along-track error changes by more than about 450 km, which old sets of drag-dominated objects do.</para>
/// </remarks>
public sealed class ConjunctionScreeningService(HubDbContext db, AuditLog audit, HubWriteGate gate, TimeProvider time,
    ConjunctionScreeningOptions options, NotificationOutbox outbox)
{
    private const double MinutesPerHour = 60.0;
    private const double MatchFractionOfPeriod = 0.25;
    private const int MaxAuditedCatalogNumbers = 100;

    /// <summary>Screens <paramref name="catalogNumbers"/> as primaries against every other object over
    /// [now, now + window], updates or creates events, closes events whose TCA has passed, and writes one audit entry
    /// (<see cref="AuditActions.ConjunctionsScreened"/>: objects, the first 100 catalogNumbers, catalog, created, updated, closed), all in one save under the write gate. Numbers without a stored
    /// element set (or whose set SGP4 refuses) are skipped.</summary>
    public async Task<ConjunctionScreeningReport> ScreenAsync(IReadOnlyCollection<int> catalogNumbers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalogNumbers);
        DateTimeOffset now = AuditHasher.TruncateToMicroseconds(time.GetUtcNow());
        Epoch start = Epoch.FromUtc(now);
        List<ElementSet> catalog = await NewestSetsAsync(cancellationToken).ConfigureAwait(false);
        // Few primaries (a submission): only the objects whose radial band can meet theirs are screened (RadialPrefilter).
        catalog = RadialPrefilter.Candidates(catalog, catalogNumbers as IReadOnlySet<int> ?? new HashSet<int>(catalogNumbers), start,
            start + Duration.FromMinutes(options.WindowHours * MinutesPerHour), options.ThresholdMeters);

        // Screening takes seconds on a full catalog: it runs before the write gate so that it holds up no other writer.
        var objects = new List<ScreeningObject>(catalog.Count);
        var sets = new List<ElementSet>(catalog.Count);
        var wanted = new HashSet<int>(catalogNumbers);
        var primaries = new List<int>();
        foreach (ElementSet set in catalog)
        {
            if (Propagator(set) is not { } propagator)
            {
                continue;
            }

            if (wanted.Contains(set.CatalogNumber))
            {
                primaries.Add(objects.Count);
            }

            objects.Add(ScreeningObject.FromSgp4(set.CatalogNumber.ToString(CultureInfo.InvariantCulture), propagator));
            sets.Add(set);
        }

        ScreenedConjunction[] found = primaries.Count == 0 || objects.Count < 2
            ? []
            : [.. ConjunctionScreener.Screen(objects, new ScreeningOptions
            {
                Start = start,
                Stop = start + Duration.FromMinutes(options.WindowHours * MinutesPerHour),
                Volume = ScreeningVolume.Sphere(options.ThresholdMeters),
                PrimaryIndices = primaries,
            }).Conjunctions];

        using IDisposable writer = await gate.EnterAsync(cancellationToken).ConfigureAwait(false);
        List<ConjunctionEvent> open = await db.ConjunctionEvents.Where(e => e.Status == ConjunctionStatus.Open)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        int created = 0, updated = 0, closed = 0;
        var seen = new HashSet<Guid>();
        foreach (ScreenedConjunction conjunction in found.Where(c => c.Tca >= start))
        {
            ElementSet a = sets[conjunction.PrimaryIndex], b = sets[conjunction.SecondaryIndex];
            (int low, int high) = a.CatalogNumber < b.CatalogNumber ? (a.CatalogNumber, b.CatalogNumber) : (b.CatalogNumber, a.CatalogNumber);
            double toleranceSeconds = MatchFractionOfPeriod * Math.Min(ConjunctionProbability.PeriodSeconds(a), ConjunctionProbability.PeriodSeconds(b));
            ConjunctionEvent? match = open
                .Where(e => e.PrimaryCatalogNumber == low && e.SecondaryCatalogNumber == high && !seen.Contains(e.Id)
                    && Math.Abs((e.Tca - conjunction.Tca).TotalSeconds) < toleranceSeconds)
                .MinBy(e => Math.Abs((e.Tca - conjunction.Tca).TotalSeconds));
            double? pc = ConjunctionProbability.Compute(conjunction, a, b, options.HardBodyRadiusMeters);
            ConjunctionRiskLevel risk = options.RiskLevelOf(pc);
            string kind;
            if (match is null)
            {
                kind = NotificationKinds.ConjunctionCreated;
                match = new ConjunctionEvent
                {
                    Id = Guid.CreateVersion7(now),
                    PrimaryCatalogNumber = low,
                    SecondaryCatalogNumber = high,
                    Status = ConjunctionStatus.Open,
                    FirstScreenedAt = now,
                };
                db.ConjunctionEvents.Add(match);
                open.Add(match);
                created++;
            }
            else
            {
                kind = risk > match.RiskLevel ? NotificationKinds.ConjunctionRiskRaised : NotificationKinds.ConjunctionUpdated;
                updated++;
            }


            seen.Add(match.Id);
            match.Tca = conjunction.Tca;
            match.MissDistanceMeters = conjunction.MissDistanceMeters;
            match.RelativeSpeedMetersPerSecond = conjunction.RelativeSpeedMetersPerSecond;
            match.Pc = pc;
            match.RiskLevel = risk;
            match.LastScreenedAt = now;
            db.ConjunctionUpdates.Add(new ConjunctionUpdate
            {
                Id = Guid.CreateVersion7(now),
                EventId = match.Id,
                ScreenedAt = now,
                Tca = conjunction.Tca,
                MissDistanceMeters = conjunction.MissDistanceMeters,
                RelativeSpeedMetersPerSecond = conjunction.RelativeSpeedMetersPerSecond,
                Pc = pc,
                RiskLevel = risk,
            });
            outbox.Add(kind, match.Id, risk.ToWireName(), now);
        }

        foreach (ConjunctionEvent passed in open.Where(e => e.Tca < start && !seen.Contains(e.Id)))
        {
            passed.Status = ConjunctionStatus.Closed;
            outbox.Add(NotificationKinds.ConjunctionClosed, passed.Id, passed.RiskLevel.ToWireName(), now);
            closed++;
        }

        var report = new ConjunctionScreeningReport(primaries.Count, objects.Count, created, updated, closed);
        await audit.Append(Actor.System, AuditActions.ConjunctionsScreened, $"screening:{now.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'}",
            new Dictionary<string, string?>
            {
                ["objects"] = primaries.Count.ToString(CultureInfo.InvariantCulture),
                ["catalogNumbers"] = CatalogNumberList(primaries.Select(i => sets[i].CatalogNumber)),
                ["catalog"] = report.CatalogObjects.ToString(CultureInfo.InvariantCulture),
                ["created"] = created.ToString(CultureInfo.InvariantCulture),
                ["updated"] = updated.ToString(CultureInfo.InvariantCulture),
                ["closed"] = closed.ToString(CultureInfo.InvariantCulture),
            }, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return report;
    }

    // The newest set (by epoch, then by storage time) of every object: keys first, so that the history is not loaded.
    private async Task<List<ElementSet>> NewestSetsAsync(CancellationToken cancellationToken)
    {
        var keys = await db.ElementSets.AsNoTracking()
            .Select(e => new { e.Id, e.CatalogNumber, e.Epoch, e.StoredAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        Guid[] newest = [.. keys.GroupBy(k => k.CatalogNumber)
            .Select(g => g.OrderByDescending(k => k.Epoch).ThenByDescending(k => k.StoredAt).First().Id)];
        List<ElementSet> sets = await db.ElementSets.AsNoTracking().Where(e => newest.Contains(e.Id))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. sets.OrderBy(s => s.CatalogNumber)];
    }

    // A bulk submission screens tens of thousands of objects: the entry names the first hundred and counts them all.
    private static string CatalogNumberList(IEnumerable<int> numbers)
    {
        int[] sorted = [.. numbers.Order()];
        string list = string.Join(',', sorted.Take(MaxAuditedCatalogNumbers));
        return sorted.Length > MaxAuditedCatalogNumbers ? list + ",…" : list;
    }

    private static Sgp4Propagator? Propagator(ElementSet set)
    {
        ParseResult<Sgp4Elements> elements = OmmConverter.ToSgp4Elements(ElementSetMapping.ToOmm(set, DateTimeOffset.UnixEpoch));
        if (elements.Value is null)
        {
            return null;
        }

        Sgp4InitResult init = Sgp4Propagator.Create(elements.Value, Sgp4Options.Default);
        return init.Success ? init.Propagator : null;
    }
}
