using Concord.Astro.Orbits;

namespace Concord.Astro.Conjunctions.Screening;

/// <summary>The physical bounds behind the filter's proof of completeness (see <see cref="ConjunctionScreener"/>).
/// Units: km, s.</summary>
internal static class ScreeningBounds
{
    /// <summary>Earth's gravitational parameter, km³/s² (WGS-72, as in SGP4; Vallado et al. 2006).</summary>
    public const double MuKm3PerS2 = EarthConstants.Wgs72GravitationalParameterKm3PerS2;

    /// <summary>The smallest radius an object can have while SGP4 still gives it a state: SGP4 stops with error 6
    /// ("decayed") below one Earth radius (6378.135 km, WGS-72). 6300 km leaves room for chords between two samples.</summary>
    public const double FloorRadiusKm = 6300.0;

    /// <summary>Upper bound on any object's acceleration, km/s²: μ/r² at <see cref="FloorRadiusKm"/> (1.004e-2) plus 2 %
    /// for J2 (at most 3·J2·μ·Rₑ²/r⁴ ≈ 3.2e-5 km/s²) and everything smaller (drag, third bodies).</summary>
    public const double MaxAccelerationKmPerS2 = 1.02 * MuKm3PerS2 / (FloorRadiusKm * FloorRadiusKm);

    /// <summary>Spectral norm bound of the point-mass gravity gradient, 1/s²: ‖∂g/∂r‖ = 2μ/r³ at <see cref="FloorRadiusKm"/>.
    /// The two-body parts of two objects' accelerations therefore differ by at most this times their distance.</summary>
    public const double GravityGradientPerS2 = 2.0 * MuKm3PerS2 / (FloorRadiusKm * FloorRadiusKm * FloorRadiusKm);

    /// <summary>Bound on the difference of two objects' non-two-body accelerations, km/s²: twice the largest J2
    /// acceleration (3·J2·μ·Rₑ²/r⁴ = 3.2e-5 km/s² at one Earth radius) with 50 % margin for J3/J4, drag and
    /// luni-solar terms. Checked against SGP4's own trajectories (finite differences) in the tests.</summary>
    public const double PerturbationDifferenceKmPerS2 = 1.0e-4;

    /// <summary>Bound on one object's non-two-body acceleration, km/s²: the largest J2 acceleration
    /// (3·J2·μ·Rₑ²/r⁴ = 3.2e-5 km/s² at one Earth radius) with 50 % margin. Checked against SGP4 in the tests.</summary>
    public const double PerturbationKmPerS2 = 5.0e-5;

    /// <summary>Speed used to size the grid cells: faster objects (perigee passes of eccentric orbits) take a wider
    /// search instead. 8.0 km/s covers every circular orbit above 6228 km radius.</summary>
    public const double TypicalSpeedKmPerS = 10.5;
}
