namespace Concord.Astro.Frames;

/// <summary>IAU-1980 nutation angles at one epoch, radians, including any IERS celestial pole corrections.</summary>
/// <param name="DeltaPsi">Nutation in longitude Δψ (+ δΔψ).</param>
/// <param name="DeltaEpsilon">Nutation in obliquity Δε (+ δΔε).</param>
/// <param name="MeanObliquity">Mean obliquity of the ecliptic ε̄ (IAU 1976).</param>
/// <param name="MoonNodeLongitude">Ω, mean longitude of the Moon's ascending node (for the equation of the equinoxes).</param>
internal readonly record struct NutationAngles(double DeltaPsi, double DeltaEpsilon, double MeanObliquity, double MoonNodeLongitude)
{
    /// <summary>True obliquity ε = ε̄ + Δε.</summary>
    internal double TrueObliquity => MeanObliquity + DeltaEpsilon;
}
