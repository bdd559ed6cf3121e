using System.Collections.Immutable;
using Concord.Astro.Ephemerides;
using Concord.Astro.Time;

namespace Concord.Astro.Tests.Ephemerides;

public sealed partial class EphemerisTests
{
    [Fact]
    public void OutsideTheUseableIntervalIsATypedResult()
    {
        Epoch useableStart = s_start + Duration.FromSeconds(120);
        Epoch useableStop = s_start + Duration.FromSeconds(600);
        Ephemeris ephemeris = Sample(Circular, 20, 60.0, EphemerisInterpolation.Hermite, 5, useableStart, useableStop);

        Assert.Equal(EphemerisInterpolationStatus.BeforeUseableStart, ephemeris.TryInterpolate(s_start + Duration.FromSeconds(60)).Status);
        Assert.Equal(EphemerisInterpolationStatus.AfterUseableStop, ephemeris.TryInterpolate(s_start + Duration.FromSeconds(601)).Status);
        Assert.True(ephemeris.TryInterpolate(useableStart).Success);
        Assert.True(ephemeris.TryInterpolate(useableStop).Success);
        Assert.Throws<ArgumentOutOfRangeException>(() => ephemeris.Interpolate(s_start - Duration.FromSeconds(1)));
    }

    [Fact]
    public void NonIncreasingEpochsAreRejected()
    {
        Ephemeris ephemeris = Sample(Circular, 5, 60.0, EphemerisInterpolation.Lagrange, 3);
        Assert.Throws<ArgumentException>(() => Ephemeris.Create(ephemeris.Frame, ephemeris.Epochs.Reverse().ToImmutableArray(),
            ephemeris.PositionsMeters, ephemeris.VelocitiesMetersPerSecond, EphemerisInterpolation.Lagrange, 3));
    }
}
