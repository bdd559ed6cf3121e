using Concord.Astro.Mathematics;
using Concord.Astro.Time;

namespace Concord.Astro.Frames;

/// <summary>The IAU-76/FK5 rotations at one epoch, computed once per transformation (see <see cref="FrameTransformer"/>).</summary>
/// <remarks>Matrices map vectors: r_target = M r_source. Symbols follow Vallado (2013) §3.7 and Algorithm 24.</remarks>
internal readonly record struct EpochRotations(
    double TtCenturiesSinceJ2000,
    double JulianDateUt1,
    NutationAngles Nutation,
    Matrix3x3d ModToGcrf,
    Matrix3x3d TodToMod,
    Matrix3x3d TemeToTod,
    double GmstRadians,
    double GastRadians,
    Matrix3x3d ItrfToPef,
    double EarthRotationRateRadiansPerSecond)
{
    private const double SecondsPerDay = 86_400.0;

    /// <summary>r_GCRF = this · r_TOD.</summary>
    internal Matrix3x3d TodToGcrf => ModToGcrf * TodToMod;

    /// <summary>r_GCRF = this · r_TEME.</summary>
    internal Matrix3x3d TemeToGcrf => ModToGcrf * TodToMod * TemeToTod;

    internal static EpochRotations Compute(Epoch epoch, EarthOrientationParameters eop)
    {
        double ttt = epoch.ToJulianDate(TimeScale.Tt).JulianCenturiesSinceJ2000;
        double jdut1 = epoch.ToUt1JulianDate(eop.Ut1MinusUtcSeconds).Value;
        NutationAngles nutation = Iau1980Nutation.Angles(ttt, eop.NutationCorrectionDeltaPsiRadians, eop.NutationCorrectionDeltaEpsilonRadians);
        double gmst = SiderealTime.GreenwichMeanIau1982(jdut1);
        double equationOfEquinoxes = Iau1980Nutation.EquationOfEquinoxes(nutation, jdut1);
        Matrix3x3d itrfToPef = Matrix3x3d.RotationX(eop.PolarMotionYRadians) * Matrix3x3d.RotationY(eop.PolarMotionXRadians);
        return new EpochRotations(
            ttt,
            jdut1,
            nutation,
            Iau1976Precession.MeanOfDateToJ2000(ttt),
            Iau1980Nutation.TrueToMeanOfDate(nutation),
            Matrix3x3d.RotationZ(-equationOfEquinoxes),
            gmst,
            gmst + equationOfEquinoxes,
            itrfToPef,
            FrameTransformer.NominalEarthRotationRateRadiansPerSecond * (1.0 - (eop.LengthOfDayExcessSeconds / SecondsPerDay)));
    }

    /// <summary>r_TEME = this · r_PEF = ROT3(−GMST) r_PEF.</summary>
    internal Matrix3x3d PefToTeme => Matrix3x3d.RotationZ(-GmstRadians);

    /// <summary>r_GCRF = this · r_frame (for ITRF, a rotation of positions only).</summary>
    internal Matrix3x3d ToGcrf(ReferenceFrame frame) => frame switch
    {
        ReferenceFrame.Gcrf => Matrix3x3d.Identity,
        ReferenceFrame.Eme2000 => FrameBias.GcrfToEme2000.Transpose(),
        ReferenceFrame.Teme => TemeToGcrf,
        ReferenceFrame.Itrf => TemeToGcrf * PefToTeme * ItrfToPef,
        _ => throw new ArgumentOutOfRangeException(nameof(frame), frame, "Unsupported reference frame."),
    };

    /// <summary>r_frame = this · r_GCRF.</summary>
    internal Matrix3x3d GcrfTo(ReferenceFrame frame) => ToGcrf(frame).Transpose();
}
