namespace Concord.Astro.Orbits;

/// <summary>Elementary two-body (Keplerian) relations: period, mean motion, semi-major axis and apsides. Thread-safe
/// (pure functions).</summary>
/// <remarks>
/// <para>Every function works in one length unit L of the caller's choice: lengths in L and the gravitational
/// parameter in L³/s² (for example metres with <see cref="EarthConstants.Wgs84GravitationalParameterM3PerS2"/>, or
/// kilometres with <see cref="EarthConstants.Wgs72GravitationalParameterKm3PerS2"/>). Time is in seconds.</para>
/// <para>Formulas: Vallado, "Fundamentals of Astrodynamics and Applications", 4th ed. (2013), chapters 1 and 2: Kepler's
/// third law (n = √(μ/a³), T = 2π/n), vis-viva, and the apsides r_p = a(1 − e), r_a = a(1 + e). No
/// argument is validated: a non-positive semi-major axis or a hyperbolic eccentricity gives NaN or meaningless values,
/// as the formulas do.</para>
/// </remarks>
public static class TwoBody
{
    private const double RadiansPerRevolution = 2.0 * Math.PI;

    /// <summary>Period of an elliptic orbit, seconds: T = 2π √(a³/μ).</summary>
    /// <param name="semiMajorAxis">Semi-major axis, L.</param>
    /// <param name="gravitationalParameter">μ, L³/s².</param>
    public static double PeriodSeconds(double semiMajorAxis, double gravitationalParameter)
        => RadiansPerRevolution * Math.Sqrt(semiMajorAxis * semiMajorAxis * semiMajorAxis / gravitationalParameter);

    /// <summary>Period for a mean motion, seconds: T = 2π/n.</summary>
    /// <param name="meanMotionRadiansPerSecond">Mean motion n, rad/s.</param>
    public static double PeriodSeconds(double meanMotionRadiansPerSecond) => RadiansPerRevolution / meanMotionRadiansPerSecond;

    /// <summary>Mean motion of an elliptic orbit, rad/s: n = √(μ/a³).</summary>
    /// <param name="semiMajorAxis">Semi-major axis, L.</param>
    /// <param name="gravitationalParameter">μ, L³/s².</param>
    public static double MeanMotionRadiansPerSecond(double semiMajorAxis, double gravitationalParameter)
        => Math.Sqrt(gravitationalParameter / (semiMajorAxis * semiMajorAxis * semiMajorAxis));

    /// <summary>Semi-major axis for a mean motion, L: a = ∛(μ/n²).</summary>
    /// <param name="meanMotionRadiansPerSecond">Mean motion n, rad/s.</param>
    /// <param name="gravitationalParameter">μ, L³/s².</param>
    public static double SemiMajorAxis(double meanMotionRadiansPerSecond, double gravitationalParameter)
        => Math.Cbrt(gravitationalParameter / (meanMotionRadiansPerSecond * meanMotionRadiansPerSecond));

    /// <summary>Semi-major axis from a radius and speed by vis-viva, L: 1/a = 2/r − v²/μ. Negative for a hyperbolic
    /// and infinite for a parabolic state.</summary>
    /// <param name="radius">Distance from the Earth's centre, L.</param>
    /// <param name="speedSquared">v², L²/s².</param>
    /// <param name="gravitationalParameter">μ, L³/s².</param>
    public static double SemiMajorAxisFromVisViva(double radius, double speedSquared, double gravitationalParameter)
        => 1.0 / ((2.0 / radius) - (speedSquared / gravitationalParameter));

    /// <summary>Perigee radius, L: a(1 − e).</summary>
    /// <param name="semiMajorAxis">Semi-major axis, L.</param>
    /// <param name="eccentricity">Eccentricity, in [0, 1).</param>
    public static double PerigeeRadius(double semiMajorAxis, double eccentricity) => semiMajorAxis * (1.0 - eccentricity);

    /// <summary>Apogee radius, L: a(1 + e).</summary>
    /// <param name="semiMajorAxis">Semi-major axis, L.</param>
    /// <param name="eccentricity">Eccentricity, in [0, 1).</param>
    public static double ApogeeRadius(double semiMajorAxis, double eccentricity) => semiMajorAxis * (1.0 + eccentricity);

    /// <summary>Perigee altitude above an equatorial radius, L: a(1 − e) − Rₑ (a spherical-Earth altitude, as in
    /// registrations and regime tables).</summary>
    /// <param name="semiMajorAxis">Semi-major axis, L.</param>
    /// <param name="eccentricity">Eccentricity, in [0, 1).</param>
    /// <param name="equatorialRadius">Rₑ of the model the elements belong to, L.</param>
    public static double PerigeeAltitude(double semiMajorAxis, double eccentricity, double equatorialRadius)
        => PerigeeRadius(semiMajorAxis, eccentricity) - equatorialRadius;

    /// <summary>Apogee altitude above an equatorial radius, L: a(1 + e) − Rₑ.</summary>
    /// <param name="semiMajorAxis">Semi-major axis, L.</param>
    /// <param name="eccentricity">Eccentricity, in [0, 1).</param>
    /// <param name="equatorialRadius">Rₑ of the model the elements belong to, L.</param>
    public static double ApogeeAltitude(double semiMajorAxis, double eccentricity, double equatorialRadius)
        => ApogeeRadius(semiMajorAxis, eccentricity) - equatorialRadius;
}
