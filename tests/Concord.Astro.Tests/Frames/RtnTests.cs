using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Tests.Mathematics;
using Concord.Astro.Time;

namespace Concord.Astro.Tests.Frames;

public sealed class RtnTests
{
    private const double EarthGravitationalParameterM3PerS2 = 3.986004418e14;
    private static readonly Epoch s_epoch = Epoch.J2000;

    private static readonly CartesianState s_primary = new(s_epoch, ReferenceFrame.Gcrf,
        new Vector3d(5_102_508.958, 6_123_011.401, 6_378_136.928), new Vector3d(-4_743.22016, 790.53650, 5_533.75528));

    [Fact]
    public void AxesAreOrthonormalAndRightHanded()
    {
        Matrix3x3d m = Rtn.InertialToRtn(s_primary);

        Assert.True(MatrixAssert.MaxDifference(Matrix3x3d.Identity, m * m.Transpose()) < 1e-15);
        Assert.Equal(1.0, m.Determinant, 1e-15);
    }

    [Fact]
    public void PositionIsPurelyRadialAndVelocityHasNoNormalComponent()
    {
        Vector3d r = Rtn.ToRtn(s_primary, s_primary.PositionMeters);
        Vector3d v = Rtn.ToRtn(s_primary, s_primary.VelocityMetersPerSecond);

        Assert.Equal(s_primary.PositionMeters.Length, r.X, 1e-8);
        Assert.Equal(0.0, r.Y, 1e-8);
        Assert.Equal(0.0, r.Z, 1e-8);
        Assert.Equal(0.0, v.Z, 1e-11);
        Assert.True(v.Y > 0.0, "prograde motion is +T");
        Assert.Equal(Vector3d.Dot(s_primary.PositionMeters, s_primary.VelocityMetersPerSecond) / s_primary.PositionMeters.Length, v.X, 1e-9);
    }

    [Fact]
    public void CircularEquatorialOrbitByHand()
    {
        // r along +y, v along −x: R = +y, N = r × v / |r × v| = +z, T = N × R = −x.
        var state = new CartesianState(s_epoch, ReferenceFrame.Teme, new Vector3d(0.0, 7e6, 0.0), new Vector3d(-7.5e3, 0.0, 0.0));

        Matrix3x3d m = Rtn.InertialToRtn(state);

        Assert.Equal(new Matrix3x3d(0.0, 1.0, 0.0, -1.0, 0.0, 0.0, 0.0, 0.0, 1.0), m);
        Assert.Equal(new Vector3d(0.0, 0.0, 7.5e3 / 7e6), Rtn.AngularVelocityRadiansPerSecond(state));
        Assert.Equal(new Vector3d(0.0, 7.5e3, 0.0), Rtn.ToRtn(state, state.VelocityMetersPerSecond));
    }

    [Fact]
    public void ToAndFromRtnRoundTrip()
    {
        var vector = new Vector3d(12.5, -300.0, 42.0);

        Vector3d back = Rtn.FromRtn(s_primary, Rtn.ToRtn(s_primary, vector));

        VectorAssert.Near(vector, back, 1e-12, "vector");
    }

    [Theory]
    [InlineData(RtnVelocityConvention.Rotating)]
    [InlineData(RtnVelocityConvention.NonRotating)]
    public void RelativeStateRoundTrips(RtnVelocityConvention convention)
    {
        CartesianState secondary = s_primary with
        {
            PositionMeters = s_primary.PositionMeters + new Vector3d(150.0, -2_000.0, 30.0),
            VelocityMetersPerSecond = s_primary.VelocityMetersPerSecond + new Vector3d(-9_000.0, 3.0, 1.0),
        };

        RtnRelativeState relative = Rtn.RelativeState(s_primary, secondary, convention);
        CartesianState back = Rtn.FromRelativeState(s_primary, relative);

        Assert.Equal(convention, relative.Convention);
        Assert.Equal((secondary.PositionMeters - s_primary.PositionMeters).Length, relative.PositionMeters.Length, 1e-8);
        VectorAssert.Near(secondary.PositionMeters, back.PositionMeters, 1e-8, "position");
        VectorAssert.Near(secondary.VelocityMetersPerSecond, back.VelocityMetersPerSecond, 1e-11, "velocity");
    }

    [Fact]
    public void RotatingRelativeVelocityIsTheDerivativeOfRtnPosition()
    {
        // Two-body circular orbits (our own closed form); the RTN components of the relative position are differenced
        // over ±1 s. Central-difference truncation is ρ n³ h²/6 ≈ 2e-6 m/s for ρ ≈ 10 km, n ≈ 1.1e-3 rad/s; rounding of
        // 7e6 m positions adds ~1e-9 m/s. Tolerance 1e-5 m/s.
        const double stepSeconds = 1.0;
        var primary = new CircularOrbit(6_878_000.0, 51.6 * AngleUnits.RadiansPerDegree, 0.3, 0.0);
        var secondary = new CircularOrbit(6_880_000.0, 51.62 * AngleUnits.RadiansPerDegree, 0.3005, 0.001);

        Vector3d RtnPosition(double t) => Rtn.RelativeState(primary.At(t), secondary.At(t), RtnVelocityConvention.Rotating).PositionMeters;
        Vector3d expected = (RtnPosition(stepSeconds) - RtnPosition(-stepSeconds)) / (2.0 * stepSeconds);

        RtnRelativeState relative = Rtn.RelativeState(primary.At(0.0), secondary.At(0.0), RtnVelocityConvention.Rotating);

        VectorAssert.Near(expected, relative.VelocityMetersPerSecond, 1e-5, "rotating relative velocity");
    }

    [Fact]
    public void NonRotatingRelativeVelocityIsTheDerivativeInFrozenAxes()
    {
        // Same orbits; the axes are frozen at t = 0, so the derivative is M(0) (v₂ − v₁). Tolerance as above.
        const double stepSeconds = 1.0;
        var primary = new CircularOrbit(6_878_000.0, 51.6 * AngleUnits.RadiansPerDegree, 0.3, 0.0);
        var secondary = new CircularOrbit(6_880_000.0, 51.62 * AngleUnits.RadiansPerDegree, 0.3005, 0.001);
        Matrix3x3d frozen = Rtn.InertialToRtn(primary.At(0.0));

        Vector3d Rho(double t) => frozen * (secondary.At(t).PositionMeters - primary.At(t).PositionMeters);
        Vector3d expected = (Rho(stepSeconds) - Rho(-stepSeconds)) / (2.0 * stepSeconds);

        RtnRelativeState relative = Rtn.RelativeState(primary.At(0.0), secondary.At(0.0), RtnVelocityConvention.NonRotating);

        VectorAssert.Near(expected, relative.VelocityMetersPerSecond, 1e-5, "non-rotating relative velocity");
        // The two conventions differ by M(ω × ρ): about n|ρ| ≈ 1e-3 rad/s × 10 km ≈ 10 m/s here.
        RtnRelativeState rotating = Rtn.RelativeState(primary.At(0.0), secondary.At(0.0), RtnVelocityConvention.Rotating);
        Assert.True((rotating.VelocityMetersPerSecond - relative.VelocityMetersPerSecond).Length > 1.0);
    }

    [Fact]
    public void InvalidInputsAreRejected()
    {
        Assert.Throws<ArgumentException>(() => Rtn.InertialToRtn(s_primary with { Frame = ReferenceFrame.Itrf }));
        Assert.Throws<ArgumentException>(() => Rtn.InertialToRtn(new Vector3d(7e6, 0.0, 0.0), new Vector3d(1e3, 0.0, 0.0)));
        Assert.Throws<ArgumentException>(() => Rtn.RelativeState(s_primary, s_primary with { Frame = ReferenceFrame.Teme }, RtnVelocityConvention.Rotating));
        Assert.Throws<ArgumentException>(() => Rtn.RelativeState(s_primary, s_primary with { Epoch = s_epoch + Duration.FromSeconds(1) }, RtnVelocityConvention.Rotating));
    }

    /// <summary>A two-body circular orbit: r(t) = a (cos u P + sin u Q), u = u₀ + n t, n = √(μ/a³).</summary>
    private sealed record CircularOrbit(double RadiusMeters, double InclinationRadians, double RaanRadians, double ArgumentOfLatitudeRadians)
    {
        public CartesianState At(double seconds)
        {
            double n = Math.Sqrt(EarthGravitationalParameterM3PerS2 / (RadiusMeters * RadiusMeters * RadiusMeters));
            double u = ArgumentOfLatitudeRadians + (n * seconds);
            (double sinO, double cosO) = Math.SinCos(RaanRadians);
            (double sinI, double cosI) = Math.SinCos(InclinationRadians);
            var p = new Vector3d(cosO, sinO, 0.0);
            var q = new Vector3d(-sinO * cosI, cosO * cosI, sinI);
            (double sinU, double cosU) = Math.SinCos(u);
            Vector3d r = RadiusMeters * ((cosU * p) + (sinU * q));
            Vector3d v = RadiusMeters * n * ((-sinU * p) + (cosU * q));
            return new CartesianState(s_epoch + Duration.FromSeconds(seconds), ReferenceFrame.Gcrf, r, v);
        }
    }
}
