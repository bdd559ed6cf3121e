using Concord.Astro.Mathematics;

namespace Concord.Astro.Frames;

/// <summary>A point given by WGS-84 geodetic latitude, longitude and ellipsoidal height, in the ITRF (Earth-fixed).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="LatitudeRadians">Geodetic latitude φ, radians in [−π/2, π/2], positive north.</param>
/// <param name="LongitudeRadians">Longitude λ, radians in (−π, π], positive east.</param>
/// <param name="HeightMeters">Height above the WGS-84 ellipsoid along its normal, metres.</param>
public sealed record GeodeticPoint(double LatitudeRadians, double LongitudeRadians, double HeightMeters)
{
    /// <summary>ITRF Cartesian position of this point, metres (Vallado 2013 Eq. 3-7; exact):
    /// x = (N + h) cos φ cos λ, y = (N + h) cos φ sin λ, z = (N(1 − e²) + h) sin φ, N = a / √(1 − e² sin² φ).</summary>
    public Vector3d ToItrfPositionMeters()
    {
        (double sinPhi, double cosPhi) = Math.SinCos(LatitudeRadians);
        (double sinLambda, double cosLambda) = Math.SinCos(LongitudeRadians);
        double n = Wgs84Ellipsoid.SemiMajorAxisMeters / Math.Sqrt(1.0 - (Wgs84Ellipsoid.EccentricitySquared * sinPhi * sinPhi));
        double equatorialDistance = (n + HeightMeters) * cosPhi;
        return new Vector3d(
            equatorialDistance * cosLambda,
            equatorialDistance * sinLambda,
            ((n * (1.0 - Wgs84Ellipsoid.EccentricitySquared)) + HeightMeters) * sinPhi);
    }

    /// <summary>Geodetic coordinates of an ITRF position (metres), by Heikkinen's exact closed form.</summary>
    /// <remarks>
    /// <para>Heikkinen, M. (1982), "Geschlossene Formeln zur Berechnung räumlicher geodätischer Koordinaten aus
    /// rechtwinkligen Koordinaten", Zeitschrift für Vermessungswesen 107, 207-211, as given by Zhu, J. (1993),
    /// "Exact conversion of Earth-centered, Earth-fixed coordinates to geodetic coordinates", J. Guidance 16(2), 389-391.
    /// Symbols follow Zhu. No iteration; latitude is then exact to ≲ 1e-12 rad and height to ≲ 0.1 mm from the
    /// Earth's surface to beyond GEO (checked by round trips). The height is recomputed from φ with the formula
    /// h = p cos φ + z sin φ − a √(1 − e² sin² φ), which is well conditioned at the poles and the equator.</para>
    /// <para>On the polar axis the longitude is 0. Not valid within ~40 km of the Earth's centre (the closed form's
    /// singular region), which no satellite or station reaches.</para>
    /// </remarks>
    public static GeodeticPoint FromItrfPositionMeters(Vector3d positionMeters)
    {
        const double a = Wgs84Ellipsoid.SemiMajorAxisMeters;
        const double b = Wgs84Ellipsoid.SemiMinorAxisMeters;
        const double e2 = Wgs84Ellipsoid.EccentricitySquared;
        const double ePrime2 = ((a * a) - (b * b)) / (b * b);

        double x = positionMeters.X;
        double y = positionMeters.Y;
        double z = positionMeters.Z;
        double p = Math.Sqrt((x * x) + (y * y));

        double f = 54.0 * b * b * z * z;
        double g = (p * p) + ((1.0 - e2) * z * z) - (e2 * ((a * a) - (b * b)));
        double c = e2 * e2 * f * p * p / (g * g * g);
        double s = Math.Cbrt(1.0 + c + Math.Sqrt((c * c) + (2.0 * c)));
        double k = s + 1.0 + (1.0 / s);
        double bigP = f / (3.0 * k * k * g * g);
        double q = Math.Sqrt(1.0 + (2.0 * e2 * e2 * bigP));
        double r0 = (-(bigP * e2 * p) / (1.0 + q))
            + Math.Sqrt((0.5 * a * a * (1.0 + (1.0 / q))) - (bigP * (1.0 - e2) * z * z / (q * (1.0 + q))) - (0.5 * bigP * p * p));
        double pMinus = p - (e2 * r0);
        double v = Math.Sqrt((pMinus * pMinus) + ((1.0 - e2) * z * z));
        double z0 = b * b * z / (a * v);
        double latitude = Math.Atan2(z + (ePrime2 * z0), p);

        (double sinPhi, double cosPhi) = Math.SinCos(latitude);
        double height = (p * cosPhi) + (z * sinPhi) - (a * Math.Sqrt(1.0 - (e2 * sinPhi * sinPhi)));
        double longitude = p == 0.0 ? 0.0 : Math.Atan2(y, x);
        return new GeodeticPoint(latitude, longitude, height);
    }
}
