using Concord.Astro.Frames;
using Concord.Astro.Mathematics;

namespace Concord.Astro.Tests.Frames;

public sealed class Iau1980NutationTests
{
    private const double Example315Centuries = 0.0426236319;

    [Fact]
    public void SeriesHas106Terms()
    {
        Assert.Equal(106, Iau1980Nutation.TermCount);
    }

    [Fact]
    public void AnglesMatchVallado2013Example315()
    {
        // Example 3-15: Δψ1980 = −0.0034108°, Δε1980 = 0.0020316°, ε̄1980 = 23.4387368° (before the EOP corrections).
        // Published to 7 decimals of a degree: tolerance half a unit (5e-8°). Measured ≤ 4e-8°.
        NutationAngles angles = Iau1980Nutation.Angles(Example315Centuries, 0.0, 0.0);

        Assert.Equal(-0.0034108, angles.DeltaPsi / AngleUnits.RadiansPerDegree, 5e-8);
        Assert.Equal(0.0020316, angles.DeltaEpsilon / AngleUnits.RadiansPerDegree, 5e-8);
        Assert.Equal(23.4387368, angles.MeanObliquity / AngleUnits.RadiansPerDegree, 5e-8);
    }

    [Fact]
    public void CorrectionsAreAddedToTheAngles()
    {
        NutationAngles bare = Iau1980Nutation.Angles(Example315Centuries, 0.0, 0.0);
        NutationAngles corrected = Iau1980Nutation.Angles(Example315Centuries, 1e-7, -2e-7);

        Assert.Equal(bare.DeltaPsi + 1e-7, corrected.DeltaPsi, 1e-18);
        Assert.Equal(bare.DeltaEpsilon - 2e-7, corrected.DeltaEpsilon, 1e-18);
        Assert.Equal(bare.MeanObliquity + bare.DeltaEpsilon - 2e-7, corrected.TrueObliquity, 1e-15);
    }

    [Fact]
    public void MeanObliquityAtJ2000Is84381Point448Arcseconds()
    {
        // IAU 1976 (Lieske et al. 1977): ε₀ = 84381.448″ exactly at J2000.
        Assert.Equal(84_381.448 * AngleUnits.RadiansPerArcsecond, Iau1980Nutation.MeanObliquity(0.0), 1e-15);
    }

    [Fact]
    public void KinematicTermsApplyOnlyFrom1997()
    {
        NutationAngles angles = Iau1980Nutation.Angles(Example315Centuries, 0.0, 0.0);
        double geometric = Iau1980Nutation.GeometricEquationOfEquinoxes(angles);

        Assert.Equal(geometric, Iau1980Nutation.EquationOfEquinoxes(angles, 2_450_449.0));
        double kinematic = Iau1980Nutation.EquationOfEquinoxes(angles, 2_453_101.8) - geometric;
        // 0.00264″ sin Ω + 0.000063″ sin 2Ω is at most 0.0027″ (≈ 1.3e-8 rad).
        Assert.InRange(Math.Abs(kinematic), 1e-10, 1.31e-8);
    }
}
