namespace Concord.Astro.Conjunctions.Probability;

/// <summary>A short-term encounter reduced to the encounter plane: the miss vector resolved along the principal axes of
/// the combined position covariance projected on the plane, and the standard deviations along those axes.</summary>
/// <param name="MissXMeters">Miss component along the major principal axis, in m.</param>
/// <param name="MissYMeters">Miss component along the minor principal axis, in m.</param>
/// <param name="SigmaXMeters">Standard deviation along the major axis, in m (&gt; 0).</param>
/// <param name="SigmaYMeters">Standard deviation along the minor axis, in m (&gt; 0, ≤ <paramref name="SigmaXMeters"/>).</param>
/// <remarks>Immutable; thread-safe. Built by <see cref="EncounterPlane.TryProject"/>.</remarks>
public readonly record struct EncounterPlaneProjection(
    double MissXMeters,
    double MissYMeters,
    double SigmaXMeters,
    double SigmaYMeters);
