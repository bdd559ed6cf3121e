using Concord.Astro.Frames;

namespace Concord.Astro.Ephemerides;

/// <summary>The result of interpolating an <see cref="Ephemeris"/>: a state, or why there is none.</summary>
/// <param name="Status">Whether the epoch was inside the useable interval.</param>
/// <param name="State">The interpolated state; <c>default</c> unless <see cref="Status"/> is <see cref="EphemerisInterpolationStatus.Success"/>.</param>
public readonly record struct EphemerisInterpolationResult(EphemerisInterpolationStatus Status, CartesianState State)
{
    /// <summary>Gets a value indicating whether <see cref="State"/> holds an interpolated state.</summary>
    public bool Success => Status == EphemerisInterpolationStatus.Success;
}
