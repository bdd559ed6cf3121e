using Concord.Astro.Mathematics;

namespace Concord.Astro.Frames;

/// <summary>Earth orientation parameters (EOP) for one epoch, IAU-1980 (FK5) flavour, SI units and radians.</summary>
/// <remarks>
/// <para>The values are those the IERS publishes in Bulletin A/B and <c>finals.all</c> (IAU 1980 columns) and
/// CelesTrak's <c>EOP-All</c>; convert from their arcseconds and milliarcseconds with
/// <see cref="FromArcseconds"/>. They are used as in Vallado (2013) §3.7 and Algorithm 24 (FK5 reduction):
/// UT1 = UTC + <see cref="Ut1MinusUtcSeconds"/> for sidereal time; Earth rate
/// ω = 7.292115146706979e-5 rad/s × (1 − <see cref="LengthOfDayExcessSeconds"/>/86400); polar motion
/// x<sub>p</sub>, y<sub>p</sub> between the pseudo-Earth-fixed frame and ITRF; and the celestial pole offsets
/// δΔψ, δΔε added to the IAU-1980 nutation angles.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="Ut1MinusUtcSeconds">UT1 − UTC, seconds (|value| &lt; 0.9 s by definition of UTC).</param>
/// <param name="LengthOfDayExcessSeconds">Excess length of day (LOD) over 86,400 s, seconds (a few ms).</param>
/// <param name="PolarMotionXRadians">Polar motion x<sub>p</sub>, radians (typically &lt; 0.5″).</param>
/// <param name="PolarMotionYRadians">Polar motion y<sub>p</sub>, radians (typically &lt; 0.6″).</param>
/// <param name="NutationCorrectionDeltaPsiRadians">Correction δΔψ to the IAU-1980 nutation in longitude, radians
/// (IERS <c>dPsi</c>, tens of mas).</param>
/// <param name="NutationCorrectionDeltaEpsilonRadians">Correction δΔε to the IAU-1980 nutation in obliquity,
/// radians (IERS <c>dEps</c>, a few mas).</param>
public sealed record EarthOrientationParameters(
    double Ut1MinusUtcSeconds,
    double LengthOfDayExcessSeconds,
    double PolarMotionXRadians,
    double PolarMotionYRadians,
    double NutationCorrectionDeltaPsiRadians,
    double NutationCorrectionDeltaEpsilonRadians)
{
    /// <summary>No Earth orientation data: UT1 = UTC, no excess length of day, no polar motion, no nutation corrections.</summary>
    /// <remarks>Accuracy cost of using it: |UT1 − UTC| reaches 0.9 s, an Earth-fixed error of up to ~420 m at the
    /// equator (465 m/s × 0.9 s); polar motion is up to ~0.5″ (~15 m on the surface, ~20 m at 8,000 km); the missing
    /// δΔψ, δΔε are tens of mas (~1-2 m at 8,000 km). Fine for SGP4-class screening, not for precise work.</remarks>
    public static EarthOrientationParameters Zero { get; } = new(0.0, 0.0, 0.0, 0.0, 0.0, 0.0);

    /// <summary>Creates EOP from the units the IERS and Vallado tabulate: seconds and arcseconds.</summary>
    /// <param name="ut1MinusUtcSeconds">UT1 − UTC, seconds.</param>
    /// <param name="lengthOfDayExcessSeconds">Excess length of day, seconds.</param>
    /// <param name="polarMotionXArcseconds">x<sub>p</sub>, arcseconds.</param>
    /// <param name="polarMotionYArcseconds">y<sub>p</sub>, arcseconds.</param>
    /// <param name="nutationCorrectionDeltaPsiArcseconds">δΔψ, arcseconds (IERS files give milliarcseconds: divide by 1000).</param>
    /// <param name="nutationCorrectionDeltaEpsilonArcseconds">δΔε, arcseconds.</param>
    public static EarthOrientationParameters FromArcseconds(
        double ut1MinusUtcSeconds,
        double lengthOfDayExcessSeconds,
        double polarMotionXArcseconds,
        double polarMotionYArcseconds,
        double nutationCorrectionDeltaPsiArcseconds,
        double nutationCorrectionDeltaEpsilonArcseconds)
        => new(
            ut1MinusUtcSeconds,
            lengthOfDayExcessSeconds,
            polarMotionXArcseconds * AngleUnits.RadiansPerArcsecond,
            polarMotionYArcseconds * AngleUnits.RadiansPerArcsecond,
            nutationCorrectionDeltaPsiArcseconds * AngleUnits.RadiansPerArcsecond,
            nutationCorrectionDeltaEpsilonArcseconds * AngleUnits.RadiansPerArcsecond);
}
