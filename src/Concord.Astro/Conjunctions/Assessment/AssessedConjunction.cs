using Concord.Astro.Conjunctions.Probability;
using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Time;

namespace Concord.Astro.Conjunctions.Assessment;

/// <summary>A screened conjunction with its probability of collision and what it assumed: the typed result that the
/// CLI's CSV and CDMs and the hub's events and CDMs are all written from.</summary>
/// <param name="Conjunction">The conjunction (TCA, miss distance, relative speed, relative state in the primary's RTN
/// axes, both states at TCA in TEME, SI).</param>
/// <param name="Primary">The primary (CDM <c>OBJECT1</c>).</param>
/// <param name="Secondary">The secondary (CDM <c>OBJECT2</c>).</param>
/// <param name="Probability">The probability of collision with its status.</param>
/// <param name="MethodName">A short stable name of the method: <c>foster</c>, <c>chan</c>, <c>alfano-max</c> or
/// <c>monte-carlo</c>, with <c>+default-cov</c> when either covariance is a regime default.</param>
/// <remarks>Immutable.</remarks>
public sealed record AssessedConjunction(ScreenedConjunction Conjunction, AssessedObject Primary, AssessedObject Secondary,
    CollisionProbability Probability, string MethodName)
{
    /// <summary>Time of closest approach (CDM <c>TCA</c>).</summary>
    public Epoch Tca => Conjunction.Tca;

    /// <summary>Miss distance at TCA, metres (CDM <c>MISS_DISTANCE</c>).</summary>
    public double MissDistanceMeters => Conjunction.MissDistanceMeters;

    /// <summary>Relative speed at TCA, m/s (CDM <c>RELATIVE_SPEED</c>).</summary>
    public double RelativeSpeedMetersPerSecond => Conjunction.RelativeSpeedMetersPerSecond;

    /// <summary>The probability (CDM <c>COLLISION_PROBABILITY</c>) when its computation succeeded, else null.</summary>
    public double? Pc => Probability.Status == CollisionProbabilityStatus.Ok ? Probability.Value : null;

    /// <summary>Whether either covariance is a regime default.</summary>
    public bool AnyDefaultCovariance =>
        Primary.CovarianceSource == CovarianceSource.RegimeDefault || Secondary.CovarianceSource == CovarianceSource.RegimeDefault;
}
