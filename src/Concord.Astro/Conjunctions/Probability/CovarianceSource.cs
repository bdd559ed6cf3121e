namespace Concord.Astro.Conjunctions.Probability;

/// <summary>Where the covariance behind a <see cref="CollisionProbability"/> came from.</summary>
public enum CovarianceSource
{
    /// <summary>Both covariances were supplied with the states (for example by a CDM). The default.</summary>
    Supplied,

    /// <summary>At least one covariance is a per-regime default (<see cref="DefaultCovariance"/>), not an estimate for
    /// this object: the value is indicative only and must be flagged to users.</summary>
    RegimeDefault,

    /// <summary>No covariance was used (<see cref="CollisionProbabilityMethod.AlfanoMaximum"/>).</summary>
    NotUsed,
}
