using Concord.Astro.Mathematics;

namespace Concord.Astro.Tests.Mathematics;

/// <summary>Vector comparisons that report the residual in the failure message.</summary>
internal static class VectorAssert
{
    /// <summary>Fails unless every component of <paramref name="actual"/> is within <paramref name="tolerance"/> of <paramref name="expected"/>.</summary>
    public static void Near(Vector3d expected, Vector3d actual, double tolerance, string what)
    {
        Vector3d residual = actual - expected;
        double worst = Math.Max(Math.Abs(residual.X), Math.Max(Math.Abs(residual.Y), Math.Abs(residual.Z)));
        Assert.True(worst <= tolerance, $"{what}: residual {residual} (max |component| {worst:E3}) exceeds {tolerance:E3}.");
    }

    /// <summary>Largest absolute component of a − b.</summary>
    public static double MaxComponentDifference(Vector3d a, Vector3d b)
    {
        Vector3d d = a - b;
        return Math.Max(Math.Abs(d.X), Math.Max(Math.Abs(d.Y), Math.Abs(d.Z)));
    }
}
