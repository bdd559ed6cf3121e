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

    /// <summary>Maximum probability over every possible covariance, from the miss distance and hard-body radius alone
    /// (Alfano 2005, "Relating Position Uncertainty to Maximum Conjunction Probability", J. Astronaut. Sci. 53(2)):
    /// the worst case for objects with no covariance (TLE-only). Always an upper bound.</summary>
    AlfanoMaximum,

    /// <summary>Alfriend et al. (1999) Eq. 21: the closed-form maximum over a scale factor of a known covariance shape,
    /// of the small-radius approximation of the 2-D probability, R²/(e √det C d²). An upper bound.</summary>
    AlfriendMaximum,

    /// <summary>The exact 2-D probability (<see cref="Foster2D"/>) maximised numerically over a scale factor applied to
    /// the known covariance (Alfriend et al. 1999, §4, without the small-radius approximation). An upper bound.</summary>
    ScaledCovarianceMaximum,

    /// <summary>Monte Carlo sampling of the relative position in the encounter plane under the short-term (linear
    /// relative motion) model; see <see cref="MonteCarloProbability"/> for the estimate's confidence interval.</summary>
    MonteCarlo,
}
