using System.Collections.Immutable;
using System.Globalization;
using Concord.Astro.Conjunctions.Assessment;
using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Frames;
using Concord.Astro.Time;
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
    ConjunctionScreeningOptions options, NotificationOutbox outbox, CatalogOptions catalogOptions)
{
    private const double MinutesPerHour = 60.0;
    private const double MatchFractionOfPeriod = 0.25;
    private const int MaxAuditedCatalogNumbers = 100;

    // An event whose TCA lies within this of the window's end may have moved just outside it: not closed for not being found.
    private const double CoverageMarginMinutes = 60.0;

    /// <summary>Screens <paramref name="catalogNumbers"/> as primaries against every other object over
    /// [now, now + window], updates or creates events, closes events whose TCA has passed, and writes one audit entry
    /// (<see cref="AuditActions.ConjunctionsScreened"/>: objects, the first 100 catalogNumbers, catalog, created, updated, closed), all in one save under the write gate. Each update carries
    /// what its CDM is built from (<see cref="ConjunctionUpdate.Assessment"/>). An object's operator ephemeris takes precedence over its element
    /// set where it covers the window (<see cref="ScreeningCatalog"/>). Numbers with neither (or whose set SGP4 refuses)
    /// are skipped.</summary>
    public async Task<ConjunctionScreeningReport> ScreenAsync(IReadOnlyCollection<int> catalogNumbers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalogNumbers);
        DateTimeOffset now = AuditHasher.TruncateToMicroseconds(time.GetUtcNow());
        Epoch start = Epoch.FromUtc(now);
        Epoch stop = start + Duration.FromMinutes(options.WindowHours * MinutesPerHour);
        ScreeningVolume volume = ScreeningVolume.Sphere(options.ThresholdMeters);
        ScreeningCatalog catalog = await ScreeningCatalog.LoadAsync(db, start, stop, ScreeningSourceRules.From(catalogOptions, start), null, cancellationToken).ConfigureAwait(false);
        var present = new HashSet<int>(catalog.Entries.Select(e => e.CatalogNumber));
        // Few primaries (a submission): only the objects whose radial band can meet a primary's are screened.
        catalog = catalog.Candidates(catalogNumbers, start, stop, options.ThresholdMeters);

        // Screening takes seconds on a full catalog: it runs before the write gate so that it holds up no other writer.
        var wanted = new HashSet<int>(catalogNumbers);
        int[] primaries = [.. Enumerable.Range(0, catalog.Entries.Count).Where(i => wanted.Contains(catalog.Entries[i].CatalogNumber))];
        ImmutableArray<ScreenedConjunction> found = catalog.Screen(wanted, start, stop, options.ThresholdMeters);
        var assessment = new ConjunctionAssessmentOptions { HardBodyRadiusMeters = options.HardBodyRadiusMeters };

        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        List<ConjunctionEvent> open = await db.ConjunctionEvents.Where(e => e.Status == ConjunctionStatus.Open)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        int created = 0, updated = 0, closed = 0, unchanged = 0;
        var seen = new HashSet<Guid>();
        foreach (ScreenedConjunction screened in found.Where(c => c.Tca >= start))
        {
            ScreeningCatalogEntry a = catalog.Entries[screened.PrimaryIndex], b = catalog.Entries[screened.SecondaryIndex];
            (int low, int high) = a.CatalogNumber < b.CatalogNumber ? (a.CatalogNumber, b.CatalogNumber) : (b.CatalogNumber, a.CatalogNumber);
            ScreenedConjunction conjunction = a.CatalogNumber < b.CatalogNumber ? screened : ConjunctionAssessor.Swap(screened);
            ScreeningCatalogEntry first = catalog.Entries[conjunction.PrimaryIndex], second = catalog.Entries[conjunction.SecondaryIndex];
            double toleranceSeconds = MatchFractionOfPeriod * Math.Min(first.Engine.PeriodSeconds(conjunction.PrimaryState),
                second.Engine.PeriodSeconds(conjunction.SecondaryState));
            ConjunctionEvent? match = open
                .Where(e => e.PrimaryCatalogNumber == low && e.SecondaryCatalogNumber == high && !seen.Contains(e.Id)
                    && Math.Abs((e.Tca - conjunction.Tca).TotalSeconds) < toleranceSeconds)
                .MinBy(e => Math.Abs((e.Tca - conjunction.Tca).TotalSeconds));
            AssessedConjunction assessed = ConjunctionAssessor.Assess(conjunction, catalog.Engine, assessment);
            double? pc = assessed.Pc;
            ConjunctionRiskLevel risk = options.RiskLevelOf(pc);
            (ConjunctionSide primarySide, ConjunctionSide secondarySide) = Sides(conjunction, first, second);
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
            else if (!options.IsMaterialChange(match.RiskLevel, match.MissDistanceMeters, (conjunction.Tca - match.Tca).TotalSeconds, match.Pc,
                risk, conjunction.MissDistanceMeters, pc) && SameSources(match, primarySide, secondarySide))
            {
                // Seen again as it was (a scheduled run over the same element sets): nothing new to record or tell.
                seen.Add(match.Id);
                match.LastScreenedAt = now;
                unchanged++;
                continue;
            }
            else
            {
                kind = risk > match.RiskLevel ? NotificationKinds.ConjunctionRiskRaised : NotificationKinds.ConjunctionUpdated;
                updated++;
            }


            seen.Add(match.Id);
            if (kind == NotificationKinds.ConjunctionCreated || risk != match.RiskLevel)
            {
                match.RiskLevelSince = now; // acknowledgements and escalations count from here (Coordination)
            }

            match.Tca = conjunction.Tca;
            match.MissDistanceMeters = conjunction.MissDistanceMeters;
            match.RelativeSpeedMetersPerSecond = conjunction.RelativeSpeedMetersPerSecond;
            match.Pc = pc;
            match.RiskLevel = risk;
            match.PcMethod = PcMethod(assessed);
            match.PrimarySide = primarySide;
            match.SecondarySide = secondarySide;
            match.LastScreenedAt = now;
            Guid updateId = Guid.CreateVersion7(now);
            db.ConjunctionUpdates.Add(new ConjunctionUpdate
            {
                Id = updateId,
                EventId = match.Id,
                ScreenedAt = now,
                Tca = conjunction.Tca,
                MissDistanceMeters = conjunction.MissDistanceMeters,
                RelativeSpeedMetersPerSecond = conjunction.RelativeSpeedMetersPerSecond,
                Pc = pc,
                RiskLevel = risk,
                PcMethod = match.PcMethod,
                PrimarySide = primarySide.Copy(),
                SecondarySide = secondarySide.Copy(),
                Assessment = ConjunctionUpdateCdm.Record(assessed, first.Info, second.Info, start, stop, volume, assessment.HardBodyRadiusMeters),
            });
            outbox.Add(kind, match.Id, risk.ToWireName(), now);
        }

        foreach (ConjunctionEvent passed in open.Where(e => e.Tca < start && !seen.Contains(e.Id)))
        {
            Close(passed, ConjunctionCloseReasons.TcaPassed, now);
            closed++;
        }

        // An open event this run covered (one of its pair screened as a primary, both objects in the catalog, its TCA
        // inside the window) and did not find again is no longer predicted: new data moved an object away.
        var screenedNumbers = new HashSet<int>(primaries.Select(i => catalog.Entries[i].CatalogNumber));
        Epoch coveredUntil = stop - Duration.FromMinutes(CoverageMarginMinutes);
        foreach (ConjunctionEvent gone in open.Where(e => e.Status == ConjunctionStatus.Open && !seen.Contains(e.Id)
            && e.Tca >= start && e.Tca <= coveredUntil
            && (screenedNumbers.Contains(e.PrimaryCatalogNumber) || screenedNumbers.Contains(e.SecondaryCatalogNumber))
            && present.Contains(e.PrimaryCatalogNumber) && present.Contains(e.SecondaryCatalogNumber)))
        {
            Close(gone, ConjunctionCloseReasons.NoLongerPredicted, now);
            closed++;
        }

        int[] primaryNumbers = [.. primaries.Select(i => catalog.Entries[i].CatalogNumber).Distinct()];
        var report = new ConjunctionScreeningReport(primaryNumbers.Length, catalog.ObjectCount, created, updated, closed, unchanged);
        await audit.Append(Actor.System, AuditActions.ConjunctionsScreened, $"screening:{now.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'}",
            new Dictionary<string, string?>
            {
                ["objects"] = primaryNumbers.Length.ToString(CultureInfo.InvariantCulture),
                ["catalogNumbers"] = CatalogNumberList(primaryNumbers),
                ["catalog"] = report.CatalogObjects.ToString(CultureInfo.InvariantCulture),
                ["created"] = created.ToString(CultureInfo.InvariantCulture),
                ["updated"] = updated.ToString(CultureInfo.InvariantCulture),
                ["unchanged"] = unchanged.ToString(CultureInfo.InvariantCulture),
                ["closed"] = closed.ToString(CultureInfo.InvariantCulture),
            }, cancellationToken).ConfigureAwait(false);
        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return report;
    }

    private void Close(ConjunctionEvent e, string reason, DateTimeOffset now)
    {
        e.Status = ConjunctionStatus.Closed;
        e.ClosedReason = reason;
        outbox.Add(NotificationKinds.ConjunctionClosed, e.Id, e.RiskLevel.ToWireName(), now);
    }

    // Each object's side: the record that spoke for it, and the other object's state relative to it in its own RTN frame
    // (non-rotating components, as CCSDS 508.0-B-1 RELATIVE_POSITION/VELOCITY_R/T/N), so that each owner reads the
    // encounter in its own frame without the other object's state.
    private static (ConjunctionSide Primary, ConjunctionSide Secondary) Sides(ScreenedConjunction conjunction, ScreeningCatalogEntry first,
        ScreeningCatalogEntry second)
    {
        ConjunctionSide primary = first.Source.Copy(), secondary = second.Source.Copy();
        Fill(primary, Rtn.RelativeState(conjunction.PrimaryState, conjunction.SecondaryState, RtnVelocityConvention.NonRotating));
        Fill(secondary, Rtn.RelativeState(conjunction.SecondaryState, conjunction.PrimaryState, RtnVelocityConvention.NonRotating));
        return (primary, secondary);

        static void Fill(ConjunctionSide side, RtnRelativeState relative)
        {
            side.RelativePositionR = relative.PositionMeters.X;
            side.RelativePositionT = relative.PositionMeters.Y;
            side.RelativePositionN = relative.PositionMeters.Z;
            side.RelativeVelocityR = relative.VelocityMetersPerSecond.X;
            side.RelativeVelocityT = relative.VelocityMetersPerSecond.Y;
            side.RelativeVelocityN = relative.VelocityMetersPerSecond.Z;
        }
    }

    // A change of the record that speaks for either object changes who may see the event's parts: always a new update.
    private static bool SameSources(ConjunctionEvent e, ConjunctionSide primary, ConjunctionSide secondary) =>
        e.PrimarySide.SourceId == primary.SourceId && e.SecondarySide.SourceId == secondary.SourceId
        && e.PrimarySide.SourceDisagreement == primary.SourceDisagreement && e.SecondarySide.SourceDisagreement == secondary.SourceDisagreement;

    /// <summary>How the Pc was computed: Foster's 2-D integral, with the regime default covariance where a source carried
    /// none (<see cref="AssessedConjunction.MethodName"/>); null without a Pc.</summary>
    internal static string? PcMethod(AssessedConjunction assessed) => assessed.Pc is null ? null : assessed.MethodName;

    // A bulk submission screens tens of thousands of objects: the entry names the first hundred and counts them all.
    private static string CatalogNumberList(IEnumerable<int> numbers)
    {
        int[] sorted = [.. numbers.Order()];
        string list = string.Join(',', sorted.Take(MaxAuditedCatalogNumbers));
        return sorted.Length > MaxAuditedCatalogNumbers ? list + ",…" : list;
    }
}
