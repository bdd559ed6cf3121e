using Concord.Astro.Mathematics;

namespace Concord.Astro.Tests.Mathematics;

public sealed class Matrix3x3dTests
{
    private static readonly Matrix3x3d s_a = new(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 10.0);
    private static readonly Matrix3x3d s_b = new(2.0, 0.0, 1.0, -1.0, 3.0, 0.0, 0.5, 1.0, -2.0);

    [Fact]
    public void RotationsAreFrameRotationsAsInVallado()
    {
        // Vallado (2013) §3.3: ROT3(θ) = [[c, s, 0], [−s, c, 0], [0, 0, 1]]; a vector fixed in space appears turned by −θ.
        const double angle = 0.3;
        (double s, double c) = Math.SinCos(angle);

        Assert.Equal(new Vector3d(c, -s, 0.0), Matrix3x3d.RotationZ(angle) * new Vector3d(1.0, 0.0, 0.0));
        Assert.Equal(new Vector3d(0.0, c, -s), Matrix3x3d.RotationX(angle) * new Vector3d(0.0, 1.0, 0.0));
        Assert.Equal(new Vector3d(-s, 0.0, c), Matrix3x3d.RotationY(angle) * new Vector3d(0.0, 0.0, 1.0));
    }

    [Fact]
    public void ProductMatchesHandComputation()
    {
        // Row 1 of A·B: (1·2 + 2·(−1) + 3·0.5, 1·0 + 2·3 + 3·1, 1·1 + 0 + 3·(−2)) = (1.5, 9, −5).
        Matrix3x3d product = s_a * s_b;

        Assert.Equal(new Vector3d(1.5, 9.0, -5.0), product.Row1);
        Assert.Equal(new Vector3d(6.0, 21.0, -8.0), product.Row2);
        Assert.Equal(new Vector3d(11.0, 34.0, -13.0), product.Row3);
        Assert.Equal(s_a * (s_b * new Vector3d(1.0, -2.0, 0.5)), product * new Vector3d(1.0, -2.0, 0.5));
    }

    [Fact]
    public void TransposeRowsAndColumns()
    {
        Assert.Equal(s_a.Column2, s_a.Transpose().Row2);
        Assert.Equal(s_a, Matrix3x3d.FromRows(s_a.Row1, s_a.Row2, s_a.Row3));
        Assert.Equal(s_a, Matrix3x3d.FromColumns(s_a.Column1, s_a.Column2, s_a.Column3));
        Assert.Equal(s_a.M23, s_a[1, 2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => s_a[3, 0]);
    }

    [Fact]
    public void DeterminantAndArithmetic()
    {
        Assert.Equal(-3.0, s_a.Determinant, 1e-12);
        Assert.Equal(1.0, (Matrix3x3d.RotationX(0.2) * Matrix3x3d.RotationY(-1.1) * Matrix3x3d.RotationZ(2.5)).Determinant, 1e-15);
        Assert.Equal(s_a * 2.0, s_a + s_a);
        Assert.Equal(2.0 * s_a - s_a, s_a);
    }

    [Fact]
    public void RotateCovarianceIsRCRt()
    {
        Matrix3x3d r = Matrix3x3d.RotationZ(0.4) * Matrix3x3d.RotationX(-0.7);
        var covariance = new Matrix3x3d(4.0, 0.5, 0.1, 0.5, 9.0, -0.3, 0.1, -0.3, 1.0);

        Matrix3x3d rotated = r.RotateCovariance(covariance);

        Assert.True(MatrixAssert.MaxDifference(r * covariance * r.Transpose(), rotated) < 1e-14);
        // Trace is invariant under rotation.
        Assert.Equal(14.0, rotated.M11 + rotated.M22 + rotated.M33, 1e-13);
    }

    [Fact]
    public void RotateCovariance6x6MatchesExplicitBlockProduct()
    {
        Matrix3x3d r = Matrix3x3d.RotationY(0.9) * Matrix3x3d.RotationZ(-0.2);
        double[] covariance = new double[36];
        for (int i = 0; i < 6; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double value = i == j ? 10.0 + i : 0.1 * (i + 1) * (j - 2.5);
                covariance[(i * 6) + j] = value;
                covariance[(j * 6) + i] = value;
            }
        }

        double[] result = new double[36];
        r.RotateCovariance6x6(covariance, result);

        double[] r6 = new double[36];
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                r6[(i * 6) + j] = r[i, j];
                r6[((i + 3) * 6) + j + 3] = r[i, j];
            }
        }

        for (int i = 0; i < 6; i++)
        {
            for (int j = 0; j < 6; j++)
            {
                double expected = 0.0;
                for (int k = 0; k < 6; k++)
                {
                    for (int l = 0; l < 6; l++)
                    {
                        expected += r6[(i * 6) + k] * covariance[(k * 6) + l] * r6[(j * 6) + l];
                    }
                }

                Assert.Equal(expected, result[(i * 6) + j], 1e-13);
            }
        }

        Assert.Throws<ArgumentException>(() => r.RotateCovariance6x6(covariance, covariance));
        Assert.Throws<ArgumentException>(() => r.RotateCovariance6x6(new double[35], result));
    }
}
