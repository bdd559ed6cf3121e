using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Ephemerides;
using Concord.Astro.Frames;
using Concord.Astro.Orbits;
using Concord.Astro.Propagation.Sgp4;

namespace Concord.Astro.Conjunctions.Assessment;

/// <summary>One trajectory of a <see cref="ConjunctionCatalog"/>: an object can have two entries, its element set and its
/// operator ephemeris (see <see cref="ConjunctionCatalog"/> for the precedence rule).</summary>
/// <param name="ObjectIndex">Index of the object in the list given to <see cref="ConjunctionCatalog.Create"/>.</param>
/// <param name="Id">The object's identifier.</param>
/// <param name="Object">What the screener propagates.</param>
/// <param name="Source">Where the trajectory comes from.</param>
/// <param name="Elements">The object's element set when SGP4 accepted it, also on its ephemeris entry (it sets the
/// default-covariance regime); null for a replacement and for an object without one.</param>
/// <param name="Ephemeris">The ephemeris of an <see cref="TrajectorySource.Ephemeris"/> or
/// <see cref="TrajectorySource.Replacement"/> entry; null for an element-set entry.</param>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed record ConjunctionCatalogEntry(int ObjectIndex, string Id, ScreeningObject Object, TrajectorySource Source,
    Sgp4Elements? Elements, Ephemeris? Ephemeris)
{
    private const double SecondsPerMinute = 60.0;
    private const double SecondsPerDay = 86_400.0;

    /// <summary>The orbital period, seconds: from the element set's Kozai mean motion when there is one, else from the
    /// osculating orbit of <paramref name="state"/> (vis-viva and Kepler's third law, WGS 84 μ); one day for an unbound
    /// state.</summary>
    /// <param name="state">The object's state (any inertial frame), e.g. at TCA.</param>
    public double PeriodSeconds(CartesianState state)
    {
        if (Elements is { } elements)
        {
            return TwoBody.PeriodSeconds(elements.MeanMotionRadiansPerMinute / SecondsPerMinute);
        }

        const double mu = EarthConstants.Wgs84GravitationalParameterM3PerS2;
        double a = TwoBody.SemiMajorAxisFromVisViva(state.PositionMeters.Length, state.VelocityMetersPerSecond.LengthSquared, mu);
        return a > 0.0 ? TwoBody.PeriodSeconds(a, mu) : SecondsPerDay;
    }
}
