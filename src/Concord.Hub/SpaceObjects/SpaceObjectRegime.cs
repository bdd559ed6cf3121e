using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using Concord.Astro.Orbits;

namespace Concord.Hub.SpaceObjects;

/// <summary>Coarse orbit regime of a registered object, derived from its registration data (never stored). The
/// thresholds are in <see cref="SpaceObjectRegimes"/>.</summary>
public enum SpaceObjectRegime
{
    /// <summary><c>leo</c>: low Earth orbit.</summary>
    Leo,

    /// <summary><c>meo</c>: medium Earth orbit.</summary>
    Meo,

    /// <summary><c>geo</c>: geosynchronous band.</summary>
    Geo,

    /// <summary><c>heo</c>: highly elliptical, or above the geosynchronous band.</summary>
    Heo,
}

/// <summary>Wire names of <see cref="SpaceObjectRegime"/>, and the classification as database-translatable predicates.
/// Thread-safe.</summary>
/// <remarks>
/// <para>From perigee and apogee altitudes when both are registered: <c>leo</c> apogee below
/// <see cref="LeoMaxAltitudeKilometers"/>; <c>geo</c> perigee and apogee within
/// <see cref="GeoBandHalfWidthKilometers"/> of the geostationary altitude <see cref="GeoAltitudeKilometers"/> (a
/// listing filter, independent of the default-covariance regimes in <c>Concord.Astro</c>); <c>meo</c> perigee at or above
/// <see cref="LeoMaxAltitudeKilometers"/> and apogee below the geosynchronous band; <c>heo</c> every other orbit (a
/// perigee below a boundary and an apogee above it, as in GTO or Molniya orbits, or an orbit above the band).</para>
/// <para>Otherwise from the nodal period, using the periods of circular orbits at the same boundary altitudes
/// (two-body, WGS 84 radius and GM, <c>Concord.Astro.Orbits</c>). A period cannot show eccentricity, so a Molniya orbit registered with its period
/// only classifies as <c>meo</c>. With neither, an object has no regime and matches no regime filter.</para>
/// </remarks>
public static class SpaceObjectRegimes
{
    /// <summary>Upper altitude of LEO, kilometres (IADC LEO protected region).</summary>
    public const double LeoMaxAltitudeKilometers = 2000.0;

    /// <summary>Geostationary altitude, kilometres.</summary>
    public const double GeoAltitudeKilometers = 35786.0;

    /// <summary>Half-width of the geosynchronous band, kilometres.</summary>
    public const double GeoBandHalfWidthKilometers = 1500.0;

    private const double GeoMinAltitudeKilometers = GeoAltitudeKilometers - GeoBandHalfWidthKilometers;
    private const double GeoMaxAltitudeKilometers = GeoAltitudeKilometers + GeoBandHalfWidthKilometers;
    private const double SecondsPerMinute = 60.0;

    private static readonly double s_leoMaxPeriodMinutes = CircularPeriodMinutes(LeoMaxAltitudeKilometers);
    private static readonly double s_geoMinPeriodMinutes = CircularPeriodMinutes(GeoMinAltitudeKilometers);
    private static readonly double s_geoMaxPeriodMinutes = CircularPeriodMinutes(GeoMaxAltitudeKilometers);

    private static readonly Expression<Func<SpaceObject, bool>> s_leo = o =>
        (o.PerigeeKilometers != null && o.ApogeeKilometers != null && o.ApogeeKilometers < LeoMaxAltitudeKilometers)
        || ((o.PerigeeKilometers == null || o.ApogeeKilometers == null) && o.NodalPeriodMinutes < s_leoMaxPeriodMinutes);

    private static readonly Expression<Func<SpaceObject, bool>> s_meo = o =>
        (o.PerigeeKilometers != null && o.ApogeeKilometers != null
            && o.PerigeeKilometers >= LeoMaxAltitudeKilometers && o.ApogeeKilometers < GeoMinAltitudeKilometers)
        || ((o.PerigeeKilometers == null || o.ApogeeKilometers == null)
            && o.NodalPeriodMinutes >= s_leoMaxPeriodMinutes && o.NodalPeriodMinutes < s_geoMinPeriodMinutes);

    private static readonly Expression<Func<SpaceObject, bool>> s_geo = o =>
        (o.PerigeeKilometers != null && o.ApogeeKilometers != null
            && o.PerigeeKilometers >= GeoMinAltitudeKilometers && o.ApogeeKilometers <= GeoMaxAltitudeKilometers)
        || ((o.PerigeeKilometers == null || o.ApogeeKilometers == null)
            && o.NodalPeriodMinutes >= s_geoMinPeriodMinutes && o.NodalPeriodMinutes <= s_geoMaxPeriodMinutes);

    // The complement of the three above among objects with altitudes, written out so that the database can run it.
    private static readonly Expression<Func<SpaceObject, bool>> s_heo = o =>
        (o.PerigeeKilometers != null && o.ApogeeKilometers != null
            && o.ApogeeKilometers >= LeoMaxAltitudeKilometers
            && !(o.PerigeeKilometers >= LeoMaxAltitudeKilometers && o.ApogeeKilometers < GeoMinAltitudeKilometers)
            && !(o.PerigeeKilometers >= GeoMinAltitudeKilometers && o.ApogeeKilometers <= GeoMaxAltitudeKilometers))
        || ((o.PerigeeKilometers == null || o.ApogeeKilometers == null) && o.NodalPeriodMinutes > s_geoMaxPeriodMinutes);

    private static readonly (SpaceObjectRegime Regime, Func<SpaceObject, bool> Matches)[] s_compiled =
    [
        (SpaceObjectRegime.Leo, s_leo.Compile()),
        (SpaceObjectRegime.Meo, s_meo.Compile()),
        (SpaceObjectRegime.Geo, s_geo.Compile()),
        (SpaceObjectRegime.Heo, s_heo.Compile()),
    ];

    /// <summary>The wire name of a regime.</summary>
    public static string ToWireName(this SpaceObjectRegime regime) => regime switch
    {
        SpaceObjectRegime.Leo => "leo",
        SpaceObjectRegime.Meo => "meo",
        SpaceObjectRegime.Geo => "geo",
        SpaceObjectRegime.Heo => "heo",
        _ => throw new ArgumentOutOfRangeException(nameof(regime), regime, null),
    };

    /// <summary>Parses a wire name exactly (case-sensitive).</summary>
    public static bool TryParse(string? wireName, [NotNullWhen(true)] out SpaceObjectRegime? regime)
    {
        regime = wireName switch
        {
            "leo" => SpaceObjectRegime.Leo,
            "meo" => SpaceObjectRegime.Meo,
            "geo" => SpaceObjectRegime.Geo,
            "heo" => SpaceObjectRegime.Heo,
            _ => null,
        };
        return regime is not null;
    }

    /// <summary>The predicate selecting a regime's objects; EF Core translates it for both providers.</summary>
    public static Expression<Func<SpaceObject, bool>> Predicate(SpaceObjectRegime regime) => regime switch
    {
        SpaceObjectRegime.Leo => s_leo,
        SpaceObjectRegime.Meo => s_meo,
        SpaceObjectRegime.Geo => s_geo,
        SpaceObjectRegime.Heo => s_heo,
        _ => throw new ArgumentOutOfRangeException(nameof(regime), regime, null),
    };

    /// <summary>An object's regime, by the same predicates as <see cref="Predicate"/> (so a listed object's regime
    /// always agrees with the filter); <see langword="null"/> when the registration has too little orbit data.</summary>
    public static SpaceObjectRegime? Classify(SpaceObject spaceObject)
    {
        ArgumentNullException.ThrowIfNull(spaceObject);
        foreach ((SpaceObjectRegime regime, Func<SpaceObject, bool> matches) in s_compiled)
        {
            if (matches(spaceObject))
            {
                return regime;
            }
        }

        return null;
    }

    /// <summary>Two-body period of a circular orbit at an altitude above the equatorial radius, minutes.</summary>
    internal static double CircularPeriodMinutes(double altitudeKilometers)
    {
        double semiMajorAxisKilometers = EarthConstants.Wgs84EquatorialRadiusKilometers + altitudeKilometers;
        return TwoBody.PeriodSeconds(semiMajorAxisKilometers, EarthConstants.Wgs84GravitationalParameterKm3PerS2) / SecondsPerMinute;
    }
}
