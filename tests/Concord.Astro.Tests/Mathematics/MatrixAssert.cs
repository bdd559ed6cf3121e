using Concord.Astro.Mathematics;

namespace Concord.Astro.Tests.Mathematics;

/// <summary>Matrix comparisons for tests.</summary>
internal static class MatrixAssert
{
    /// <summary>Largest absolute element of a − b.</summary>
    public static double MaxDifference(Matrix3x3d a, Matrix3x3d b)
    {
        double worst = 0.0;
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                worst = Math.Max(worst, Math.Abs(a[i, j] - b[i, j]));
            }
        }

        return worst;
    }
}
