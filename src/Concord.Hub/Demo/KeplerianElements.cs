namespace Concord.Hub.Demo;

/// <summary>Classical two-body elements (SI, radians) used while laying out the demo catalog.</summary>
/// <param name="SemiMajorAxisMeters">Semi-major axis, metres.</param>
/// <param name="Eccentricity">Eccentricity, dimensionless.</param>
/// <param name="InclinationRadians">Inclination, radians.</param>
/// <param name="RightAscensionOfAscendingNodeRadians">Right ascension of the ascending node, radians.</param>
/// <param name="ArgumentOfPerigeeRadians">Argument of perigee, radians.</param>
/// <param name="MeanAnomalyRadians">Mean anomaly, radians.</param>
internal readonly record struct KeplerianElements(double SemiMajorAxisMeters, double Eccentricity, double InclinationRadians,
    double RightAscensionOfAscendingNodeRadians, double ArgumentOfPerigeeRadians, double MeanAnomalyRadians);
