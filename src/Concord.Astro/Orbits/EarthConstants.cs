namespace Concord.Astro.Orbits;

/// <summary>Earth's gravitational parameter and equatorial radius, named by the model they belong to. Use the model
/// the data was made with: <c>Wgs72*</c> for anything derived from SGP4 mean elements (SGP4 and its element sets are
/// fitted with WGS-72), <c>Wgs84*</c> for geodesy and two-body relations on osculating or operator data.</summary>
/// <remarks>
/// <para>WGS-72 as used by SGP4: μ = 398600.8 km³/s², Rₑ = 6378.135 km (Hoots &amp; Roehrich 1980, Spacetrack Report
/// #3; Vallado, Crawford, Hujsak &amp; Kelso 2006, "Revisiting Spacetrack Report #3", AIAA 2006-6753, routine
/// <c>getgravconst</c>, <c>wgs72</c>). SGP4's own table, including its "WGS-72 old" and WGS-84 variants, stays with
/// the propagator.</para>
/// <para>WGS-84 with the EGM-96 GM: μ = 398600.4418 km³/s² (3986004.418 × 10⁸ m³/s², including the atmosphere),
/// Rₑ = 6378.137 km (NIMA TR8350.2, "Department of Defense World Geodetic System 1984", 3rd ed., amendment 1, 2000,
/// tables 3.1 and 3.4).</para>
/// <para>The metre and kilometre values are written as separate literals of the same number, so each is the double
/// nearest the published value (no run-time unit conversion).</para>
/// </remarks>
public static class EarthConstants
{
    /// <summary>WGS-72 gravitational parameter as used by SGP4, km³/s².</summary>
    public const double Wgs72GravitationalParameterKm3PerS2 = 398600.8;

    /// <summary>WGS-72 gravitational parameter as used by SGP4, m³/s².</summary>
    public const double Wgs72GravitationalParameterM3PerS2 = 398600.8e9;

    /// <summary>WGS-72 equatorial radius as used by SGP4, kilometres.</summary>
    public const double Wgs72EquatorialRadiusKilometers = 6378.135;

    /// <summary>WGS-72 equatorial radius as used by SGP4, metres.</summary>
    public const double Wgs72EquatorialRadiusMeters = 6378135.0;

    /// <summary>WGS-84 / EGM-96 gravitational parameter (NIMA TR8350.2), km³/s².</summary>
    public const double Wgs84GravitationalParameterKm3PerS2 = 398600.4418;

    /// <summary>WGS-84 / EGM-96 gravitational parameter (NIMA TR8350.2), m³/s².</summary>
    public const double Wgs84GravitationalParameterM3PerS2 = 398600.4418e9;

    /// <summary>WGS-84 equatorial radius (semi-major axis of the ellipsoid, NIMA TR8350.2), kilometres.</summary>
    public const double Wgs84EquatorialRadiusKilometers = 6378.137;

    /// <summary>WGS-84 equatorial radius (semi-major axis of the ellipsoid, NIMA TR8350.2), metres.</summary>
    public const double Wgs84EquatorialRadiusMeters = 6378137.0;
}
