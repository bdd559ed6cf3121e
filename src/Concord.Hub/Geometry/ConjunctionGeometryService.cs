using Concord.Astro.Conjunctions.Probability;
using Concord.Astro.Ephemerides;
using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;
using Concord.Formats.Ccsds.Cdm;
using Concord.Hub.Agencies;
using Concord.Hub.Catalog;
using Concord.Hub.Conjunctions;
using Concord.Hub.Errors;
using Concord.Hub.Storage;

namespace Concord.Hub.Geometry;

/// <summary>The geometry of a conjunction for the console's 3-D view and encounter-plane picture, built from an update's
/// stored CCSDS 508.0-B-1 CDM (the states and RTN covariances the Pc used) and the hub's propagators for the arcs
/// around TCA. Only a viewer who receives the full event gets it, as for the CDM itself.</summary>
public sealed class ConjunctionGeometryService(HubDbContext db, ConjunctionService conjunctions, ConjunctionScreeningOptions options,
    CatalogOptions catalogOptions)
{
    /// <summary>Spacing of the arc points, seconds.</summary>
    public const double ArcStepSeconds = 30.0;

    /// <summary>Longest arc either side of TCA, seconds (an arc is also at most half the shorter period).</summary>
    public const double MaxArcSeconds = 2_700.0;

    /// <summary>The geometry of <paramref name="updateId"/> (null: the newest update with a CDM) of event <paramref name="id"/>.</summary>
    /// <returns>The geometry; 404 <c>conjunction.not-found</c> (unknown or not released), 403
    /// <c>conjunction.detail-withheld</c> (a basic warning), or 404 <c>conjunction.cdm-not-found</c>.</returns>
    public async Task<HubResult<ConjunctionGeometry>> GetAsync(Actor viewer, Guid id, Guid? updateId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        HubResult<ReleasedCdm> released = await conjunctions.GetCdmAsync(viewer, id, updateId, cancellationToken).ConfigureAwait(false);
        if (!released.Success)
        {
            return HubResult<ConjunctionGeometry>.Fail(released.Errors);
        }

        ConjunctionUpdate chosen = released.Value.Update;
        Cdm? cdm = CdmReader.Parse(released.Value.Kvn) is { Success: true, Messages.Length: 1 } read ? read.Messages[0] : null;
        if (cdm is null
            || !CdmConverter.TryToCartesianState(cdm, 1, out CartesianState primary, out _)
            || !CdmConverter.TryToCartesianState(cdm, 2, out CartesianState secondary, out _))
        {
            // A stored CDM always reads back (the hub wrote it); one that does not is as good as none.
            return Fail(HubError.Create(HubErrorCodes.ConjunctionCdmNotFound, HubErrorKind.NotFound,
                $"Conjunction {id:D} has no readable CDM {chosen.Id:D}.", id.ToString("D"), chosen.Id.ToString("D")));
        }

        CartesianState p = EarthFixed.ToTeme(primary), s = EarthFixed.ToTeme(secondary);
        ConjunctionEvent e = released.Value.Conjunction.Event;
        ScreeningCatalog catalog = await ScreeningCatalog.LoadObjectsAsync(db, [e.PrimaryCatalogNumber, e.SecondaryCatalogNumber],
            p.Epoch - Duration.FromSeconds(MaxArcSeconds), p.Epoch + Duration.FromSeconds(MaxArcSeconds),
            ScreeningSourceRules.From(catalogOptions, Epoch.FromUtc(chosen.ScreenedAt)), cancellationToken).ConfigureAwait(false); // the sources as that run chose them
        double half = Math.Min(MaxArcSeconds, 0.5 * Math.Min(Period(catalog, e.PrimaryCatalogNumber, p), Period(catalog, e.SecondaryCatalogNumber, s)));

        return HubResult<ConjunctionGeometry>.Ok(new ConjunctionGeometry(e.Id, chosen.Id, p.Epoch, EarthFixed.GmstRadians(p.Epoch),
            Object(catalog, e.PrimaryCatalogNumber, cdm.Object1.Metadata.ObjectName, p, half),
            Object(catalog, e.SecondaryCatalogNumber, cdm.Object2.Metadata.ObjectName, s, half),
            Plane(cdm, chosen.Pc)));
    }

    // The encounter plane of the CDM: EncounterPlane.TryProject gives the miss vector on the principal axes of the
    // combined covariance (angle a from the plane's x axis, the miss direction); rotating back by a puts x along the miss:
    // C = E diag(σ₁², σ₂²) Eᵀ with E = [(cos a, sin a), (−sin a, cos a)], and the miss is (|r|, 0).
    private EncounterPlaneView Plane(Cdm cdm, double? pc)
    {
        double hbr = CdmConverter.TryGetHardBodyRadiusMeters(cdm, out double fromCdm) ? fromCdm : options.HardBodyRadiusMeters;
        bool usable = CdmConverter.TryToEncounter(cdm, out ShortTermEncounter? encounter, out _);
        if (!usable || encounter is null || encounter.TryProject(out EncounterPlaneProjection projection) != CollisionProbabilityStatus.Ok)
        {
            double miss = CdmConverter.TryToCartesianState(cdm, 1, out CartesianState a, out _) && CdmConverter.TryToCartesianState(cdm, 2, out CartesianState b, out _)
                ? (b.PositionMeters - a.PositionMeters).Length
                : double.NaN;
            return new EncounterPlaneView(miss, 0.0, null, null, null, hbr, "none", pc);
        }

        double missMeters = Math.Sqrt((projection.MissXMeters * projection.MissXMeters) + (projection.MissYMeters * projection.MissYMeters));
        double angle = missMeters > 0.0 ? Math.Atan2(-projection.MissYMeters, projection.MissXMeters) : 0.0;
        (double sin, double cos) = Math.SinCos(angle);
        double major = projection.SigmaXMeters * projection.SigmaXMeters, minor = projection.SigmaYMeters * projection.SigmaYMeters;
        bool supplied = Calculated(cdm.Object1.Metadata.CovarianceMethod) && Calculated(cdm.Object2.Metadata.CovarianceMethod);
        return new EncounterPlaneView(missMeters, 0.0,
            (major * cos * cos) + (minor * sin * sin),
            (major - minor) * sin * cos,
            (major * sin * sin) + (minor * cos * cos),
            hbr, supplied ? "supplied" : "regime-default", pc);
    }

    private static bool Calculated(string method) => string.Equals(method.Trim(), "CALCULATED", StringComparison.OrdinalIgnoreCase);

    private static ConjunctionGeometryObject Object(ScreeningCatalog catalog, int number, string? name, CartesianState atTca, double halfSeconds)
    {
        ScreeningCatalogEntry[] entries = [.. catalog.Entries.Where(x => x.CatalogNumber == number)];
        var arc = new List<ArcPoint>();
        if (entries.Length > 0)
        {
            int steps = (int)Math.Floor(halfSeconds / ArcStepSeconds);
            for (int k = -steps; k <= steps; k++)
            {
                double offset = k * ArcStepSeconds;
                if (PositionAt(entries, atTca.Epoch + Duration.FromSeconds(offset)) is { } position)
                {
                    arc.Add(new ArcPoint(offset, position));
                }
            }
        }

        string? label = string.IsNullOrWhiteSpace(name) || name.Trim() == "UNKNOWN" ? null : name.Trim();
        return new ConjunctionGeometryObject(number, label, atTca.PositionMeters, atTca.VelocityMetersPerSecond,
            EarthFixed.SubPoint(atTca.Epoch, atTca.PositionMeters), arc);
    }

    // An operator ephemeris covering the time wins over the element set, as in screening.
    private static Vector3d? PositionAt(ScreeningCatalogEntry[] entries, Epoch time)
    {
        foreach (ScreeningCatalogEntry entry in entries.Where(x => x.Engine.Ephemeris is not null))
        {
            EphemerisInterpolationResult state = entry.Engine.Ephemeris!.TryInterpolate(time);
            if (state.Success)
            {
                return EarthFixed.ToTeme(state.State).PositionMeters;
            }
        }

        foreach (ScreeningCatalogEntry entry in entries.Where(x => x.Engine.Object.Propagator is not null))
        {
            Sgp4StateResult state = entry.Engine.Object.Propagator!.PropagateTo(time);
            if (state.Success)
            {
                return state.State.PositionMeters;
            }
        }

        return null;
    }

    private static double Period(ScreeningCatalog catalog, int number, CartesianState state) =>
        catalog.Entries.FirstOrDefault(x => x.CatalogNumber == number) is { } entry
            ? entry.Engine.PeriodSeconds(state)
            : 2.0 * MaxArcSeconds;

    private static HubResult<ConjunctionGeometry> Fail(HubError error) => HubResult<ConjunctionGeometry>.Fail(error);
}
