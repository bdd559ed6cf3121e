namespace Concord.Astro.Conjunctions.Probability;

/// <summary>The algorithm that produced a <see cref="CollisionProbability"/>.</summary>
public enum CollisionProbabilityMethod
{
    /// <summary>Exact 2-D integral of the bivariate normal density over the hard-body disc in the encounter plane
    /// (Foster &amp; Estes 1992, JSC-25898), evaluated by adaptive Gauss–Kronrod quadrature.</summary>
    Foster2D,

    /// <summary>Chan's series (Chan 1997; Chan 2008): the covariance ellipse is replaced by an equal-area circle and the
    /// probability is a truncated Rician series. An approximation; poor when the radius greatly exceeds a sigma.</summary>
    Chan,
}
