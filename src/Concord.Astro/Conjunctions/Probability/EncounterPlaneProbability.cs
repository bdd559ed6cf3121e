using Concord.Astro.Mathematics;

namespace Concord.Astro.Conjunctions.Probability;

/// <summary>Short-term-encounter 2-D probability of collision from quantities already in the encounter plane.</summary>
/// <remarks>
/// <para>Inputs: the miss vector of the secondary relative to the primary, resolved along the principal axes of the
/// combined (primary + secondary) position covariance projected on the encounter plane, the standard deviations along
/// those axes, and the combined hard-body radius; all in m (any consistent length unit works). Assumes linear relative
/// motion, Gaussian position errors and no velocity uncertainty.</para>
/// <para>Input policy (R13): a sigma that is zero, negative, infinite or NaN is bad data from another source and gives
/// <see cref="CollisionProbabilityStatus.CovarianceNotPositiveDefinite"/> with no value. A non-finite miss component,
/// or a negative or NaN radius, is a caller bug and throws <see cref="ArgumentOutOfRangeException"/>. A radius of 0
/// gives 0 and a radius of +∞ gives 1.</para>
/// <para>Thread-safe: pure functions.</para>
/// </remarks>
public static class EncounterPlaneProbability
{
    private const double RelativeTolerance = 1e-13;

    // Refinement aims at RelativeTolerance, but below ~1e-12 the Gauss–Kronrod error estimate reaches the rounding floor of
    // the erf differences on some real cases (CARA's 53 operational CDMs include 7 such), so the result is accepted as
    // converged at 1e-9 relative: ten times tighter than CARA's 1e-8 port tolerance for analytic 2-D values.
    private const double AcceptedRelativeError = 1e-9;
    private const int MaxIntervals = 4000;

    // Offsets, in sigmas, of the breakpoints placed around the Gaussian peak so that the adaptive rule cannot step over a
    // peak that is narrow compared with the disc (Alfano case 5: σx = 0.037 m, R = 10 m).
    private static readonly double[] s_peakOffsetsSigma = [-12.0, -6.0, -3.0, -1.0, 0.0, 1.0, 3.0, 6.0, 12.0];

    // Gauss–Kronrod 7/15 nodes and weights (Piessens et al. 1983, QUADPACK qk15).
    private static readonly double[] s_kronrodNodes =
    [
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.0,
    ];

    private static readonly double[] s_kronrodWeights =
    [
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
    ];

    // Gauss weights for Kronrod nodes 1, 3, 5 (and the centre, index 7).
    private static readonly double[] s_gaussWeights =
    [
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327,
    ];

    /// <summary>The exact probability that the relative position falls inside the hard-body disc: the integral of the
    /// bivariate normal density over the disc (Foster &amp; Estes 1992, "A parametric analysis of orbital debris
    /// collision probability and maneuver rate for space vehicles", NASA JSC-25898).</summary>
    /// <param name="missXMeters">Miss component along the first principal axis, in m.</param>
    /// <param name="missYMeters">Miss component along the second principal axis, in m.</param>
    /// <param name="sigmaXMeters">Combined standard deviation along the first axis, in m (&gt; 0).</param>
    /// <param name="sigmaYMeters">Combined standard deviation along the second axis, in m (&gt; 0).</param>
    /// <param name="hardBodyRadiusMeters">Combined hard-body radius, in m (≥ 0, may be +∞).</param>
    /// <returns>The probability with <see cref="CollisionProbabilityMethod.Foster2D"/>.</returns>
    /// <remarks>
    /// <para>Pc = 1/(√(8π) σx) ∫₋ᵣᴿ [erf((ym + √(R² − x²))/(√2 σy)) − erf((ym − √(R² − x²))/(√2 σy))]
    /// exp(−(x − xm)²/(2σx²)) dx, with the axes swapped so that x has the smaller sigma, the substitution x = R sin θ to
    /// remove the square-root end singularities, breakpoints at xm + {0, ±1, ±3, ±6, ±12} σx, and global adaptive
    /// Gauss–Kronrod 7/15 to a relative error estimate of 1e-13. The erf difference is taken as a difference of erfc
    /// values in the tails, so results keep their relative accuracy down to about 1e-300.</para>
    /// <para>Agrees with Orekit's Laas2015/Patera2005 values to all printed digits and with CARA's exact integral to
    /// about 1e-12 relative (see EncounterPlaneProbabilityTests).</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A miss component is not finite, or the radius is negative or NaN.</exception>
    public static CollisionProbability Foster(
        double missXMeters,
        double missYMeters,
        double sigmaXMeters,
        double sigmaYMeters,
        double hardBodyRadiusMeters)
    {
        const CollisionProbabilityMethod method = CollisionProbabilityMethod.Foster2D;
        CollisionProbabilityStatus? invalid = Validate(missXMeters, missYMeters, sigmaXMeters, sigmaYMeters, hardBodyRadiusMeters);
        if (invalid is { } status)
        {
            return CollisionProbability.Failed(method, status);
        }

        if (hardBodyRadiusMeters == 0.0)
        {
            return CollisionProbability.Computed(0.0, method);
        }

        if (double.IsPositiveInfinity(hardBodyRadiusMeters))
        {
            return CollisionProbability.Computed(1.0, method);
        }

        // Integrate across the axis with the smaller sigma: its Gaussian is the sharp factor, handled by breakpoints,
        // and the erf factor across the wider axis then varies smoothly.
        double xm = missXMeters;
        double ym = missYMeters;
        double sx = sigmaXMeters;
        double sy = sigmaYMeters;
        if (sx > sy)
        {
            (xm, ym) = (ym, xm);
            (sx, sy) = (sy, sx);
        }

        var integrand = new FosterIntegrand(xm, ym, sx, sy, hardBodyRadiusMeters);
        bool converged = Integrate(integrand, BreakpointsTheta(xm, sx, hardBodyRadiusMeters), out double integral);
        double pc = integral / (Math.Sqrt(8.0 * Math.PI) * sx);
        return converged
            ? CollisionProbability.Computed(pc, method)
            : new CollisionProbability(Math.Clamp(pc, 0.0, 1.0), method, false, CollisionProbabilityStatus.IntegrationNotConverged);
    }

    /// <summary>The exact 2-D probability (<see cref="Foster(double, double, double, double, double)"/>) for two states
    /// at TCA with 3×3 position covariances, projected with <see cref="EncounterPlane.TryProject"/> (CARA's full
    /// miss-distance convention).</summary>
    /// <param name="primaryPositionMeters">Primary position at TCA, in m (inertial).</param>
    /// <param name="primaryVelocityMetersPerSecond">Primary velocity at TCA, in m/s (same frame).</param>
    /// <param name="primaryCovarianceSquareMeters">Primary 3×3 position covariance, in m² (same frame).</param>
    /// <param name="secondaryPositionMeters">Secondary position at TCA, in m.</param>
    /// <param name="secondaryVelocityMetersPerSecond">Secondary velocity at TCA, in m/s.</param>
    /// <param name="secondaryCovarianceSquareMeters">Secondary 3×3 position covariance, in m².</param>
    /// <param name="hardBodyRadiusMeters">Combined hard-body radius, in m (≥ 0, may be +∞).</param>
    /// <returns>The probability, or no value with the projection's status.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The radius is negative or NaN.</exception>
    public static CollisionProbability Foster(
        Vector3d primaryPositionMeters,
        Vector3d primaryVelocityMetersPerSecond,
        Matrix3x3d primaryCovarianceSquareMeters,
        Vector3d secondaryPositionMeters,
        Vector3d secondaryVelocityMetersPerSecond,
        Matrix3x3d secondaryCovarianceSquareMeters,
        double hardBodyRadiusMeters)
    {
        if (double.IsNaN(hardBodyRadiusMeters) || hardBodyRadiusMeters < 0.0)
        {
            throw new ArgumentOutOfRangeException(nameof(hardBodyRadiusMeters), hardBodyRadiusMeters, "The hard-body radius must be ≥ 0.");
        }

        CollisionProbabilityStatus status = EncounterPlane.TryProject(
            primaryPositionMeters,
            primaryVelocityMetersPerSecond,
            primaryCovarianceSquareMeters,
            secondaryPositionMeters,
            secondaryVelocityMetersPerSecond,
            secondaryCovarianceSquareMeters,
            out EncounterPlaneProjection p);
        if (status != CollisionProbabilityStatus.Ok)
        {
            return CollisionProbability.Failed(CollisionProbabilityMethod.Foster2D, status);
        }

        return Foster(p.MissXMeters, p.MissYMeters, p.SigmaXMeters, p.SigmaYMeters, hardBodyRadiusMeters);
    }

    /// <summary>Chan's series approximation (Chan 1997, "Collision probability analyses for Earth orbiting
    /// satellites", Adv. Astronaut. Sci. 96, 1033–1048; Chan 2008, "Spacecraft Collision Probability", Aerospace
    /// Press): the ellipse is replaced by the circle of equal area and the probability is the Rician series
    /// Pc = Σₘ₌₀^(M−1) e^(−v/2) (v/2)ᵐ/m! [1 − e^(−u/2) Σₖ₌₀ᵐ (u/2)ᵏ/k!], with u = R²/(σx σy) and
    /// v = xm²/σx² + ym²/σy².</summary>
    /// <param name="missXMeters">Miss component along the first principal axis, in m.</param>
    /// <param name="missYMeters">Miss component along the second principal axis, in m.</param>
    /// <param name="sigmaXMeters">Combined standard deviation along the first axis, in m (&gt; 0).</param>
    /// <param name="sigmaYMeters">Combined standard deviation along the second axis, in m (&gt; 0).</param>
    /// <param name="hardBodyRadiusMeters">Combined hard-body radius, in m (≥ 0, may be +∞).</param>
    /// <returns>The probability with <see cref="CollisionProbabilityMethod.Chan"/>.</returns>
    /// <remarks>The number of terms M follows Chan's recommendation (3, 10, 20 or 60 by the ranges of u and v), as
    /// Orekit's Chan1997 does, so the published Chan values are reproduced. Accurate when R is small compared with the
    /// sigmas; it fails badly when R ≫ σ (Alfano case 5: 1.7e-202 against the exact 0.0445). Use
    /// <see cref="Foster(double, double, double, double, double)"/> for decisions.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A miss component is not finite, or the radius is negative or NaN.</exception>
    public static CollisionProbability Chan(
        double missXMeters,
        double missYMeters,
        double sigmaXMeters,
        double sigmaYMeters,
        double hardBodyRadiusMeters)
    {
        const CollisionProbabilityMethod method = CollisionProbabilityMethod.Chan;
        CollisionProbabilityStatus? invalid = Validate(missXMeters, missYMeters, sigmaXMeters, sigmaYMeters, hardBodyRadiusMeters);
        if (invalid is { } status)
        {
            return CollisionProbability.Failed(method, status);
        }

        if (double.IsPositiveInfinity(hardBodyRadiusMeters))
        {
            return CollisionProbability.Computed(1.0, method);
        }

        double u = hardBodyRadiusMeters * hardBodyRadiusMeters / (sigmaXMeters * sigmaYMeters);
        double v = missXMeters * missXMeters / (sigmaXMeters * sigmaXMeters)
            + missYMeters * missYMeters / (sigmaYMeters * sigmaYMeters);

        int termCount;
        if (u <= 0.01 || v <= 1.0)
        {
            termCount = 3;
        }
        else if (u <= 1.0 || v <= 9.0)
        {
            termCount = 10;
        }
        else if (u <= 25.0 || v <= 25.0)
        {
            termCount = 20;
        }
        else
        {
            termCount = 60;
        }

        double expHalfV = Math.Exp(-0.5 * v);
        double expHalfUv = Math.Exp(-0.5 * (u + v));
        double vTerm = 1.0; // (v/2)^m / m!
        double uTerm = 1.0; // (u/2)^m / m!
        double uSum = 1.0;  // Σ_{k≤m} (u/2)^k / k!
        double pc = expHalfV - expHalfUv;
        for (int m = 1; m < termCount; m++)
        {
            vTerm *= 0.5 * v / m;
            uTerm *= 0.5 * u / m;
            uSum += uTerm;
            pc += expHalfV * vTerm - expHalfUv * vTerm * uSum;
        }

        return CollisionProbability.Computed(pc, method);
    }

    private static CollisionProbabilityStatus? Validate(double xm, double ym, double sx, double sy, double radius)
    {
        if (!double.IsFinite(xm))
        {
            throw new ArgumentOutOfRangeException("missXMeters", xm, "The miss component must be finite.");
        }

        if (!double.IsFinite(ym))
        {
            throw new ArgumentOutOfRangeException("missYMeters", ym, "The miss component must be finite.");
        }

        if (double.IsNaN(radius) || radius < 0.0)
        {
            throw new ArgumentOutOfRangeException("hardBodyRadiusMeters", radius, "The hard-body radius must be ≥ 0.");
        }

        if (!(sx > 0.0) || !(sy > 0.0) || !double.IsFinite(sx) || !double.IsFinite(sy))
        {
            return CollisionProbabilityStatus.CovarianceNotPositiveDefinite;
        }

        return null;
    }

    private static List<double> BreakpointsTheta(double xm, double sx, double radius)
    {
        var thetas = new List<double>(s_peakOffsetsSigma.Length + 2) { -0.5 * Math.PI, 0.5 * Math.PI };
        foreach (double k in s_peakOffsetsSigma)
        {
            double x = xm + k * sx;
            if (x > -radius && x < radius)
            {
                thetas.Add(Math.Asin(x / radius));
            }
        }

        thetas.Sort();
        return thetas;
    }

    private readonly struct FosterIntegrand(double xm, double ym, double sx, double sy, double radius)
    {
        private readonly double _invSqrt2Sy = 1.0 / (Math.Sqrt(2.0) * sy);

        // f(θ) = D(x, h) exp(−(x − xm)²/(2σx²)) R cos θ with x = R sin θ, h = R cos θ.
        public double Evaluate(double theta)
        {
            (double sin, double cos) = Math.SinCos(theta);
            double x = radius * sin;
            double h = radius * cos;
            if (h <= 0.0)
            {
                return 0.0;
            }

            double dx = (x - xm) / sx;
            double gaussian = Math.Exp(-0.5 * dx * dx);
            if (gaussian == 0.0)
            {
                return 0.0;
            }

            double a = (ym + h) * _invSqrt2Sy;
            double b = (ym - h) * _invSqrt2Sy;
            double d;
            if (b >= 0.0)
            {
                d = ErrorFunction.Erfc(b) - ErrorFunction.Erfc(a);
            }
            else if (a <= 0.0)
            {
                d = ErrorFunction.Erfc(-a) - ErrorFunction.Erfc(-b);
            }
            else
            {
                d = ErrorFunction.Erf(a) - ErrorFunction.Erf(b);
            }

            return d * gaussian * h;
        }
    }

    private readonly record struct Segment(double Lower, double Upper, double Integral, double Error);

    private static Segment Rule(in FosterIntegrand f, double lower, double upper)
    {
        double centre = 0.5 * (lower + upper);
        double halfLength = 0.5 * (upper - lower);
        double fc = f.Evaluate(centre);
        double kronrod = s_kronrodWeights[7] * fc;
        double gauss = s_gaussWeights[3] * fc;
        for (int i = 0; i < 7; i++)
        {
            double offset = halfLength * s_kronrodNodes[i];
            double sum = f.Evaluate(centre - offset) + f.Evaluate(centre + offset);
            kronrod += s_kronrodWeights[i] * sum;
            if (i % 2 == 1)
            {
                gauss += s_gaussWeights[i / 2] * sum;
            }
        }

        return new Segment(lower, upper, kronrod * halfLength, Math.Abs((kronrod - gauss) * halfLength));
    }

    // Global adaptive quadrature: always bisect the segment with the largest error estimate.
    private static bool Integrate(in FosterIntegrand f, List<double> breakpoints, out double integral)
    {
        var queue = new PriorityQueue<Segment, double>();
        double total = 0.0;
        double error = 0.0;
        for (int i = 0; i + 1 < breakpoints.Count; i++)
        {
            if (breakpoints[i + 1] > breakpoints[i])
            {
                Segment s = Rule(f, breakpoints[i], breakpoints[i + 1]);
                total += s.Integral;
                error += s.Error;
                queue.Enqueue(s, -s.Error);
            }
        }

        while (error > RelativeTolerance * Math.Abs(total) && queue.Count < MaxIntervals)
        {
            Segment worst = queue.Dequeue();
            double middle = 0.5 * (worst.Lower + worst.Upper);
            Segment left = Rule(f, worst.Lower, middle);
            Segment right = Rule(f, middle, worst.Upper);
            total += left.Integral + right.Integral - worst.Integral;
            error += left.Error + right.Error - worst.Error;
            queue.Enqueue(left, -left.Error);
            queue.Enqueue(right, -right.Error);
        }

        // Re-sum to drop the rounding accumulated by the running updates.
        total = 0.0;
        error = 0.0;
        while (queue.TryDequeue(out Segment s, out _))
        {
            total += s.Integral;
            error += s.Error;
        }

        integral = total;
        return error <= AcceptedRelativeError * Math.Abs(total) || error == 0.0;
    }
}
