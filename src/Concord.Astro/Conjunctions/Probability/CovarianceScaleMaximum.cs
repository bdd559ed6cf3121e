namespace Concord.Astro.Conjunctions.Probability;

/// <summary>The maximum 2-D probability over a scale factor applied to a known covariance, and the factor that gives it
/// (<see cref="MaximumProbability.OverCovarianceScale"/>).</summary>
/// <param name="Probability">The maximum, with <see cref="CollisionProbabilityMethod.ScaledCovarianceMaximum"/> and
/// <see cref="CollisionProbability.IsUpperBound"/> set.</param>
/// <param name="CovarianceScaleFactor">The factor k that multiplies the covariance (sigmas scale by √k) at the maximum;
/// <see langword="null"/> when the maximum is only approached in a limit (miss vector inside the hard-body disc: k → 0)
/// or every factor gives the same value (radius 0 or +∞), or when no value was computed.</param>
/// <remarks>Immutable; thread-safe.</remarks>
public readonly record struct CovarianceScaleMaximum(CollisionProbability Probability, double? CovarianceScaleFactor);
