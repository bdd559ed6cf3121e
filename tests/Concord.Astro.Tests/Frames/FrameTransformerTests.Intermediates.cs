using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Tests.Mathematics;
using V = Concord.Astro.Tests.Frames.Vallado2013Example315;

namespace Concord.Astro.Tests.Frames;

// The intermediate frames of Vallado (2013) Table 3-6 (PEF, TOD, MOD) and the angles of Example 3-15, through the
// internal per-epoch rotations. Tolerances as in FrameTransformerTests.Vallado.cs unless stated.
public sealed partial class FrameTransformerTests
{
    private static readonly EpochRotations s_rotations = EpochRotations.Compute(V.Epoch, V.Eop);

    [Fact]
    public void TimeArgumentsMatchExample315()
    {
        // Example 3-15: T_TT = 0.0426236319 centuries (10 decimals), JD_UT1 = 2453101.827406783 (Vallado's code, 9 decimals).
        Assert.Equal(0.0426236319, s_rotations.TtCenturiesSinceJ2000, 5e-11);
        Assert.Equal(2_453_101.827406783, s_rotations.JulianDateUt1, 5e-9);
    }

    [Fact]
    public void GreenwichMeanSiderealTimeMatchesExample315()
    {
        // Example 3-15: θ_GMST = 312.8098943° (7 decimals; half a unit of the last digit as tolerance). Measured 4e-9°.
        Assert.Equal(312.8098943, s_rotations.GmstRadians / AngleUnits.RadiansPerDegree, 5e-8);
    }

    [Fact]
    public void ItrfToPef_MatchesTable36()
    {
        // Measured: 0.11 mm (Table 3-6 PEF x is −1033.47503120 km; Vallado's code prints −1033.4750313).
        Vector3d pef = s_rotations.ItrfToPef * V.Itrf.PositionMeters;

        VectorAssert.Near(V.Pef.PositionMeters, pef, PositionToleranceMeters, "PEF position");
    }

    [Fact]
    public void TemeToPef_MatchesTable36()
    {
        Matrix3x3d temeToPef = s_rotations.PefToTeme.Transpose();
        Vector3d rPef = temeToPef * V.Teme.PositionMeters;
        Vector3d omega = new(0.0, 0.0, s_rotations.EarthRotationRateRadiansPerSecond);
        Vector3d vPef = (temeToPef * V.Teme.VelocityMetersPerSecond) - Vector3d.Cross(omega, rPef);

        VectorAssert.Near(V.Pef.PositionMeters, rPef, PositionToleranceMeters, "PEF position");
        VectorAssert.Near(V.Pef.VelocityMetersPerSecond, vPef, VelocityToleranceMetersPerSecond, "PEF velocity");
    }

    [Fact]
    public void TemeToTodAndMod_MatchTable36()
    {
        // Table 3-6 is reproduced only with the full IAU-82 equation of the equinoxes (kinematic terms included):
        // the geometric term alone leaves 7 cm here. Measured: TOD 0.04 mm / 0.5 µm/s, MOD 0.06 mm / 0.85 µm/s.
        Vector3d rTod = s_rotations.TemeToTod * V.Teme.PositionMeters;
        Vector3d vTod = s_rotations.TemeToTod * V.Teme.VelocityMetersPerSecond;

        VectorAssert.Near(V.Tod.PositionMeters, rTod, PositionToleranceMeters, "TOD position");
        VectorAssert.Near(V.Tod.VelocityMetersPerSecond, vTod, VelocityToleranceMetersPerSecond, "TOD velocity");
        VectorAssert.Near(V.Mod.PositionMeters, s_rotations.TodToMod * rTod, PositionToleranceMeters, "MOD position");
        VectorAssert.Near(V.Mod.VelocityMetersPerSecond, s_rotations.TodToMod * vTod, VelocityToleranceMetersPerSecond, "MOD velocity");
    }

    [Fact]
    public void GastIsGmstPlusEquationOfEquinoxes()
    {
        // TEME -> TOD is the rotation GAST − GMST, so the chain through TEME is the FK5 reduction exactly.
        Matrix3x3d expected = Matrix3x3d.RotationZ(-(s_rotations.GastRadians - s_rotations.GmstRadians));

        Assert.True(MatrixAssert.MaxDifference(expected, s_rotations.TemeToTod) < 1e-15);
    }
}
