namespace Concord.Astro.Conjunctions.Probability;

/// <summary>Why a <see cref="CollisionProbability"/> has, or lacks, a value.</summary>
public enum CollisionProbabilityStatus
{
    /// <summary>The value was computed.</summary>
    Ok,

    /// <summary>The combined covariance is not positive definite (a sigma is zero, negative, infinite or NaN);
    /// no value.</summary>
    CovarianceNotPositiveDefinite,

    /// <summary>No covariance was supplied for an object; no value.</summary>
    MissingCovariance,

    /// <summary>The relative velocity is zero or not finite, so there is no encounter plane; no value.</summary>
    EncounterGeometryDegenerate,

    /// <summary>The quadrature did not reach its tolerance within its interval budget; the value is the best estimate.</summary>
    IntegrationNotConverged,
}
