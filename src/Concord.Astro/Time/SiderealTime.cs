namespace Concord.Astro.Time;

/// <summary>Greenwich sidereal time.</summary>
public static class SiderealTime
{
    private const double TwoPi = 2.0 * Math.PI;

    /// <summary>Radians per second of time (360° = 86,400 s, so 1 s = 15″ = 1/240°).</summary>
    private const double RadiansPerSecondOfTime = Math.PI / 43_200.0;

    /// <summary>Greenwich mean sidereal time, IAU 1982 model (Aoki et al. 1982), in radians in [0, 2π).</summary>
    /// <remarks>The expression and its evaluation order are those SGP4 uses (Vallado et al. 2006, <c>gstime</c>),
    /// so TEME ↔ pseudo-Earth-fixed conversions agree with the reference implementation:
    /// θ = 67310.54841 s + (876600 h + 8640184.812866 s) T + 0.093104 s T² − 6.2e-6 s T³, T in Julian centuries of UT1.</remarks>
    /// <param name="julianDateUt1">UT1 Julian date as one number (SGP4's convention).</param>
    public static double GreenwichMeanIau1982(double julianDateUt1)
        => FromCenturies((julianDateUt1 - JulianDate.J2000) / JulianDate.DaysPerJulianCentury);

    /// <summary>Greenwich mean sidereal time (IAU 1982) of a two-part UT1 Julian date, in radians in [0, 2π).</summary>
    /// <remarks>Uses both parts of the date, so it keeps about 1e-11 rad that the one-number form loses.</remarks>
    public static double GreenwichMeanIau1982(JulianDate ut1)
    {
        if (ut1.Scale != TimeScale.Ut1 && ut1.Scale != TimeScale.Utc)
        {
            throw new ArgumentException("GMST takes a UT1 (or UTC, when UT1 = UTC) Julian date.", nameof(ut1));
        }

        return FromCenturies(ut1.JulianCenturiesSinceJ2000);
    }

    private static double FromCenturies(double tut1)
    {
        double seconds = (-6.2e-6 * tut1 * tut1 * tut1) + (0.093104 * tut1 * tut1)
            + (((876_600.0 * 3600.0) + 8_640_184.812866) * tut1) + 67_310.54841;
        double angle = (seconds * RadiansPerSecondOfTime) % TwoPi;
        return angle < 0.0 ? angle + TwoPi : angle;
    }
}
