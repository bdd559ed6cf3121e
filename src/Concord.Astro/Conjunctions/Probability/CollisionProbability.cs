namespace Concord.Astro.Conjunctions.Probability;

/// <summary>A probability of collision and how it was obtained (R13 typed result).</summary>
/// <param name="Value">Probability in [0, 1]; never NaN; <see langword="null"/> when it could not be computed
/// (see <paramref name="Status"/>).</param>
/// <param name="Method">The algorithm used.</param>
/// <param name="IsUpperBound"><see langword="true"/> when <paramref name="Value"/> is a maximum (e.g. a worst-case
/// covariance scaling) rather than an estimate of the probability itself.</param>
/// <param name="Status">Whether <paramref name="Value"/> was computed and, if not, why.</param>
/// <remarks>Immutable; thread-safe.</remarks>
public readonly record struct CollisionProbability(
    double? Value,
    CollisionProbabilityMethod Method,
    bool IsUpperBound,
    CollisionProbabilityStatus Status)
{
    /// <summary>Where the covariance behind the value came from; <see cref="CovarianceSource.Supplied"/> unless set.
    /// A value computed with <see cref="CovarianceSource.RegimeDefault"/> must be shown as such.</summary>
    public CovarianceSource CovarianceSource { get; init; }

    /// <summary><see langword="true"/> when the value rests on a per-regime default covariance
    /// (<see cref="DefaultCovariance"/>) rather than one estimated for the objects.</summary>
    public bool UsesDefaultCovariance => CovarianceSource == CovarianceSource.RegimeDefault;

    internal static CollisionProbability Computed(double value, CollisionProbabilityMethod method) =>
        new(Math.Clamp(value, 0.0, 1.0), method, false, CollisionProbabilityStatus.Ok);

    internal static CollisionProbability UpperBound(double value, CollisionProbabilityMethod method) =>
        new(Math.Clamp(value, 0.0, 1.0), method, true, CollisionProbabilityStatus.Ok);

    internal static CollisionProbability Failed(CollisionProbabilityMethod method, CollisionProbabilityStatus status) =>
        new(null, method, false, status);
}
