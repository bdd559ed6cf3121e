using Concord.Astro.Frames;
using Concord.Astro.Mathematics;

namespace Concord.Server.Geometry;

/// <summary>How the geometry routes (track, conjunction geometry) write positions and sub-points: kilometres, and degrees
/// with longitude in [−180, 180).</summary>
internal static class GeometryWire
{
    private const double MetersPerKilometer = 1_000.0;
    private const double DegreesPerRadian = 180.0 / Math.PI;

    /// <summary>A vector in metres as [x, y, z] in kilometres.</summary>
    public static double[] Km(Vector3d meters) => [meters.X / MetersPerKilometer, meters.Y / MetersPerKilometer, meters.Z / MetersPerKilometer];

    /// <summary>Latitude and longitude in degrees (longitude in [−180, 180)) and height in kilometres.</summary>
    public static (double LatitudeDeg, double LongitudeDeg, double AltitudeKm) SubPoint(GeodeticPoint point)
    {
        double longitude = point.LongitudeRadians * DegreesPerRadian;
        return (point.LatitudeRadians * DegreesPerRadian, longitude >= 180.0 ? longitude - 360.0 : longitude, point.HeightMeters / MetersPerKilometer);
    }
}
