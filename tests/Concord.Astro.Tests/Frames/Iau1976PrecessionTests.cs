using Concord.Astro.Frames;
using Concord.Astro.Mathematics;

namespace Concord.Astro.Tests.Frames;

public sealed class Iau1976PrecessionTests
{
    [Fact]
    public void AnglesMatchVallado2013Example315()
    {
        // Example 3-15 (p. 231): ζ = 0.0273055°, Θ = 0.0237306°, z = 0.0273059° at T_TT = 0.0426236319.
        // Published to 7 decimals of a degree: tolerance half a unit (5e-8°). Measured ≤ 4e-8°.
        (double zeta, double theta, double z) = Iau1976Precession.Angles(0.0426236319);

        Assert.Equal(0.0273055, zeta / AngleUnits.RadiansPerDegree, 5e-8);
        Assert.Equal(0.0237306, theta / AngleUnits.RadiansPerDegree, 5e-8);
        Assert.Equal(0.0273059, z / AngleUnits.RadiansPerDegree, 5e-8);
    }

    [Fact]
    public void IsIdentityAtJ2000()
    {
        Assert.Equal(Matrix3x3d.Identity, Iau1976Precession.MeanOfDateToJ2000(0.0));
    }
}
