using Concord.Astro.Conjunctions.Probability;
using Concord.Astro.Ephemerides;
using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;
using Concord.Hub.Agencies;
using Concord.Hub.Catalog;
using Concord.Hub.Conjunctions;
using Concord.Hub.Errors;
using Concord.Hub.Storage;

namespace Concord.Hub.Geometry;

/// <summary>The geometry of a conjunction for the console's 3-D view and encounter-plane picture, built from an update's
/// typed assessment (<see cref="ConjunctionUpdateAssessment"/>: the TEME states and RTN covariances the Pc used) and the
/// hub's propagators for the arcs around TCA. Only a viewer who receives the full event gets it, as for the CDM itself.</summary>
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
        ConjunctionUpdateAssessment assessment = chosen.Assessment
            ?? throw new InvalidOperationException("An update with a CDM has a typed assessment.");
        CartesianState p = assessment.Primary.StateAt(chosen.Tca), s = assessment.Secondary.StateAt(chosen.Tca);
        ConjunctionEvent e = released.Value.Conjunction.Event;
        ScreeningCatalog catalog = await ScreeningCatalog.LoadObjectsAsync(db, [e.PrimaryCatalogNumber, e.SecondaryCatalogNumber],
            p.Epoch - Duration.FromSeconds(MaxArcSeconds), p.Epoch + Duration.FromSeconds(MaxArcSeconds),
            ScreeningSourceRules.From(catalogOptions, Epoch.FromUtc(chosen.ScreenedAt)), cancellationToken).ConfigureAwait(false); // the sources as that run chose them
        double half = Math.Min(MaxArcSeconds, 0.5 * Math.Min(Period(catalog, e.PrimaryCatalogNumber, p), Period(catalog, e.SecondaryCatalogNumber, s)));

        return HubResult<ConjunctionGeometry>.Ok(new ConjunctionGeometry(e.Id, chosen.Id, p.Epoch, EarthFixed.GmstRadians(p.Epoch),
            Object(catalog, e.PrimaryCatalogNumber, assessment.Primary.ObjectName, p, half),
            Object(catalog, e.SecondaryCatalogNumber, assessment.Secondary.ObjectName, s, half),
            Plane(assessment, p, s, chosen.Pc)));
    }

    // The encounter plane of the update's states and RTN position covariances (a covariance the method did not use is
    // the CDM's zero placeholder, which does not project): EncounterPlane.TryProject gives the miss vector on the
    // principal axes of the combined covariance (angle a from the plane's x axis, the miss direction); rotating back by
    // a puts x along the miss: C = E diag(σ₁², σ₂²) Eᵀ with E = [(cos a, sin a), (−sin a, cos a)], and the miss is (|r|, 0).
    private EncounterPlaneView Plane(ConjunctionUpdateAssessment assessment, CartesianState primary, CartesianState secondary, double? pc)
    {
        double hbr = assessment.HardBodyRadiusMeters ?? options.HardBodyRadiusMeters;
        ShortTermEncounter encounter = ShortTermEncounter.FromRtnCovariances(primary, secondary,
            PositionBlock(assessment.Primary), PositionBlock(assessment.Secondary));
        if (encounter.TryProject(out EncounterPlaneProjection projection) != CollisionProbabilityStatus.Ok)
        {
            return new EncounterPlaneView((secondary.PositionMeters - primary.PositionMeters).Length, 0.0, null, null, null, hbr, "none", pc);
        }

        double missMeters = Math.Sqrt((projection.MissXMeters * projection.MissXMeters) + (projection.MissYMeters * projection.MissYMeters));
        double angle = missMeters > 0.0 ? Math.Atan2(-projection.MissYMeters, projection.MissXMeters) : 0.0;
        (double sin, double cos) = Math.SinCos(angle);
        double major = projection.SigmaXMeters * projection.SigmaXMeters, minor = projection.SigmaYMeters * projection.SigmaYMeters;
        bool supplied = assessment.Primary.CovarianceSource == CovarianceSource.Supplied && assessment.Secondary.CovarianceSource == CovarianceSource.Supplied;
        return new EncounterPlaneView(missMeters, 0.0,
            (major * cos * cos) + (minor * sin * sin),
            (major - minor) * sin * cos,
            (major * sin * sin) + (minor * cos * cos),
            hbr, supplied ? "supplied" : "regime-default", pc);
    }

    private static Matrix3x3d PositionBlock(ConjunctionUpdateObject stored) =>
        stored.RtnCovariance is { IsDefault: false } terms ? RtnCovariance.PositionBlock(terms) : default;

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
