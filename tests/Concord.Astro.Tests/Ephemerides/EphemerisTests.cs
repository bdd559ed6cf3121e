using System.Collections.Immutable;
using Concord.Astro.Ephemerides;
using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Time;

namespace Concord.Astro.Tests.Ephemerides;

public sealed partial class EphemerisTests
{
    private const double EarthMu = 3.986004418e14;
    private static readonly Epoch s_start = Epoch.FromCalendar(2024, 3, 1, 0, 0, 0, 0, TimeScale.Utc);

    private static Ephemeris Sample(Func<double, (Vector3d P, Vector3d V)> f, int count, double stepSeconds, EphemerisInterpolation method, int degree,
        Epoch? useableStart = null, Epoch? useableStop = null)
    {
        var epochs = ImmutableArray.CreateBuilder<Epoch>(count);
        var positions = ImmutableArray.CreateBuilder<Vector3d>(count);
        var velocities = ImmutableArray.CreateBuilder<Vector3d>(count);
        for (int i = 0; i < count; i++)
        {
            double t = i * stepSeconds;
            (Vector3d p, Vector3d v) = f(t);
            epochs.Add(s_start + Duration.FromSeconds(t));
            positions.Add(p);
            velocities.Add(v);
        }

        return Ephemeris.Create(ReferenceFrame.Eme2000, epochs.MoveToImmutable(), positions.MoveToImmutable(), velocities.MoveToImmutable(),
            method, degree, useableStart, useableStop);
    }

    private static (Vector3d P, Vector3d V) Circular(double t)
    {
        // Analytic circular Keplerian orbit, radius 7000 km, inclined 51.6°: r(t) = R (cos nt, cos i sin nt, sin i sin nt).
        const double Radius = 7_000_000.0;
        double n = Math.Sqrt(EarthMu / (Radius * Radius * Radius));
        double inclination = 51.6 * Math.PI / 180.0;
        double c = Math.Cos(n * t);
        double s = Math.Sin(n * t);
        var p = new Vector3d(Radius * c, Radius * Math.Cos(inclination) * s, Radius * Math.Sin(inclination) * s);
        var v = new Vector3d(-Radius * n * s, Radius * n * Math.Cos(inclination) * c, Radius * n * Math.Sin(inclination) * c);
        return (p, v);
    }

    [Theory]
    [InlineData(EphemerisInterpolation.Hermite, 5)]
    [InlineData(EphemerisInterpolation.Lagrange, 7)]
    public void CircularOrbitMidpointsAreBelowOneMillimetre(EphemerisInterpolation method, int degree)
    {
        Ephemeris ephemeris = Sample(Circular, 200, 60.0, method, degree);
        double worstPosition = 0.0;
        double worstVelocity = 0.0;
        for (int i = 0; i < 199; i++)
        {
            double t = (i * 60.0) + 30.0;
            CartesianState state = ephemeris.Interpolate(s_start + Duration.FromSeconds(t));
            (Vector3d p, Vector3d v) = Circular(t);
            worstPosition = Math.Max(worstPosition, (state.PositionMeters - p).Length);
            worstVelocity = Math.Max(worstVelocity, (state.VelocityMetersPerSecond - v).Length);
        }

        Assert.True(worstPosition < 1e-3, $"position error {worstPosition} m");
        Assert.True(worstVelocity < 1e-5, $"velocity error {worstVelocity} m/s");
    }

    [Theory]
    [InlineData(EphemerisInterpolation.Hermite)]
    [InlineData(EphemerisInterpolation.Lagrange)]
    public void NodesAreReproducedExactly(EphemerisInterpolation method)
    {
        Ephemeris ephemeris = Sample(Circular, 30, 60.0, method, 7);
        for (int i = 0; i < ephemeris.Count; i++)
        {
            CartesianState state = ephemeris.Interpolate(ephemeris.Epochs[i]);
            Assert.True((state.PositionMeters - ephemeris.PositionsMeters[i]).Length < 1e-6);
            Assert.True((state.VelocityMetersPerSecond - ephemeris.VelocitiesMetersPerSecond[i]).Length < 1e-9);
            Assert.Equal(ReferenceFrame.Eme2000, state.Frame);
            Assert.Equal(ephemeris.Epochs[i], state.Epoch);
        }
    }

    [Fact]
    public void LagrangeReproducesPolynomialsOfItsDegree()
    {
        // Degree 3 Lagrange on 4 nodes is exact for cubics (positions and velocities interpolated separately).
        static (Vector3d P, Vector3d V) Cubic(double t)
        {
            double p = 1000.0 + (2.0 * t) - (0.03 * t * t) + (1e-4 * t * t * t);
            double v = 2.0 - (0.06 * t) + (3e-4 * t * t);
            return (new Vector3d(p, -p, 2 * p), new Vector3d(v, -v, 2 * v));
        }

        Ephemeris ephemeris = Sample(Cubic, 12, 10.0, EphemerisInterpolation.Lagrange, 3);
        foreach (double t in new[] { 3.0, 17.5, 55.5, 104.0 })
        {
            CartesianState state = ephemeris.Interpolate(s_start + Duration.FromSeconds(t));
            (Vector3d p, Vector3d v) = Cubic(t);
            Assert.Equal(p.X, state.PositionMeters.X, 1e-8);
            Assert.Equal(p.Z, state.PositionMeters.Z, 1e-8);
            Assert.Equal(v.Y, state.VelocityMetersPerSecond.Y, 1e-10);
        }
    }

    [Fact]
    public void HermiteReproducesPolynomialsOfItsDegree()
    {
        // Hermite on N + 1 = 3 nodes (degree 2 requested) with derivatives is exact for polynomials of degree 2·3 − 1 = 5.
        static (Vector3d P, Vector3d V) Quintic(double t)
        {
            double u = t / 10.0;
            double p = 5.0 - (3.0 * u) + (2.0 * u * u) - (u * u * u) + (0.5 * u * u * u * u) - (0.02 * u * u * u * u * u);
            double dp = (-3.0 + (4.0 * u) - (3.0 * u * u) + (2.0 * u * u * u) - (0.1 * u * u * u * u)) / 10.0;
            return (new Vector3d(p, 3 * p, -p), new Vector3d(dp, 3 * dp, -dp));
        }

        Ephemeris ephemeris = Sample(Quintic, 10, 10.0, EphemerisInterpolation.Hermite, 2);
        foreach (double t in new[] { 1.0, 14.0, 45.0, 88.8 })
        {
            CartesianState state = ephemeris.Interpolate(s_start + Duration.FromSeconds(t));
            (Vector3d p, Vector3d v) = Quintic(t);
            Assert.Equal(p.X, state.PositionMeters.X, 1e-9);
            Assert.Equal(p.Y, state.PositionMeters.Y, 1e-9);
            Assert.Equal(v.X, state.VelocityMetersPerSecond.X, 1e-11);
        }
    }
}
