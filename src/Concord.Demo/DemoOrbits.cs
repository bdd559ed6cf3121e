using Concord.Astro.Mathematics;
using Concord.Astro.Orbits;

namespace Concord.Demo;

/// <summary>Two-body and J2 relations used to lay out the demo catalog. Thread-safe.</summary>
/// <remarks>Constants are WGS-72 (<see cref="EarthConstants"/>), the model SGP4 element sets are fitted with (Vallado
/// et al. 2006, "Revisiting Spacetrack Report #3", Table of gravity constants). Formulas: Vallado, "Fundamentals of Astrodynamics and
/// Applications", 4th ed. (2013): Algorithm 9 (RV2COE) for <see cref="ToElements"/>, Eq. 9-41 and section 11.4 for
/// the sun-synchronous inclination. The elements produced here are two-body (osculating) values used as SGP4 mean
/// elements: good enough for a realistic-looking catalog, not an orbit determination.</remarks>
internal static class DemoOrbits
{
    /// <summary>WGS-72 J2.</summary>
    public const double J2 = 0.001082616;

    /// <summary>Seconds per minute.</summary>
    public const double SecondsPerMinute = 60.0;

    /// <summary>Minutes per day.</summary>
    public const double MinutesPerDay = 1440.0;

    /// <summary>Mean motion of a geosynchronous orbit: one revolution per sidereal day (86,164.0905 s), rev/day.</summary>
    public const double GeosynchronousRevolutionsPerDay = 1.00273790935;

    // Nodal precession of a sun-synchronous orbit: 360° per tropical year of 365.2422 days (Vallado 2013, Eq. 9-41).
    private const double SunSynchronousNodeRateRadiansPerSecond = AngleUnits.RadiansPerRevolution / (365.2422 * 86_400.0);

    /// <summary>Two-body mean motion for a semi-major axis, radians per minute.</summary>
    public static double MeanMotionRadiansPerMinute(double semiMajorAxisMeters)
        => TwoBody.MeanMotionRadiansPerSecond(semiMajorAxisMeters, EarthConstants.Wgs72GravitationalParameterM3PerS2) * SecondsPerMinute;

    /// <summary>Two-body semi-major axis for a mean motion, metres.</summary>
    public static double SemiMajorAxisMeters(double meanMotionRadiansPerMinute)
    {
        return TwoBody.SemiMajorAxis(meanMotionRadiansPerMinute / SecondsPerMinute, EarthConstants.Wgs72GravitationalParameterM3PerS2);
    }

    /// <summary>Mean motion in revolutions per day as SGP4's radians per minute.</summary>
    public static double RevolutionsPerDayToRadiansPerMinute(double revolutionsPerDay)
        => revolutionsPerDay * AngleUnits.RadiansPerRevolution / MinutesPerDay;

    /// <summary>Inclination of a sun-synchronous orbit (J2 nodal rate = 360° per tropical year), radians
    /// (Vallado 2013, Eq. 9-41 solved for cos i).</summary>
    public static double SunSynchronousInclinationRadians(double semiMajorAxisMeters, double eccentricity)
    {
        double meanMotionRadiansPerSecond = Math.Sqrt(EarthConstants.Wgs72GravitationalParameterM3PerS2 / Math.Pow(semiMajorAxisMeters, 3));
        double p = semiMajorAxisMeters * (1.0 - (eccentricity * eccentricity));
        double cosInclination = -SunSynchronousNodeRateRadiansPerSecond * 2.0 * p * p
            / (3.0 * meanMotionRadiansPerSecond * J2 * EarthConstants.Wgs72EquatorialRadiusMeters * EarthConstants.Wgs72EquatorialRadiusMeters);
        return Math.Acos(cosInclination);
    }

    /// <summary>Angle wrapped into [0, 2π).</summary>
    public static double Wrap(double angleRadians)
    {
        double wrapped = angleRadians % AngleUnits.RadiansPerRevolution;
        return wrapped < 0.0 ? wrapped + AngleUnits.RadiansPerRevolution : wrapped;
    }

    /// <summary>Mean anomaly for a true anomaly (Vallado 2013, Algorithm 5, elliptic case), radians.</summary>
    public static double MeanAnomalyFromTrue(double trueAnomalyRadians, double eccentricity)
    {
        double eccentricAnomaly = 2.0 * Math.Atan2(Math.Sqrt(1.0 - eccentricity) * Math.Sin(trueAnomalyRadians / 2.0),
            Math.Sqrt(1.0 + eccentricity) * Math.Cos(trueAnomalyRadians / 2.0));
        return Wrap(eccentricAnomaly - (eccentricity * Math.Sin(eccentricAnomaly)));
    }

    /// <summary>Argument of latitude of a position in the plane (node, inclination), radians in [0, 2π).</summary>
    public static double ArgumentOfLatitude(Vector3d positionMeters, double rightAscensionOfAscendingNodeRadians, double inclinationRadians)
    {
        Vector3d nodeDirection = new(Math.Cos(rightAscensionOfAscendingNodeRadians), Math.Sin(rightAscensionOfAscendingNodeRadians), 0.0);
        Vector3d normal = new(Math.Sin(rightAscensionOfAscendingNodeRadians) * Math.Sin(inclinationRadians),
            -Math.Cos(rightAscensionOfAscendingNodeRadians) * Math.Sin(inclinationRadians), Math.Cos(inclinationRadians));
        return Wrap(Math.Atan2(Vector3d.Dot(positionMeters, Vector3d.Cross(normal, nodeDirection)), Vector3d.Dot(positionMeters, nodeDirection)));
    }

    /// <summary>Classical elements of an inertial state (Vallado 2013, Algorithm 9, RV2COE; elliptic, inclined orbits).</summary>
    public static KeplerianElements ToElements(Vector3d positionMeters, Vector3d velocityMetersPerSecond)
    {
        double mu = EarthConstants.Wgs72GravitationalParameterM3PerS2;
        double r = positionMeters.Length;
        double v2 = velocityMetersPerSecond.LengthSquared;
        Vector3d h = Vector3d.Cross(positionMeters, velocityMetersPerSecond);
        Vector3d node = new(-h.Y, h.X, 0.0);
        double rDotV = Vector3d.Dot(positionMeters, velocityMetersPerSecond);
        Vector3d eccentricityVector = ((positionMeters * (v2 - (mu / r))) - (velocityMetersPerSecond * rDotV)) * (1.0 / mu);
        double eccentricity = eccentricityVector.Length;
        double energy = (v2 / 2.0) - (mu / r);
        double semiMajorAxis = -mu / (2.0 * energy);
        double inclination = Math.Acos(h.Z / h.Length);
        double raan = Math.Atan2(node.Y, node.X);
        double argumentOfPerigee = Math.Acos(Math.Clamp(Vector3d.Dot(node, eccentricityVector) / (node.Length * eccentricity), -1.0, 1.0));
        if (eccentricityVector.Z < 0.0)
        {
            argumentOfPerigee = AngleUnits.RadiansPerRevolution - argumentOfPerigee;
        }

        double trueAnomaly = Math.Acos(Math.Clamp(Vector3d.Dot(eccentricityVector, positionMeters) / (eccentricity * r), -1.0, 1.0));
        if (rDotV < 0.0)
        {
            trueAnomaly = AngleUnits.RadiansPerRevolution - trueAnomaly;
        }

        return new KeplerianElements(semiMajorAxis, eccentricity, inclination, Wrap(raan), argumentOfPerigee,
            MeanAnomalyFromTrue(trueAnomaly, eccentricity));
    }
}
