namespace Concord.Astro.Conjunctions.Probability;

/// <summary>A Monte Carlo estimate of the collision probability: hits over trials, with Wilson score confidence intervals
/// (E. B. Wilson 1927, "Probable inference, the law of succession, and statistical inference", J. Am. Stat. Assoc. 22,
/// 209–212).</summary>
/// <param name="Status">Whether sampling ran; when not <see cref="CollisionProbabilityStatus.Ok"/>, there are no trials
/// and no value.</param>
/// <param name="Trials">Number of samples drawn.</param>
/// <param name="Hits">Samples whose straight-line relative trajectory passes within the hard-body radius.</param>
/// <param name="Seed">The seed used (<see cref="MonteCarloOptions.Seed"/>).</param>
/// <remarks>The Wilson interval is used rather than the normal approximation because it stays inside [0, 1] and keeps
/// close to its nominal coverage for few hits, including zero (then the lower bound is 0 and the upper z²/(n + z²)).
/// Immutable; thread-safe.</remarks>
public sealed record MonteCarloProbability(CollisionProbabilityStatus Status, long Trials, long Hits, ulong Seed)
{
    /// <summary>Two-sided 95% standard normal quantile, Φ⁻¹(0.975).</summary>
    public const double StandardNormalQuantile95 = 1.959963984540054;

    /// <summary>Where the covariance sampled came from; <see cref="CovarianceSource.Supplied"/> unless set.</summary>
    public CovarianceSource CovarianceSource { get; init; }

    /// <summary>Hits / trials; <see langword="null"/> when no trials ran. A value of 0 means no hit, not "no risk":
    /// read <see cref="Upper95"/>.</summary>
    public double? Value => Trials > 0 ? (double)Hits / Trials : null;

    /// <summary>Lower end of the 95% Wilson interval; <see langword="null"/> when no trials ran.</summary>
    public double? Lower95 => Trials > 0 ? WilsonInterval(StandardNormalQuantile95).Lower : null;

    /// <summary>Upper end of the 95% Wilson interval; <see langword="null"/> when no trials ran.</summary>
    public double? Upper95 => Trials > 0 ? WilsonInterval(StandardNormalQuantile95).Upper : null;

    /// <summary>The estimate as a <see cref="CollisionProbability"/> with <see cref="CollisionProbabilityMethod.MonteCarlo"/>.</summary>
    public CollisionProbability Probability => (Trials > 0
        ? CollisionProbability.Computed((double)Hits / Trials, CollisionProbabilityMethod.MonteCarlo)
        : CollisionProbability.Failed(CollisionProbabilityMethod.MonteCarlo, Status)) with { CovarianceSource = CovarianceSource };

    /// <summary>Wilson score interval for a two-sided standard normal quantile z (1.96 for 95%, 3.2905 for 99.9%):
    /// (p̂ + z²/2n ∓ z √(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n).</summary>
    /// <param name="standardNormalQuantile">z &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">z is not positive and finite.</exception>
    /// <exception cref="InvalidOperationException">No trials ran.</exception>
    public (double Lower, double Upper) WilsonInterval(double standardNormalQuantile)
    {
        if (!(standardNormalQuantile > 0.0) || !double.IsFinite(standardNormalQuantile))
        {
            throw new ArgumentOutOfRangeException(nameof(standardNormalQuantile), standardNormalQuantile, "z must be positive and finite.");
        }

        if (Trials <= 0)
        {
            throw new InvalidOperationException("No trials ran.");
        }

        double n = Trials;
        double p = Hits / n;
        double z2 = standardNormalQuantile * standardNormalQuantile;
        double denominator = 1.0 + (z2 / n);
        double centre = (p + (z2 / (2.0 * n))) / denominator;
        double halfWidth = standardNormalQuantile * Math.Sqrt((p * (1.0 - p) / n) + (z2 / (4.0 * n * n))) / denominator;
        return (Math.Max(0.0, centre - halfWidth), Math.Min(1.0, centre + halfWidth));
    }
}
