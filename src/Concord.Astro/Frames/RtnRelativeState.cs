using Concord.Astro.Mathematics;

namespace Concord.Astro.Frames;

/// <summary>A secondary object's position and velocity relative to a primary, in the primary's RTN axes.</summary>
/// <param name="PositionMeters">Relative position (miss vector when at TCA): radial, transverse, normal components, metres.</param>
/// <param name="VelocityMetersPerSecond">Relative velocity, R/T/N components, metres per second, in the convention
/// given by <paramref name="Convention"/>.</param>
/// <param name="Convention">Whether the velocity includes the RTN frame's own rotation.</param>
public readonly record struct RtnRelativeState(Vector3d PositionMeters, Vector3d VelocityMetersPerSecond, RtnVelocityConvention Convention);
