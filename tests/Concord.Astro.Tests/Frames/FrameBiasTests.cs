using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Tests.Mathematics;

namespace Concord.Astro.Tests.Frames;

public sealed class FrameBiasTests
{
    [Fact]
    public void MatrixMatchesSofaBp00()
    {
        // SOFA (IAU) iauBp00 validation values (t_sofa_c.c, rb), the IERS 2003 frame bias GCRS -> J2000.
        // SOFA derives ξ₀ = dψ_bias sin ε₀ = −16.617136 mas from dψ_bias = −41.775 mas; the IERS 2003 value used here is
        // −16.6170 mas, 1.4e-4 mas (6.6e-13 rad) apart, hence a 1e-12 tolerance (SOFA's own is 1e-16 on its constants).
        var sofa = new Matrix3x3d(
            0.9999999999999942498, -0.7078279744199196626e-7, 0.8056217146976134152e-7,
            0.7078279477857337206e-7, 0.9999999999999969484, 0.3306041454222136517e-7,
            -0.8056217380986972157e-7, -0.3306040883980552500e-7, 0.9999999999999962084);

        Assert.True(MatrixAssert.MaxDifference(sofa, FrameBias.GcrfToEme2000) < 1e-12);
    }

    [Fact]
    public void GcrfToEme2000AppliesTheBias()
    {
        var transformer = new FrameTransformer(EarthOrientationParameters.Zero);
        var gcrf = new CartesianState(Vallado2013Example315.Epoch, ReferenceFrame.Gcrf, new Vector3d(7e6, -1e6, 2e6), new Vector3d(100.0, 7000.0, 1000.0));

        CartesianState eme2000 = transformer.Transform(gcrf, ReferenceFrame.Eme2000);

        VectorAssert.Near(FrameBias.GcrfToEme2000 * gcrf.PositionMeters, eme2000.PositionMeters, 1e-9, "position");
        VectorAssert.Near(FrameBias.GcrfToEme2000 * gcrf.VelocityMetersPerSecond, eme2000.VelocityMetersPerSecond, 1e-12, "velocity");
        // About 23 mas in all: 0.8 m at 7.3e6 m.
        Assert.InRange((eme2000.PositionMeters - gcrf.PositionMeters).Length, 0.5, 1.0);
    }
}
