namespace Concord.Astro.Ephemerides;

/// <summary>
/// Allocation-free polynomial interpolation kernels over spans (R17): nodes are seconds from a reference epoch, values are one
/// Cartesian component.
/// </summary>
internal static class InterpolationKernels
{
    /// <summary>The largest window the stack-allocating Hermite kernel accepts (2 × 32 doubly counted nodes).</summary>
    public const int MaxNodes = 32;

    /// <summary>
    /// Barycentric weights w_j = 1 / Π_{k≠j} (x_j − x_k) (Berrut &amp; Trefethen 2004, eq. 3.3).
    /// </summary>
    public static void BarycentricWeights(ReadOnlySpan<double> x, Span<double> w)
    {
        for (int j = 0; j < x.Length; j++)
        {
            double product = 1.0;
            for (int k = 0; k < x.Length; k++)
            {
                if (k != j)
                {
                    product *= x[j] - x[k];
                }
            }

            w[j] = 1.0 / product;
        }
    }

    /// <summary>
    /// The second (true) barycentric form p(t) = Σ w_j f_j / (t − x_j) ÷ Σ w_j / (t − x_j) (Berrut &amp; Trefethen 2004, eq. 4.2);
    /// returns f_j exactly when t is a node.
    /// </summary>
    public static double Lagrange(ReadOnlySpan<double> x, ReadOnlySpan<double> w, ReadOnlySpan<double> f, double t)
    {
        double numerator = 0.0;
        double denominator = 0.0;
        for (int j = 0; j < x.Length; j++)
        {
            double difference = t - x[j];
            if (difference == 0.0)
            {
                return f[j];
            }

            double term = w[j] / difference;
            numerator += term * f[j];
            denominator += term;
        }

        return numerator / denominator;
    }

    /// <summary>
    /// Hermite interpolation of values f and derivatives df at nodes x, evaluated with its derivative at t: Newton divided
    /// differences on doubled nodes z_{2i} = z_{2i+1} = x_i (R. L. Burden and J. D. Faires, Numerical Analysis, 9th ed., §3.4,
    /// Algorithm 3.3), then Horner's rule for the Newton form and its derivative. n nodes give degree 2n − 1.
    /// </summary>
    public static void Hermite(ReadOnlySpan<double> x, ReadOnlySpan<double> f, ReadOnlySpan<double> df, double t, out double value, out double derivative)
    {
        int n = 2 * x.Length;
        Span<double> z = stackalloc double[2 * MaxNodes];
        Span<double> q = stackalloc double[2 * MaxNodes];
        for (int i = 0; i < x.Length; i++)
        {
            z[2 * i] = x[i];
            z[(2 * i) + 1] = x[i];
            q[2 * i] = f[i];
            q[(2 * i) + 1] = f[i];
        }

        // In place: after pass `order`, q[j] holds f[z_{j−order}, …, z_j] for j ≥ order.
        for (int order = 1; order < n; order++)
        {
            for (int j = n - 1; j >= order; j--)
            {
                if (order == 1 && (j & 1) == 1)
                {
                    q[j] = df[j / 2];
                }
                else
                {
                    q[j] = (q[j] - q[j - 1]) / (z[j] - z[j - order]);
                }
            }
        }

        double p = q[n - 1];
        double dp = 0.0;
        for (int k = n - 2; k >= 0; k--)
        {
            double factor = t - z[k];
            dp = (dp * factor) + p;
            p = (p * factor) + q[k];
        }

        value = p;
        derivative = dp;
    }
}
