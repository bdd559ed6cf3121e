using System.Collections.Immutable;
using Concord.Astro.Conjunctions.Probability;
using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Ephemerides;
using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Orbits;
using Concord.Astro.Time;
using Concord.Hub.Catalog;

namespace Concord.Hub.Conjunctions;

/// <summary>The hub's Pc of a screened conjunction: Foster 2-D (Foster &amp; Estes 1992). An object whose operator
/// ephemeris carries a covariance near TCA (within an hour) is assessed with it, rotated into its RTN axes; any other
/// object gets its regime default covariance (<see cref="DefaultCovariance.ForOrbit"/>; the regime from its element
/// set's mean elements, else from the osculating orbit of its state), as <c>concord screen --hbr-m</c> does. With a
/// default the value is only as good as that assumption. Thread-safe.</summary>
internal static class ConjunctionProbability
{
    /// <summary>The CDM <c>COLLISION_PROBABILITY_METHOD</c> written for the hub's Pc.</summary>
    public const string CdmMethod = "FOSTER-1992";

    private const double EarthEquatorialRadiusMeters = EarthConstants.Wgs84EquatorialRadiusMeters;
    private const double MuMetersCubedPerSecondSquared = EarthConstants.Wgs84GravitationalParameterM3PerS2;
    private const double SecondsPerDay = 86400.0;
    private static readonly Duration MaxCovarianceAge = Duration.FromMinutes(60);
    private const double RadiansPerRevolution = 2.0 * Math.PI;

    /// <summary>The Pc of <paramref name="conjunction"/> between two catalog entries and the covariances it used.</summary>
    public static ConjunctionAssessment Assess(ScreenedConjunction conjunction, ScreeningCatalogEntry primary, ScreeningCatalogEntry secondary,
        double hardBodyRadiusMeters)
    {
        ArgumentNullException.ThrowIfNull(conjunction);
        ArgumentNullException.ThrowIfNull(primary);
        ArgumentNullException.ThrowIfNull(secondary);
        (ImmutableArray<double> p, bool pDefault) = CovarianceOf(primary, conjunction.PrimaryState);
        (ImmutableArray<double> s, bool sDefault) = CovarianceOf(secondary, conjunction.SecondaryState);
        ShortTermEncounter encounter = ShortTermEncounter.FromRtnCovariances(conjunction.PrimaryState, conjunction.SecondaryState,
            RtnCovariance.PositionBlock(p), RtnCovariance.PositionBlock(s))
            with { CovarianceSource = pDefault || sDefault ? CovarianceSource.RegimeDefault : CovarianceSource.Supplied };
        CollisionProbability pc = encounter.Probability(CollisionProbabilityMethod.Foster2D, hardBodyRadiusMeters);
        return new ConjunctionAssessment(pc.Status == CollisionProbabilityStatus.Ok ? pc.Value : null, p, pDefault, s, sDefault);
    }

    /// <summary>Orbital period of the entry: its set's mean motion, else the osculating orbit of <paramref name="state"/>
    /// (Kepler's third law), seconds.</summary>
    public static double PeriodSeconds(ScreeningCatalogEntry entry, CartesianState state)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Set is { } set)
        {
            return PeriodSeconds(set);
        }

        double a = TwoBody.SemiMajorAxisFromVisViva(state.PositionMeters.Length, state.VelocityMetersPerSecond.LengthSquared,
            MuMetersCubedPerSecondSquared);
        return a > 0.0 ? TwoBody.PeriodSeconds(a, MuMetersCubedPerSecondSquared) : SecondsPerDay;
    }

    /// <summary>Orbital period of the set's mean motion, seconds.</summary>
    public static double PeriodSeconds(ElementSet set) => SecondsPerDay / set.MeanMotionRevolutionsPerDay;

    // The ephemeris covariance nearest TCA (within an hour) in the object's RTN axes; else the regime default (position
    // block only, the rest zero).
    private static (ImmutableArray<double> Terms, bool IsDefault) CovarianceOf(ScreeningCatalogEntry entry, CartesianState stateTeme)
    {
        if (entry.Ephemeris is { } ephemeris && entry.Object.Frames is { } frames
            && RtnCovariance.Nearest(ephemeris, stateTeme, frames, MaxCovarianceAge) is { } supplied)
        {
            return (supplied, false);
        }

        DefaultCovariance regime = entry.Set is { } set ? DefaultFor(set) : DefaultCovariance.ForState(stateTeme);
        return (RtnCovariance.FromPositionBlock(regime.RtnCovarianceSquareMeters), true);
    }

    // The regime from the mean elements: a from the Kozai mean motion (Kepler's third law), perigee and apogee a(1 ∓ e).
    private static DefaultCovariance DefaultFor(ElementSet set)
    {
        double meanMotionRadiansPerSecond = set.MeanMotionRevolutionsPerDay * RadiansPerRevolution / SecondsPerDay;
        double semiMajorAxisMeters = TwoBody.SemiMajorAxis(meanMotionRadiansPerSecond, MuMetersCubedPerSecondSquared);
        return DefaultCovariance.ForOrbit(TwoBody.PerigeeAltitude(semiMajorAxisMeters, set.Eccentricity, EarthEquatorialRadiusMeters),
            TwoBody.ApogeeAltitude(semiMajorAxisMeters, set.Eccentricity, EarthEquatorialRadiusMeters));
    }
}
