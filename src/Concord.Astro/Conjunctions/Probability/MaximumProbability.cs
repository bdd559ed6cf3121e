namespace Concord.Astro.Conjunctions.Probability;

/// <summary>Maximum (worst-case) short-term-encounter collision probabilities, for when the covariance is unknown or
/// not trusted. Every result has <see cref="CollisionProbability.IsUpperBound"/> set.</summary>
/// <remarks>
/// <para>Three variants, from least to most information used:</para>
/// <list type="bullet">
/// <item><see cref="CovarianceFree"/>: only the miss distance and the combined hard-body radius (Alfano 2005); the one
/// operators use for TLE-only objects.</item>
/// <item><see cref="AlfriendScaled"/>: the covariance shape is known, its size is not; closed form of Alfriend et al.
/// (1999) Eq. 21, valid when the radius is small compared with the miss distance.</item>
/// <item><see cref="OverCovarianceScale"/>: the same question answered exactly, by maximising the exact 2-D integral
/// (<see cref="EncounterPlaneProbability.Foster(double, double, double, double, double)"/>) over the scale factor.</item>
/// </list>
/// <para>Input policy as in <see cref="EncounterPlaneProbability"/>: a negative or NaN radius or a non-finite miss is a
/// caller bug and throws; a bad sigma gives <see cref="CollisionProbabilityStatus.CovarianceNotPositiveDefinite"/>.
/// Thread-safe: pure functions.</para>
/// </remarks>
public static class MaximumProbability
{
    private const double GoldenRatioConjugate = 0.6180339887498949;
    private const double ScanStepLogScale = 0.5;
    private const double ScanHalfWidthLogScale = 12.0;
    private const double GoldenSectionToleranceLogScale = 1e-5;
    private const int MaxScanExtensions = 40;

    /// <summary>The largest probability that any Gaussian position error (any size, shape and orientation of the combined
    /// covariance) can give for a miss distance d and a combined hard-body radius R (Alfano 2005, "Relating Position
    /// Uncertainty to Maximum Conjunction Probability", J. Astronaut. Sci. 53(2), 193–205).</summary>
    /// <param name="missDistanceMeters">Miss distance at TCA, in m (≥ 0, finite).</param>
    /// <param name="hardBodyRadiusMeters">Combined hard-body radius, in m (≥ 0, may be +∞).</param>
    /// <returns>The maximum with <see cref="CollisionProbabilityMethod.AlfanoMaximum"/>,
    /// <see cref="CollisionProbability.IsUpperBound"/> and <see cref="CovarianceSource.NotUsed"/>.</returns>
    /// <remarks>
    /// <para>Alfano shows that the maximum grows with the aspect ratio of the covariance ellipse and is reached in the
    /// limit of a one-dimensional error along the miss vector. The probability is then P(|X| ≤ R) with
    /// X ~ N(d, σ²), i.e. ½[erfc((d − R)/(√2σ)) − erfc((d + R)/(√2σ))], and setting its derivative in σ to zero gives
    /// σ² = 2dR / ln((d + R)/(d − R)). For R ≪ d the maximum tends to √(2/(πe)) R/d ≈ 0.484 R/d.</para>
    /// <para>When d ≤ R the nominal positions already overlap and the supremum is 1 (σ → 0). R = 0 gives 0.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The miss distance is negative or not finite, or the radius is
    /// negative or NaN.</exception>
    public static CollisionProbability CovarianceFree(double missDistanceMeters, double hardBodyRadiusMeters)
    {
        if (!double.IsFinite(missDistanceMeters) || missDistanceMeters < 0.0)
        {
            throw new ArgumentOutOfRangeException(nameof(missDistanceMeters), missDistanceMeters, "The miss distance must be finite and ≥ 0.");
        }

        ThrowIfBadRadius(hardBodyRadiusMeters);
        const CollisionProbabilityMethod method = CollisionProbabilityMethod.AlfanoMaximum;
        double d = missDistanceMeters;
        double r = hardBodyRadiusMeters;
        double pc;
        if (r == 0.0)
        {
            pc = 0.0;
        }
        else if (d <= r)
        {
            pc = 1.0;
        }
        else
        {
            // ln((d + R)/(d − R)) = log1p(2R/(d − R)): no cancellation when R ≪ d.
            double sigma = Math.Sqrt(2.0 * d * r / Math.Log(1.0 + 2.0 * r / (d - r)));
            double scale = 1.0 / (Math.Sqrt(2.0) * sigma);
            pc = 0.5 * (ErrorFunction.Erfc((d - r) * scale) - ErrorFunction.Erfc((d + r) * scale));
        }

        return CollisionProbability.UpperBound(pc, method) with { CovarianceSource = CovarianceSource.NotUsed };
    }

    /// <summary>Alfriend et al. (1999) Eq. 21: the maximum over a scale factor k of the covariance (C → kC) of the
    /// small-radius approximation of the 2-D probability, Pc ≈ R²/(2 √det C) exp(−d_m²/2) (their Eq. 18):
    /// Pc_max = R² / (e σx σy d_m²), reached at k = d_m²/2 (K. T. Alfriend, M. R. Akella, J. Frisbee, J. L. Foster,
    /// D.-J. Lee, M. Wilkins, "Probability of Collision Error Analysis", Space Debris 1(1), 21–35, 1999).</summary>
    /// <param name="projection">The encounter in the principal axes of the combined covariance (m).</param>
    /// <param name="hardBodyRadiusMeters">Combined hard-body radius, in m (≥ 0).</param>
    /// <returns>The maximum with <see cref="CollisionProbabilityMethod.AlfriendMaximum"/>, clamped to 1.</returns>
    /// <remarks>d_m² = xm²/σx² + ym²/σy² is the squared Mahalanobis miss distance. Valid when R is small compared with
    /// the miss distance (the approximation assumes the density is constant over the disc); otherwise use
    /// <see cref="OverCovarianceScale"/>. A zero miss gives 1 (the approximation is unbounded there).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A miss component is not finite, or the radius is negative or NaN.</exception>
    public static CollisionProbability AlfriendScaled(EncounterPlaneProjection projection, double hardBodyRadiusMeters)
    {
        const CollisionProbabilityMethod method = CollisionProbabilityMethod.AlfriendMaximum;
        if (Validate(projection, hardBodyRadiusMeters) is { } status)
        {
            return CollisionProbability.Failed(method, status) with { IsUpperBound = true };
        }

        double mahalanobisSquared = MahalanobisSquared(projection);
        double r = hardBodyRadiusMeters;
        double pc = r == 0.0 ? 0.0
            : mahalanobisSquared == 0.0 || double.IsPositiveInfinity(r) ? 1.0
            : r * r / (Math.E * projection.SigmaXMeters * projection.SigmaYMeters * mahalanobisSquared);
        return CollisionProbability.UpperBound(pc, method);
    }

    /// <summary>The exact 2-D probability maximised over a scale factor k of the known covariance (C → kC): the
    /// question of Alfriend et al. (1999) §4 without their small-radius approximation, so it stays valid when the radius
    /// is comparable with the miss distance or the sigmas.</summary>
    /// <param name="projection">The encounter in the principal axes of the combined covariance (m).</param>
    /// <param name="hardBodyRadiusMeters">Combined hard-body radius, in m (≥ 0, may be +∞).</param>
    /// <returns>The maximum (<see cref="CollisionProbabilityMethod.ScaledCovarianceMaximum"/>) and the factor k.</returns>
    /// <remarks>Pc(k) is 0 as k → 0 (miss outside the disc) and as k → ∞, with one interior maximum. It is scanned in
    /// ln k with step 0.5 around Alfriend's k = d_m²/2, then refined by golden-section search to 1e-5 in ln k; the
    /// maximum is flat, so the value error is far below the quadrature's 1e-9. About 75 evaluations of the
    /// integral. When the miss vector lies inside the disc the supremum is 1 (k → 0).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A miss component is not finite, or the radius is negative or NaN.</exception>
    public static CovarianceScaleMaximum OverCovarianceScale(EncounterPlaneProjection projection, double hardBodyRadiusMeters)
    {
        const CollisionProbabilityMethod method = CollisionProbabilityMethod.ScaledCovarianceMaximum;
        if (Validate(projection, hardBodyRadiusMeters) is { } status)
        {
            return new CovarianceScaleMaximum(CollisionProbability.Failed(method, status) with { IsUpperBound = true }, null);
        }

        double r = hardBodyRadiusMeters;
        double missSquared = (projection.MissXMeters * projection.MissXMeters) + (projection.MissYMeters * projection.MissYMeters);
        if (r == 0.0 || double.IsPositiveInfinity(r) || missSquared <= r * r)
        {
            double sup = r == 0.0 ? 0.0 : 1.0;
            return new CovarianceScaleMaximum(CollisionProbability.UpperBound(sup, method), null);
        }

        double centre = Math.Log(0.5 * MahalanobisSquared(projection));
        int steps = (int)(ScanHalfWidthLogScale / ScanStepLogScale);
        double lowest = centre - ScanHalfWidthLogScale;
        double bestLog = centre;
        double best = double.NegativeInfinity;
        for (int i = -steps; i <= steps; i++)
        {
            double logScale = centre + (i * ScanStepLogScale);
            double value = ScaledFoster(projection, r, logScale).Value ?? 0.0;
            if (value > best)
            {
                best = value;
                bestLog = logScale;
            }
        }

        // A miss just outside the disc puts the maximum at very small k: extend the scan downwards while it is rising.
        for (int extension = 0; extension < MaxScanExtensions && bestLog == lowest; extension++)
        {
            lowest -= ScanStepLogScale;
            double value = ScaledFoster(projection, r, lowest).Value ?? 0.0;
            if (value > best)
            {
                best = value;
                bestLog = lowest;
            }
        }

        double a = bestLog - ScanStepLogScale;
        double b = bestLog + ScanStepLogScale;
        double c = b - (GoldenRatioConjugate * (b - a));
        double d = a + (GoldenRatioConjugate * (b - a));
        double fc = ScaledFoster(projection, r, c).Value ?? 0.0;
        double fd = ScaledFoster(projection, r, d).Value ?? 0.0;
        while (b - a > GoldenSectionToleranceLogScale)
        {
            if (fc >= fd)
            {
                b = d;
                d = c;
                fd = fc;
                c = b - (GoldenRatioConjugate * (b - a));
                fc = ScaledFoster(projection, r, c).Value ?? 0.0;
            }
            else
            {
                a = c;
                c = d;
                fc = fd;
                d = a + (GoldenRatioConjugate * (b - a));
                fd = ScaledFoster(projection, r, d).Value ?? 0.0;
            }
        }

        double argMax = 0.5 * (a + b);
        CollisionProbability atMax = ScaledFoster(projection, r, argMax);
        if (atMax.Value is { } v && v < best)
        {
            // The scan point was higher (plateau at the rounding floor): keep it.
            argMax = bestLog;
            atMax = ScaledFoster(projection, r, argMax);
        }

        return new CovarianceScaleMaximum(atMax with { Method = method, IsUpperBound = true }, Math.Exp(argMax));
    }

    private static CollisionProbability ScaledFoster(EncounterPlaneProjection p, double radius, double logScale)
    {
        double sigmaFactor = Math.Exp(0.5 * logScale);
        return EncounterPlaneProbability.Foster(p.MissXMeters, p.MissYMeters, p.SigmaXMeters * sigmaFactor, p.SigmaYMeters * sigmaFactor, radius);
    }

    private static double MahalanobisSquared(EncounterPlaneProjection p)
    {
        double u = p.MissXMeters / p.SigmaXMeters;
        double v = p.MissYMeters / p.SigmaYMeters;
        return (u * u) + (v * v);
    }

    private static CollisionProbabilityStatus? Validate(EncounterPlaneProjection p, double radius)
    {
        if (!double.IsFinite(p.MissXMeters) || !double.IsFinite(p.MissYMeters))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "The miss components must be finite.");
        }

        ThrowIfBadRadius(radius);
        if (!(p.SigmaXMeters > 0.0) || !(p.SigmaYMeters > 0.0) || !double.IsFinite(p.SigmaXMeters) || !double.IsFinite(p.SigmaYMeters))
        {
            return CollisionProbabilityStatus.CovarianceNotPositiveDefinite;
        }

        return null;
    }

    private static void ThrowIfBadRadius(double radius)
    {
        if (double.IsNaN(radius) || radius < 0.0)
        {
            throw new ArgumentOutOfRangeException("hardBodyRadiusMeters", radius, "The hard-body radius must be ≥ 0.");
        }
    }
}
