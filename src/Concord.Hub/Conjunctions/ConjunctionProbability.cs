using Concord.Astro.Conjunctions.Probability;
using Concord.Astro.Conjunctions.Screening;
using Concord.Hub.Catalog;

namespace Concord.Hub.Conjunctions;

/// <summary>The hub's Pc of a screened conjunction: Foster 2-D (Foster &amp; Estes 1992) with each object's regime default
/// covariance (<see cref="DefaultCovariance.ForOrbit"/>), as <c>concord screen --hbr-m</c> does for element sets, which
/// carry no covariance. The value is only as good as that assumption. Thread-safe.</summary>
internal static class ConjunctionProbability
{
    private const double EarthEquatorialRadiusMeters = 6378137.0;
    private const double MuMetersCubedPerSecondSquared = 3.986004418e14;
    private const double SecondsPerDay = 86400.0;
    private const double RadiansPerRevolution = 2.0 * Math.PI;

    /// <summary>The Pc, or null when the encounter does not allow one (for example a degenerate geometry).</summary>
    public static double? Compute(ScreenedConjunction conjunction, ElementSet primary, ElementSet secondary, double hardBodyRadiusMeters)
    {
        ShortTermEncounter encounter = ShortTermEncounter.FromRtnCovariances(conjunction.PrimaryState, conjunction.SecondaryState,
            DefaultFor(primary).RtnCovarianceSquareMeters, DefaultFor(secondary).RtnCovarianceSquareMeters)
            with { CovarianceSource = CovarianceSource.RegimeDefault };
        CollisionProbability pc = encounter.Probability(CollisionProbabilityMethod.Foster2D, hardBodyRadiusMeters);
        return pc.Status == CollisionProbabilityStatus.Ok ? pc.Value : null;
    }

    /// <summary>Orbital period of the set's mean motion, seconds.</summary>
    public static double PeriodSeconds(ElementSet set) => SecondsPerDay / set.MeanMotionRevolutionsPerDay;

    // The regime from the mean elements: a from the Kozai mean motion (Kepler's third law), perigee and apogee a(1 ∓ e).
    private static DefaultCovariance DefaultFor(ElementSet set)
    {
        double meanMotionRadiansPerSecond = set.MeanMotionRevolutionsPerDay * RadiansPerRevolution / SecondsPerDay;
        double semiMajorAxisMeters = Math.Cbrt(MuMetersCubedPerSecondSquared / (meanMotionRadiansPerSecond * meanMotionRadiansPerSecond));
        return DefaultCovariance.ForOrbit((semiMajorAxisMeters * (1.0 - set.Eccentricity)) - EarthEquatorialRadiusMeters,
            (semiMajorAxisMeters * (1.0 + set.Eccentricity)) - EarthEquatorialRadiusMeters);
    }
}
