using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Concord.Astro.Conjunctions.Assessment;
using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Ephemerides;
using Concord.Astro.Time;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Oem;
using Concord.Formats.Diagnostics;
using Concord.Hub.Agencies;
using Concord.Hub.Audit;
using Concord.Hub.Catalog;
using Concord.Hub.Conjunctions;
using Concord.Hub.Errors;
using Concord.Hub.Notifications;
using Concord.Hub.Release;
using Concord.Hub.SpaceObjects;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.ManeuverPlans;

/// <summary>Manoeuvre plans: a party to a conjunction event uploads the planned ephemeris of its object, and the hub
/// screens it before the burn. Scoped.</summary>
/// <remarks>
/// <para><b>Screening.</b> The planned ephemeris replaces the object (as the only primary) and is screened against the
/// catalog as the hub's screening sees it (<see cref="ScreeningCatalog"/>: every other object's newest element set, or its
/// operator ephemeris where that covers the time), with the other party's latest plan for the event in place of the other
/// object, over the plan's useable interval capped to the screening window length (centred on the event's TCA when the
/// plan is longer), with the hub's threshold, Pc and risk levels; objects whose radial band cannot reach the plan's are
/// left out before propagation (<see cref="ScreeningCatalog.Near"/>), which keeps a plan to seconds. The pair itself is assessed separately, with a
/// <see cref="PairSearchMeters"/> sphere within a quarter period of the event's TCA, so that a plan that moves the object
/// out of the threshold still reports how far away it now passes.</para>
/// <para><b>Release.</b> Only the two parties (confirmed owners of the event's objects) upload. A plan is a record of
/// the uploader's agency in the <c>maneuver-plans</c> category (marked <c>partners</c>): its own agency and agencies an
/// active agreement covering <c>maneuver-plans</c> entitles see everything (the ephemeris included); the other party
/// sees the metadata and the screening summary; nobody else learns of it. The screening lists only the conjunctions
/// whose other object the uploader may see and counts the rest; other viewers get the counts only.</para>
/// </remarks>
public sealed class ManeuverPlanService(HubDbContext db, AuditLog audit, HubWriteGate gate, TimeProvider time,
    ConjunctionScreeningOptions options, NotificationOutbox outbox, ConjunctionService conjunctions, ReleasePolicy policy,
    CatalogOptions catalogOptions)
{
    /// <summary>Radius within which the pair's planned approach is searched, metres.</summary>
    public const double PairSearchMeters = 1_000_000.0;

    /// <summary>What the radial-band pre-filter adds to the threshold, metres: the difference between a mean-element
    /// perigee or apogee and the osculating radius (J2 short-period terms, about 10 km in LEO) and three days of decay.</summary>
    public const double RadialFilterMarginMeters = 50_000.0;

    private const double MinutesPerHour = 60.0;
    private const double MatchFractionOfPeriod = 0.25;
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    /// <summary>Reads, checks, screens and stores a plan for event <paramref name="eventId"/> from
    /// <paramref name="actor"/> (an analyst or officer of one of the two owners), with an audit entry
    /// (<see cref="AuditActions.ConjunctionManeuverPlan"/>) and a <see cref="NotificationKinds.ManeuverPlan"/> notification
    /// in the same save. Errors: <see cref="HubErrorCodes.ConjunctionNotFound"/>, <see cref="HubErrorCodes.ManeuverPlanNotParty"/>,
    /// <see cref="HubErrorCodes.ManeuverPlanInvalidContent"/> (with every diagnostic), <see cref="HubErrorCodes.ManeuverPlanWrongObject"/>,
    /// <see cref="HubErrorCodes.ManeuverPlanDoesNotCoverTca"/>.</summary>
    public async Task<ManeuverPlanResult> SubmitAsync(Actor actor, Guid eventId, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(text);
        ReleasedConjunction? released = await conjunctions.GetAsync(actor, eventId, cancellationToken).ConfigureAwait(false);
        if (released is null)
        {
            return ManeuverPlanResult.Fail(NotFound(eventId));
        }

        ReleaseView uploader = await policy.ForViewerAsync(actor, cancellationToken).ConfigureAwait(false);
        ConjunctionEvent e = released.Event;
        int[] own = [.. new[] { (e.PrimaryCatalogNumber, released.PrimaryOwner), (e.SecondaryCatalogNumber, released.SecondaryOwner) }
            .Where(p => actor.AgencyCode is not null && p.Item2 == actor.AgencyCode).Select(p => p.Item1)];
        if (own.Length == 0)
        {
            return ManeuverPlanResult.Fail(HubError.Create(HubErrorCodes.ManeuverPlanNotParty, HubErrorKind.Forbidden,
                $"Only the owners of objects {e.PrimaryCatalogNumber} and {e.SecondaryCatalogNumber} may submit plans for conjunction {eventId:D}.",
                eventId.ToString("D")));
        }

        (Oem oem, Ephemeris ephemeris, HubError? readError, ImmutableArray<Diagnostic> diagnostics) = Read(text);
        if (readError is not null)
        {
            return ManeuverPlanResult.Fail(readError, diagnostics);
        }

        OemMetadata metadata = oem.Segments[0].Metadata;
        // OBJECT_ID as a catalog number, else OBJECT_NAME as one, else the registered object with that designator or name.
        int? number = await OemObjects.CatalogNumberAsync(db, metadata, [metadata.ObjectId.Trim(), metadata.ObjectName.Trim()], cancellationToken)
            .ConfigureAwait(false);
        if (number is not { } catalogNumber || !own.Contains(catalogNumber))
        {
            return ManeuverPlanResult.Fail(HubError.Create(HubErrorCodes.ManeuverPlanWrongObject, HubErrorKind.Invalid,
                $"The OEM is for {metadata.ObjectId} ({metadata.ObjectName}), not for an object of {actor.AgencyCode} in this conjunction ({string.Join(", ", own)}).",
                metadata.ObjectId, string.Join(",", own)));
        }

        if (e.Tca < ephemeris.UseableStart || e.Tca > ephemeris.UseableStop)
        {
            return ManeuverPlanResult.Fail(HubError.Create(HubErrorCodes.ManeuverPlanDoesNotCoverTca, HubErrorKind.Invalid,
                $"The plan's useable interval {Iso(ephemeris.UseableStart)} to {Iso(ephemeris.UseableStop)} does not cover TCA {Iso(e.Tca)}.",
                Iso(ephemeris.UseableStart), Iso(ephemeris.UseableStop), Iso(e.Tca)));
        }

        DateTimeOffset now = AuditHasher.TruncateToMicroseconds(time.GetUtcNow());
        Guid id = Guid.CreateVersion7(now);
        int other = catalogNumber == e.PrimaryCatalogNumber ? e.SecondaryCatalogNumber : e.PrimaryCatalogNumber;
        ManeuverPlanScreening screening = await ScreenAsync(id, e, catalogNumber, ephemeris, other, uploader, now, cancellationToken).ConfigureAwait(false);
        var plan = new ManeuverPlan
        {
            Id = id,
            EventId = e.Id,
            Agency = actor.AgencyCode!,
            CatalogNumber = catalogNumber,
            OemKvn = OemWriter.Write(oem, CcsdsFormat.Kvn).Text ?? throw new InvalidOperationException("An OEM that was read can be written."),
            Trajectory = EphemerisBlob.Encode(ephemeris),
            UseableStart = ephemeris.UseableStart,
            UseableStop = ephemeris.UseableStop,
            ScreeningJson = JsonSerializer.Serialize(screening, s_json),
            UploadedAt = now,
            KeyId = actor.KeyId,
        };

        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        db.ManeuverPlans.Add(plan);
        await audit.Append(actor, AuditActions.ConjunctionManeuverPlan, $"conjunction:{e.Id:D}", new Dictionary<string, string?>
        {
            ["plan"] = plan.Id.ToString("D"),
            ["object"] = catalogNumber.ToString(CultureInfo.InvariantCulture),
            ["pairMissDistanceMeters"] = screening.PairMissDistanceMeters?.ToString("R", CultureInfo.InvariantCulture),
            ["conjunctions"] = screening.Conjunctions.Count.ToString(CultureInfo.InvariantCulture),
            ["new"] = screening.Conjunctions.Count(c => c.New).ToString(CultureInfo.InvariantCulture),
        }, cancellationToken).ConfigureAwait(false);
        outbox.Add(NotificationKinds.ManeuverPlan, e.Id, e.RiskLevel.ToWireName(), now);
        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ManeuverPlanResult.Ok(plan, screening);
    }

    /// <summary>The plans of event <paramref name="eventId"/> (oldest first) as <paramref name="viewer"/> may see them, or
    /// null when the event does not exist or is not released to the viewer.</summary>
    public async Task<IReadOnlyList<ReleasedManeuverPlan>?> ListAsync(Actor viewer, Guid eventId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ReleasedConjunction? released = await conjunctions.GetAsync(viewer, eventId, cancellationToken).ConfigureAwait(false);
        if (released is null)
        {
            return null;
        }

        List<ManeuverPlan> plans = await db.ManeuverPlans.AsNoTracking().Where(p => p.EventId == eventId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (plans.Count == 0)
        {
            return [];
        }

        ReleaseView view = await policy.ForViewerAsync(viewer, cancellationToken).ConfigureAwait(false);
        var shown = new List<ReleasedManeuverPlan>(plans.Count);
        // By id (UUID v7: upload order), a stable key for paging.
        foreach (ManeuverPlan p in plans.OrderBy(p => p.Id))
        {
            bool full = view.IsReleased(ToReleasable(p));
            if (!full && !(released.IsParty && released.Identifies(p.CatalogNumber)))
            {
                continue; // neither released under maneuver-plans nor a party's business about an object it may identify: absent
            }

            ManeuverPlanScreening screening = JsonSerializer.Deserialize<ManeuverPlanScreening>(p.ScreeningJson, s_json)!;
            if (!string.Equals(viewer.AgencyCode, p.Agency, StringComparison.Ordinal))
            {
                // The list was made for the uploader: another viewer gets the counts only.
                screening = screening with { Conjunctions = [], WithheldConjunctions = screening.WithheldConjunctions + screening.Conjunctions.Count };
            }

            shown.Add(new ReleasedManeuverPlan(p, screening, full));
        }

        return shown;
    }

    /// <summary>A plan as the release policy sees it: a <c>maneuver-plans</c> record of the uploader's agency, marked
    /// <c>partners</c>, stored when uploaded.</summary>
    public static ReleasableRecord ToReleasable(ManeuverPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new ReleasableRecord(plan.Agency, Marking.Partners, [], DataCategory.ManeuverPlans, plan.CatalogNumber, plan.Agency, plan.UploadedAt);
    }

    private async Task<ManeuverPlanScreening> ScreenAsync(Guid id, ConjunctionEvent e, int catalogNumber, Ephemeris ephemeris, int other,
        ReleaseView uploader, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var earlier = await db.ManeuverPlans.AsNoTracking().Where(p => p.EventId == e.Id && p.CatalogNumber == other)
            .Select(p => new { p.Id, p.Agency, p.UploadedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var newest = earlier.OrderByDescending(p => p.UploadedAt).ThenByDescending(p => p.Id).FirstOrDefault();
        // Only the counterpart's typed trajectory is loaded, not its archived OEM text.
        var counterpart = newest is null ? null : await db.ManeuverPlans.AsNoTracking().Where(p => p.Id == newest.Id)
            .Select(p => new { p.Id, p.Agency, p.UploadedAt, p.Trajectory }).SingleAsync(cancellationToken).ConfigureAwait(false);
        var replacements = new Dictionary<int, (Ephemeris, string, ConjunctionSide)>
        {
            [catalogNumber] = (ephemeris, $"PLAN {id:D}", PlanSource(id, uploader.ViewerAgency!, now)),
        };
        if (counterpart?.Trajectory is { } counterpartTrajectory)
        {
            replacements[other] = (EphemerisBlob.Decode(counterpartTrajectory), $"PLAN {counterpart.Id:D}", PlanSource(counterpart.Id, counterpart.Agency, counterpart.UploadedAt));
        }

        Duration window = Duration.FromMinutes(options.WindowHours * MinutesPerHour);
        Epoch start = ephemeris.UseableStart, stop = ephemeris.UseableStop;
        if ((stop - start).TotalSeconds > window.TotalSeconds)
        {
            start = Later(start, e.Tca - Duration.FromSeconds(window.TotalSeconds / 2.0));
            stop = Earlier(stop, start + window);
        }

        ScreeningCatalog all = await ScreeningCatalog.LoadAsync(db, start, stop, ScreeningSourceRules.From(catalogOptions, Epoch.FromUtc(now)), replacements, cancellationToken)
            .ConfigureAwait(false);
        ScreeningCatalog catalog = all.Near(catalogNumber, options.ThresholdMeters + RadialFilterMarginMeters);
        List<ConjunctionEvent> open = await db.ConjunctionEvents.AsNoTracking()
            .Where(o => o.Status == ConjunctionStatus.Open && (o.PrimaryCatalogNumber == catalogNumber || o.SecondaryCatalogNumber == catalogNumber))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var found = new List<ManeuverPlanConjunction>();
        int withheld = 0;
        ScreenedConjunction[] screened = [.. catalog.Screen([catalogNumber], start, stop, options.ThresholdMeters).OrderBy(c => c.Tca)];
        var assessment = new ConjunctionAssessmentOptions { HardBodyRadiusMeters = options.HardBodyRadiusMeters };
        Dictionary<int, string> owners = await ObjectAuthority.ConfirmedOwnersAsync(db,
            [.. screened.SelectMany(c => new[] { catalog.Entries[c.PrimaryIndex].CatalogNumber, catalog.Entries[c.SecondaryIndex].CatalogNumber })],
            cancellationToken).ConfigureAwait(false);
        foreach (ScreenedConjunction c in screened)
        {
            (ScreeningCatalogEntry mine, ScreeningCatalogEntry theirs) = Entries(catalog, c, catalogNumber);
            string? theirOwner = owners.GetValueOrDefault(theirs.CatalogNumber);
            if (!(theirs.Source.ToReleasable(theirs.CatalogNumber, theirOwner) is { } record && uploader.IsReleased(record))
                && !string.Equals(theirOwner, uploader.ViewerAgency, StringComparison.Ordinal))
            {
                withheld++; // the uploader may not see that object: counted, not listed
                continue;
            }

            double? pc = ConjunctionAssessor.Assess(c, catalog.Engine, assessment).Pc;
            (int low, int high) = catalogNumber < theirs.CatalogNumber ? (catalogNumber, theirs.CatalogNumber) : (theirs.CatalogNumber, catalogNumber);
            double tolerance = MatchFractionOfPeriod * Math.Min(mine.Engine.PeriodSeconds(c.PrimaryState),
                theirs.Engine.PeriodSeconds(c.SecondaryState));
            ConjunctionEvent? match = open.Where(o => o.PrimaryCatalogNumber == low && o.SecondaryCatalogNumber == high
                    && Math.Abs((o.Tca - c.Tca).TotalSeconds) < tolerance)
                .MinBy(o => Math.Abs((o.Tca - c.Tca).TotalSeconds));
            bool isNew = match is null || (pc ?? 0.0) > (match.Pc ?? 0.0);
            found.Add(new ManeuverPlanConjunction(theirs.CatalogNumber.ToString(CultureInfo.InvariantCulture), Iso(c.Tca), c.MissDistanceMeters, pc,
                options.RiskLevelOf(pc).ToWireName(), isNew));
        }

        // The pair, searched wide within a quarter period of the event's TCA.
        ScreeningCatalog pair = all.Subset([catalogNumber, other]);
        ScreeningCatalogEntry planned = pair.Entries.First(x => x.CatalogNumber == catalogNumber);
        double quarter = MatchFractionOfPeriod * planned.Engine.PeriodSeconds(ephemeris.Interpolate(e.Tca));
        Epoch pairStart = Later(ephemeris.UseableStart, e.Tca - Duration.FromSeconds(quarter));
        Epoch pairStop = Earlier(ephemeris.UseableStop, e.Tca + Duration.FromSeconds(quarter));
        ScreenedConjunction? nearest = pair.Screen([catalogNumber], pairStart, pairStop, PairSearchMeters)
            .MinBy(c => Math.Abs((c.Tca - e.Tca).TotalSeconds));
        double? pairPc = nearest is null ? null : ConjunctionAssessor.Assess(nearest, pair.Engine, assessment).Pc;
        clock.Stop();
        return new ManeuverPlanScreening(nearest is null ? null : Iso(nearest.Tca), nearest?.MissDistanceMeters, pairPc,
            options.RiskLevelOf(pairPc).ToWireName(), replacements.ContainsKey(other) ? counterpart!.Id : null, found, withheld,
            all.ObjectCount - 1, clock.ElapsedMilliseconds);
    }

    private static ConjunctionSide PlanSource(Guid planId, string agency, DateTimeOffset uploadedAt) =>
        ScreeningCatalog.Source(ConjunctionSources.Plan, planId, agency, Marking.Partners, [], uploadedAt, ConjunctionSources.Owner);

    private static (ScreeningCatalogEntry Mine, ScreeningCatalogEntry Theirs) Entries(ScreeningCatalog catalog, ScreenedConjunction c, int mine) =>
        catalog.Entries[c.PrimaryIndex].CatalogNumber == mine
            ? (catalog.Entries[c.PrimaryIndex], catalog.Entries[c.SecondaryIndex])
            : (catalog.Entries[c.SecondaryIndex], catalog.Entries[c.PrimaryIndex]);

    // An OEM of one segment the screening can use; else the error and every diagnostic.
    private static (Oem Oem, Ephemeris Ephemeris, HubError? Error, ImmutableArray<Diagnostic> Diagnostics) Read(string text)
    {
        ParsedMessage parsed = SubmissionReader.Read(text);
        if (!parsed.IsValid)
        {
            return (null!, null!, Invalid($"The OEM has {parsed.Diagnostics.Count(d => d.IsError)} error(s); nothing was stored."), parsed.Diagnostics);
        }

        if (parsed.Oem is not { } oem)
        {
            return (null!, null!, Invalid($"The body is a {parsed.Format} message, not an OEM; nothing was stored."), parsed.Diagnostics);
        }

        if (oem.Segments.Count != 1)
        {
            return (null!, null!, Invalid($"A plan is one OEM segment; this OEM has {oem.Segments.Count}."), parsed.Diagnostics);
        }

        OemEphemerisResult mapped = OemConverter.ToEphemerides(oem);
        return mapped.Ephemerides[0] is { Frame: not Astro.Frames.ReferenceFrame.Itrf } ephemeris
            ? (oem, ephemeris, null, parsed.Diagnostics)
            : (null!, null!, Invalid("The plan cannot be screened: its frame must be TEME, GCRF or EME2000 about the Earth."),
                [.. parsed.Diagnostics, .. mapped.Diagnostics]);
    }

    private static HubError Invalid(string message) =>
        HubError.Create(HubErrorCodes.ManeuverPlanInvalidContent, HubErrorKind.Invalid, message);

    private static HubError NotFound(Guid id) =>
        HubError.Create(HubErrorCodes.ConjunctionNotFound, HubErrorKind.NotFound, $"Conjunction {id:D} was not found.", id.ToString("D"));

    private static Epoch Later(Epoch a, Epoch b) => a > b ? a : b;

    private static Epoch Earlier(Epoch a, Epoch b) => a < b ? a : b;

    private static string Iso(Epoch epoch) => epoch.ToIsoString(TimeScale.Utc, 3);
}
