namespace Concord.Astro.Orbits;

/// <summary>Classical (Keplerian) orbital elements of a two-body orbit, SI and radians. Angles are in the frame the
/// elements were computed in (for example TEME for SGP4 mean elements). Immutable.</summary>
/// <param name="SemiMajorAxisMeters">Semi-major axis, metres.</param>
/// <param name="Eccentricity">Eccentricity, dimensionless.</param>
/// <param name="InclinationRadians">Inclination, radians.</param>
/// <param name="RightAscensionOfAscendingNodeRadians">Right ascension of the ascending node, radians.</param>
/// <param name="ArgumentOfPerigeeRadians">Argument of perigee, radians.</param>
/// <param name="MeanAnomalyRadians">Mean anomaly, radians.</param>
public readonly record struct KeplerianElements(double SemiMajorAxisMeters, double Eccentricity, double InclinationRadians,
    double RightAscensionOfAscendingNodeRadians, double ArgumentOfPerigeeRadians, double MeanAnomalyRadians);
