using System.Collections.Immutable;
using Concord.Astro.Conjunctions.Probability;
using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Time;

namespace Concord.Astro.Tests.Conjunctions.Probability;

public sealed class RtnCovarianceTests
{
    private const double Mu = 3.986004418e14;

    [Fact]
    public void PositionBlock_RoundTripsThroughTheLowerTriangle()
    {
        var block = new Matrix3x3d(4.0, 1.0, 2.0, 1.0, 9.0, 3.0, 2.0, 3.0, 16.0);

        ImmutableArray<double> terms = RtnCovariance.FromPositionBlock(block);

        Assert.Equal(21, terms.Length);
        Assert.Equal([4.0, 1.0, 9.0, 2.0, 3.0, 16.0], terms.Take(6));
        Assert.All(terms.Skip(6), t => Assert.Equal(0.0, t));
        Assert.Equal(block, RtnCovariance.PositionBlock(terms));
    }

    [Fact]
    public void Rotate_ByAQuarterTurnAboutZ_SwapsTheFirstTwoAxes_AndKeepsTheTrace()
    {
        // Position variances 1, 4, 9 and velocity variances 0.01, 0.04, 0.09 on the diagonal (terms 0, 2, 5, 9, 14, 20).
        var terms = new double[21];
        (terms[0], terms[2], terms[5], terms[9], terms[14], terms[20]) = (1.0, 4.0, 9.0, 0.01, 0.04, 0.09);

        ImmutableArray<double> rotated = RtnCovariance.Rotate([.. terms], Matrix3x3d.RotationZ(Math.PI / 2.0));

        Assert.Equal(4.0, rotated[0], 12);
        Assert.Equal(1.0, rotated[2], 12);
        Assert.Equal(9.0, rotated[5], 12);
        Assert.Equal(0.04, rotated[9], 12);
        Assert.Equal(0.01, rotated[14], 12);
        Assert.Equal(0.09, rotated[20], 12);
        Assert.Equal(0.0, rotated[1], 12);
    }

    [Fact]
    public void Rotate_ByTheIdentity_ChangesNothing()
    {
        ImmutableArray<double> terms = [.. Enumerable.Range(1, 21).Select(i => (double)i)];

        Assert.Equal(terms, RtnCovariance.Rotate(terms, Matrix3x3d.Identity));
    }

    [Theory]
    [InlineData(6_378_137.0 + 420_000.0, "flohrer2008-t2-circular-hp-lt-800km-i-lt-30deg")]
    [InlineData(6_378_137.0 + 1_550_000.0, "flohrer2008-t2-circular-hp-800-25000km-i-lt-30deg")]
    [InlineData(42_164_000.0, "flohrer2008-t2-circular-hp-ge-25000km-i-lt-30deg")]
    public void DefaultForState_OfACircularEquatorialOrbit_IsItsAltitudesCell(double radiusMeters, string expected)
    {
        double speed = Math.Sqrt(Mu / radiusMeters);
        var state = new CartesianState(Epoch.FromUtc(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)), ReferenceFrame.Teme,
            new Vector3d(radiusMeters, 0.0, 0.0), new Vector3d(0.0, speed, 0.0));

        Assert.Equal(expected, DefaultCovariance.ForState(state).Cell);
    }

    [Fact]
    public void DefaultForState_OfAnUnboundState_CountsAsCircularAtItsRadius()
    {
        const double radius = 6_378_137.0 + 420_000.0;
        var state = new CartesianState(Epoch.FromUtc(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)), ReferenceFrame.Teme,
            new Vector3d(radius, 0.0, 0.0), new Vector3d(0.0, 2.0 * Math.Sqrt(Mu / radius), 0.0));

        Assert.Equal("flohrer2008-t2-circular-hp-lt-800km-i-lt-30deg", DefaultCovariance.ForState(state).Cell);
    }

    [Fact]
    public void DefaultForState_TakesTheInclinationFromTheAngularMomentum()
    {
        const double radius = 6_378_137.0 + 420_000.0;
        double speed = Math.Sqrt(Mu / radius);
        double inclination = double.DegreesToRadians(51.6);
        var state = new CartesianState(Epoch.FromUtc(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)), ReferenceFrame.Teme,
            new Vector3d(radius, 0.0, 0.0), new Vector3d(0.0, speed * Math.Cos(inclination), speed * Math.Sin(inclination)));

        Assert.Equal("flohrer2008-t2-circular-hp-lt-800km-i-30-60deg", DefaultCovariance.ForState(state).Cell);
    }
}
