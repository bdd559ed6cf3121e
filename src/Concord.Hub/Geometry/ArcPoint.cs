using Concord.Astro.Mathematics;

namespace Concord.Hub.Geometry;

/// <summary>A position on an arc around TCA.</summary>
/// <param name="SecondsFromTca">Time relative to TCA, seconds (negative before).</param>
/// <param name="PositionMeters">TEME position, metres.</param>
public sealed record ArcPoint(double SecondsFromTca, Vector3d PositionMeters);
