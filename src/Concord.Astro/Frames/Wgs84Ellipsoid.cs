using Concord.Astro.Orbits;

namespace Concord.Astro.Frames;

/// <summary>The WGS-84 reference ellipsoid (NIMA TR8350.2, 3rd ed., 2000, Table 3.1).</summary>
public static class Wgs84Ellipsoid
{
    /// <summary>Semi-major axis a, 6,378,137 m.</summary>
    public const double SemiMajorAxisMeters = EarthConstants.Wgs84EquatorialRadiusMeters;

    /// <summary>Inverse flattening 1/f, 298.257223563.</summary>
    public const double InverseFlattening = 298.257223563;

    /// <summary>Flattening f = (a − b)/a.</summary>
    public const double Flattening = 1.0 / InverseFlattening;

    /// <summary>Semi-minor axis b = a(1 − f), about 6,356,752.314 m.</summary>
    public const double SemiMinorAxisMeters = SemiMajorAxisMeters * (1.0 - Flattening);

    /// <summary>First eccentricity squared e² = f(2 − f).</summary>
    public const double EccentricitySquared = Flattening * (2.0 - Flattening);
}
