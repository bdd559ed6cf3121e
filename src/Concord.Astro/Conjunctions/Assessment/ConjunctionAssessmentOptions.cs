using Concord.Astro.Conjunctions.Probability;

namespace Concord.Astro.Conjunctions.Assessment;

/// <summary>How <see cref="ConjunctionAssessor"/> computes the probability of collision.</summary>
/// <remarks>Immutable.</remarks>
public sealed record ConjunctionAssessmentOptions
{
    /// <summary>The combined hard-body radius, metres (finite, ≥ 0).</summary>
    public required double HardBodyRadiusMeters { get; init; }

    /// <summary>The method: <see cref="CollisionProbabilityMethod.Foster2D"/> (the documented default),
    /// <see cref="CollisionProbabilityMethod.Chan"/>, <see cref="CollisionProbabilityMethod.AlfanoMaximum"/> (covariance
    /// free) or <see cref="CollisionProbabilityMethod.MonteCarlo"/>.</summary>
    public CollisionProbabilityMethod Method { get; init; } = CollisionProbabilityMethod.Foster2D;

    /// <summary>Seed of <see cref="CollisionProbabilityMethod.MonteCarlo"/> (default 1).</summary>
    public ulong Seed { get; init; } = 1UL;
}
