namespace Concord.Hub.Geometry;

/// <summary>The short-term encounter plane at TCA (Foster &amp; Estes 1992; Chan 2008, ch. 2): the plane normal to the
/// relative velocity, with x along the miss vector (the secondary relative to the primary) and y completing a
/// right-handed basis with the relative velocity. The combined covariance is each object's RTN covariance rotated to the
/// inertial frame with its own RTN axes, summed (uncorrelated objects), then projected on the plane.</summary>
/// <param name="MissXMeters">Miss vector, x (the miss distance).</param>
/// <param name="MissYMeters">Miss vector, y (0 by construction).</param>
/// <param name="CovarianceXx">Combined covariance, xx (m²); null when the CDM has none usable.</param>
/// <param name="CovarianceXy">Combined covariance, xy (m²).</param>
/// <param name="CovarianceYy">Combined covariance, yy (m²).</param>
/// <param name="HardBodyRadiusMeters">The combined hard-body radius the Pc used.</param>
/// <param name="CovarianceSource"><c>supplied</c> (both covariances from the operators' ephemerides),
/// <c>regime-default</c> (at least one is the hub's regime default) or <c>none</c>.</param>
/// <param name="CollisionProbability">The update's Pc, if any.</param>
public sealed record EncounterPlaneView(double MissXMeters, double MissYMeters, double? CovarianceXx, double? CovarianceXy,
    double? CovarianceYy, double HardBodyRadiusMeters, string CovarianceSource, double? CollisionProbability);
