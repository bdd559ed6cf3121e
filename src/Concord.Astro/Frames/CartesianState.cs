using Concord.Astro.Mathematics;
using Concord.Astro.Time;

namespace Concord.Astro.Frames;

/// <summary>Position and velocity at an epoch in a named frame (house style R8: never a bare xyz).</summary>
/// <param name="Epoch">The instant the state refers to.</param>
/// <param name="Frame">The frame the vectors are expressed in.</param>
/// <param name="PositionMeters">Position, metres.</param>
/// <param name="VelocityMetersPerSecond">Velocity, metres per second.</param>
public readonly record struct CartesianState(
    Epoch Epoch, ReferenceFrame Frame, Vector3d PositionMeters, Vector3d VelocityMetersPerSecond);
