namespace Concord.Astro.Mathematics;

/// <summary>A 3×3 matrix of doubles, row-major (<c>M12</c> is row 1, column 2). Used for frame rotations and
/// 3×3 covariance blocks; the unit of the elements is given by whatever holds the matrix.</summary>
/// <remarks>
/// <para>Rotation matrices here are <em>frame</em> (passive) rotations, as in Vallado (2013) §3.3 "ROT1/ROT2/ROT3"
/// and the IERS Conventions: <see cref="RotationX"/>(α) re-expresses a fixed vector in axes turned by +α about x,
/// so <c>RotationZ(θ) · (1, 0, 0) = (cos θ, −sin θ, 0)</c>.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="M11">Row 1, column 1.</param>
/// <param name="M12">Row 1, column 2.</param>
/// <param name="M13">Row 1, column 3.</param>
/// <param name="M21">Row 2, column 1.</param>
/// <param name="M22">Row 2, column 2.</param>
/// <param name="M23">Row 2, column 3.</param>
/// <param name="M31">Row 3, column 1.</param>
/// <param name="M32">Row 3, column 2.</param>
/// <param name="M33">Row 3, column 3.</param>
public readonly record struct Matrix3x3d(
    double M11, double M12, double M13,
    double M21, double M22, double M23,
    double M31, double M32, double M33)
{
    private const int CovarianceDimension = 6;

    /// <summary>The identity matrix.</summary>
    public static Matrix3x3d Identity { get; } = new(1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0);

    /// <summary>The matrix whose rows are <paramref name="row1"/>, <paramref name="row2"/> and <paramref name="row3"/>.</summary>
    public static Matrix3x3d FromRows(Vector3d row1, Vector3d row2, Vector3d row3)
        => new(row1.X, row1.Y, row1.Z, row2.X, row2.Y, row2.Z, row3.X, row3.Y, row3.Z);

    /// <summary>The matrix whose columns are <paramref name="column1"/>, <paramref name="column2"/> and <paramref name="column3"/>.</summary>
    public static Matrix3x3d FromColumns(Vector3d column1, Vector3d column2, Vector3d column3)
        => new(column1.X, column2.X, column3.X, column1.Y, column2.Y, column3.Y, column1.Z, column2.Z, column3.Z);

    /// <summary>Frame rotation by <paramref name="angleRadians"/> about the x axis (Vallado's ROT1):
    /// rows (1, 0, 0), (0, cos, sin), (0, −sin, cos).</summary>
    public static Matrix3x3d RotationX(double angleRadians)
    {
        (double s, double c) = Math.SinCos(angleRadians);
        return new Matrix3x3d(1.0, 0.0, 0.0, 0.0, c, s, 0.0, -s, c);
    }

    /// <summary>Frame rotation by <paramref name="angleRadians"/> about the y axis (Vallado's ROT2):
    /// rows (cos, 0, −sin), (0, 1, 0), (sin, 0, cos).</summary>
    public static Matrix3x3d RotationY(double angleRadians)
    {
        (double s, double c) = Math.SinCos(angleRadians);
        return new Matrix3x3d(c, 0.0, -s, 0.0, 1.0, 0.0, s, 0.0, c);
    }

    /// <summary>Frame rotation by <paramref name="angleRadians"/> about the z axis (Vallado's ROT3):
    /// rows (cos, sin, 0), (−sin, cos, 0), (0, 0, 1).</summary>
    public static Matrix3x3d RotationZ(double angleRadians)
    {
        (double s, double c) = Math.SinCos(angleRadians);
        return new Matrix3x3d(c, s, 0.0, -s, c, 0.0, 0.0, 0.0, 1.0);
    }

    /// <summary>Row 1 as a vector.</summary>
    public Vector3d Row1 => new(M11, M12, M13);

    /// <summary>Row 2 as a vector.</summary>
    public Vector3d Row2 => new(M21, M22, M23);

    /// <summary>Row 3 as a vector.</summary>
    public Vector3d Row3 => new(M31, M32, M33);

    /// <summary>Column 1 as a vector.</summary>
    public Vector3d Column1 => new(M11, M21, M31);

    /// <summary>Column 2 as a vector.</summary>
    public Vector3d Column2 => new(M12, M22, M32);

    /// <summary>Column 3 as a vector.</summary>
    public Vector3d Column3 => new(M13, M23, M33);

    /// <summary>The element at zero-based <paramref name="row"/> and <paramref name="column"/> (0-2 each).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside 0-2.</exception>
    public double this[int row, int column] => (row, column) switch
    {
        (0, 0) => M11,
        (0, 1) => M12,
        (0, 2) => M13,
        (1, 0) => M21,
        (1, 1) => M22,
        (1, 2) => M23,
        (2, 0) => M31,
        (2, 1) => M32,
        (2, 2) => M33,
        _ => throw new ArgumentOutOfRangeException(nameof(row), $"({row}, {column}) is outside a 3×3 matrix."),
    };

    /// <summary>The transpose (the inverse, for a rotation).</summary>
    public Matrix3x3d Transpose() => new(M11, M21, M31, M12, M22, M32, M13, M23, M33);

    /// <summary>The determinant (+1 for a proper rotation).</summary>
    public double Determinant
        => (M11 * ((M22 * M33) - (M23 * M32))) - (M12 * ((M21 * M33) - (M23 * M31))) + (M13 * ((M21 * M32) - (M22 * M31)));

    /// <summary><c>this · <paramref name="matrix"/> · thisᵀ</c>: re-expresses a covariance (or any second-order tensor)
    /// given in the source axes of this rotation in its target axes.</summary>
    public Matrix3x3d RotateCovariance(Matrix3x3d matrix) => this * matrix * Transpose();

    /// <summary>Rotates a 6×6 position-velocity covariance: <c>C′ = R₆ C R₆ᵀ</c> with <c>R₆ = diag(this, this)</c>.</summary>
    /// <remarks>Both spans are row-major, 36 elements (position rows first, then velocity, as the CCSDS CDM orders
    /// <c>CR_R … CNDOT_NDOT</c>). This rotates velocity components as plain vectors, so it is exact between
    /// inertial frames and between an inertial frame and the <em>non-rotating</em> RTN axes of a state (the CCSDS
    /// convention); it does not add the ω×ρ coupling of a rotating frame. <paramref name="result"/> may not overlap
    /// <paramref name="covariance"/>. No allocation.</remarks>
    /// <exception cref="ArgumentException">A span does not hold 36 elements, or the spans overlap.</exception>
    public void RotateCovariance6x6(ReadOnlySpan<double> covariance, Span<double> result)
    {
        const int elementCount = CovarianceDimension * CovarianceDimension;
        if (covariance.Length != elementCount)
        {
            throw new ArgumentException("A 6×6 covariance has 36 elements.", nameof(covariance));
        }

        if (result.Length != elementCount)
        {
            throw new ArgumentException("A 6×6 covariance has 36 elements.", nameof(result));
        }

        if (covariance.Overlaps(result))
        {
            throw new ArgumentException("The result may not overlap the input.", nameof(result));
        }

        // result[i, j] = Σ_k Σ_l R6[i, k] C[k, l] R6[j, l], where R6 is zero off the two diagonal 3×3 blocks.
        for (int i = 0; i < CovarianceDimension; i++)
        {
            int blockI = i / 3 * 3;
            for (int j = 0; j < CovarianceDimension; j++)
            {
                int blockJ = j / 3 * 3;
                double sum = 0.0;
                for (int k = 0; k < 3; k++)
                {
                    double rik = this[i - blockI, k];
                    if (rik == 0.0)
                    {
                        continue;
                    }

                    for (int l = 0; l < 3; l++)
                    {
                        sum += rik * covariance[((blockI + k) * CovarianceDimension) + blockJ + l] * this[j - blockJ, l];
                    }
                }

                result[(i * CovarianceDimension) + j] = sum;
            }
        }
    }

    /// <summary>Matrix product <c>a · b</c>.</summary>
    public static Matrix3x3d operator *(Matrix3x3d a, Matrix3x3d b) => new(
        (a.M11 * b.M11) + (a.M12 * b.M21) + (a.M13 * b.M31),
        (a.M11 * b.M12) + (a.M12 * b.M22) + (a.M13 * b.M32),
        (a.M11 * b.M13) + (a.M12 * b.M23) + (a.M13 * b.M33),
        (a.M21 * b.M11) + (a.M22 * b.M21) + (a.M23 * b.M31),
        (a.M21 * b.M12) + (a.M22 * b.M22) + (a.M23 * b.M32),
        (a.M21 * b.M13) + (a.M22 * b.M23) + (a.M23 * b.M33),
        (a.M31 * b.M11) + (a.M32 * b.M21) + (a.M33 * b.M31),
        (a.M31 * b.M12) + (a.M32 * b.M22) + (a.M33 * b.M32),
        (a.M31 * b.M13) + (a.M32 * b.M23) + (a.M33 * b.M33));

    /// <summary>Matrix-vector product <c>m · v</c> (re-expresses <paramref name="v"/> in the target axes of a rotation).</summary>
    public static Vector3d operator *(Matrix3x3d m, Vector3d v) => new(
        (m.M11 * v.X) + (m.M12 * v.Y) + (m.M13 * v.Z),
        (m.M21 * v.X) + (m.M22 * v.Y) + (m.M23 * v.Z),
        (m.M31 * v.X) + (m.M32 * v.Y) + (m.M33 * v.Z));

    /// <summary>Element-wise sum.</summary>
    public static Matrix3x3d operator +(Matrix3x3d a, Matrix3x3d b) => new(
        a.M11 + b.M11, a.M12 + b.M12, a.M13 + b.M13,
        a.M21 + b.M21, a.M22 + b.M22, a.M23 + b.M23,
        a.M31 + b.M31, a.M32 + b.M32, a.M33 + b.M33);

    /// <summary>Element-wise difference.</summary>
    public static Matrix3x3d operator -(Matrix3x3d a, Matrix3x3d b) => new(
        a.M11 - b.M11, a.M12 - b.M12, a.M13 - b.M13,
        a.M21 - b.M21, a.M22 - b.M22, a.M23 - b.M23,
        a.M31 - b.M31, a.M32 - b.M32, a.M33 - b.M33);

    /// <summary>Scaling.</summary>
    public static Matrix3x3d operator *(Matrix3x3d m, double s) => new(
        m.M11 * s, m.M12 * s, m.M13 * s, m.M21 * s, m.M22 * s, m.M23 * s, m.M31 * s, m.M32 * s, m.M33 * s);

    /// <summary>Scaling.</summary>
    public static Matrix3x3d operator *(double s, Matrix3x3d m) => m * s;
}
