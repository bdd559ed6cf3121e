using Concord.Astro.Frames;
using Concord.Astro.Mathematics;

namespace Concord.Astro.Tests.Frames;

public sealed class EarthOrientationParametersTests
{
    [Fact]
    public void ZeroHasNoCorrections()
    {
        Assert.Equal(new EarthOrientationParameters(0.0, 0.0, 0.0, 0.0, 0.0, 0.0), EarthOrientationParameters.Zero);
    }

    [Fact]
    public void FromArcsecondsConvertsAnglesOnly()
    {
        // Vallado (2013) Example 3-15 values.
        var eop = EarthOrientationParameters.FromArcseconds(-0.4399619, 0.0015563, -0.140682, 0.333309, -0.052195, -0.003875);

        Assert.Equal(-0.4399619, eop.Ut1MinusUtcSeconds);
        Assert.Equal(0.0015563, eop.LengthOfDayExcessSeconds);
        Assert.Equal(-0.140682 * Math.PI / 648_000.0, eop.PolarMotionXRadians, 1e-20);
        Assert.Equal(0.333309 * AngleUnits.RadiansPerArcsecond, eop.PolarMotionYRadians);
        Assert.Equal(-0.052195 * AngleUnits.RadiansPerArcsecond, eop.NutationCorrectionDeltaPsiRadians);
        Assert.Equal(-0.003875 * AngleUnits.RadiansPerArcsecond, eop.NutationCorrectionDeltaEpsilonRadians);
    }
}
