using System.Collections.Immutable;
using Concord.Astro.Ephemerides;
using Concord.Astro.Mathematics;

namespace Concord.Hub.Tests.Catalog;

/// <summary>Equality of two ephemerides bit for bit (every double compared by its bits, so −0.0 ≠ 0.0 and NaN = NaN).</summary>
internal static class EphemerisAssert
{
    public static void Identical(Ephemeris expected, Ephemeris actual)
    {
        Assert.Equal((expected.Frame, expected.Interpolation, expected.Degree, expected.UseableStart, expected.UseableStop),
            (actual.Frame, actual.Interpolation, actual.Degree, actual.UseableStart, actual.UseableStop));
        Assert.Equal(expected.Epochs, actual.Epochs);
        Assert.Equal(Bits(expected.PositionsMeters), Bits(actual.PositionsMeters));
        Assert.Equal(Bits(expected.VelocitiesMetersPerSecond), Bits(actual.VelocitiesMetersPerSecond));
        Assert.Equal(expected.Covariances.Length, actual.Covariances.Length);
        for (int i = 0; i < expected.Covariances.Length; i++)
        {
            Assert.Equal((expected.Covariances[i].Epoch, expected.Covariances[i].FrameName), (actual.Covariances[i].Epoch, actual.Covariances[i].FrameName));
            Assert.Equal(expected.Covariances[i].LowerTriangleSi.Select(BitConverter.DoubleToInt64Bits),
                actual.Covariances[i].LowerTriangleSi.Select(BitConverter.DoubleToInt64Bits));
        }
    }

    private static long[] Bits(ImmutableArray<Vector3d> vectors) =>
        [.. vectors.SelectMany(v => new[] { v.X, v.Y, v.Z }).Select(BitConverter.DoubleToInt64Bits)];
}
