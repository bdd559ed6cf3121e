using Concord.Astro.Mathematics;

namespace Concord.Astro.Conjunctions.Screening;

/// <summary>The screening volume around the primary: an ellipsoid with semi-axes along the primary's radial,
/// in-track (transverse) and cross-track (normal) directions; a sphere when the three are equal.</summary>
/// <param name="RadialMeters">Semi-axis along R, metres (&gt; 0).</param>
/// <param name="InTrackMeters">Semi-axis along T, metres (&gt; 0).</param>
/// <param name="CrossTrackMeters">Semi-axis along N, metres (&gt; 0).</param>
/// <remarks>An approach is reported when the secondary, around its closest approach, comes inside the volume
/// (<see cref="Contains"/>); it is reported at its time of closest approach. The semi-axes are the distances from the primary to the surface (18 SDS's "2 × 25 × 25 km"
/// LEO volume, read as semi-axes, is <c>new ScreeningVolume(2000, 25000, 25000)</c>). Immutable; thread-safe.</remarks>
public sealed record ScreeningVolume(double RadialMeters, double InTrackMeters, double CrossTrackMeters)
{
    /// <summary>A sphere of radius <paramref name="radiusMeters"/> (a miss-distance threshold).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The radius is not finite and positive.</exception>
    public static ScreeningVolume Sphere(double radiusMeters)
    {
        var volume = new ScreeningVolume(radiusMeters, radiusMeters, radiusMeters);
        volume.Validate();
        return volume;
    }

    /// <summary>True when the three semi-axes are equal.</summary>
    public bool IsSphere => RadialMeters == InTrackMeters && InTrackMeters == CrossTrackMeters;

    /// <summary>The largest semi-axis, metres: the radius of the sphere that encloses the volume.</summary>
    public double MaxSemiAxisMeters => Math.Max(RadialMeters, Math.Max(InTrackMeters, CrossTrackMeters));

    /// <summary>This volume with every semi-axis multiplied by <paramref name="factor"/>.</summary>
    public ScreeningVolume Scaled(double factor) => new(RadialMeters * factor, InTrackMeters * factor, CrossTrackMeters * factor);

    /// <summary>The squared normalised distance (r/a)² + (t/b)² + (n/c)² of an RTN offset; ≤ 1 inside the volume.</summary>
    /// <param name="offsetRtnMeters">Secondary minus primary, in the primary's RTN axes, metres.</param>
    public double NormalizedDistanceSquared(Vector3d offsetRtnMeters)
    {
        double r = offsetRtnMeters.X / RadialMeters;
        double t = offsetRtnMeters.Y / InTrackMeters;
        double n = offsetRtnMeters.Z / CrossTrackMeters;
        return (r * r) + (t * t) + (n * n);
    }

    /// <summary>True when the RTN offset lies inside the volume or on its surface.</summary>
    /// <param name="offsetRtnMeters">Secondary minus primary, in the primary's RTN axes, metres.</param>
    public bool Contains(Vector3d offsetRtnMeters) => NormalizedDistanceSquared(offsetRtnMeters) <= 1.0;

    /// <summary>Throws when a semi-axis is not finite and positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A semi-axis is zero, negative, infinite or NaN.</exception>
    public void Validate()
    {
        foreach (double axis in (ReadOnlySpan<double>)[RadialMeters, InTrackMeters, CrossTrackMeters])
        {
            if (!double.IsFinite(axis) || axis <= 0.0)
            {
                throw new ArgumentOutOfRangeException(nameof(RadialMeters), axis, "Screening semi-axes must be finite and > 0.");
            }
        }
    }
}
