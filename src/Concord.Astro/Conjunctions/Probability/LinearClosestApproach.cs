using Concord.Astro.Mathematics;

namespace Concord.Astro.Conjunctions.Probability;

/// <summary>Moves two states to their closest approach assuming straight-line relative motion, as NASA CARA does
/// before its 2-D Pc (CARA Analysis Tools, <c>Pc2D</c> with the TCA adjustment; see the CARA Pc documentation).</summary>
/// <remarks>With r = r₂ − r₁ and v = v₂ − v₁, the time of the minimum of |r + v t| is t* = −(r·v)/(v·v); both positions
/// move by vᵢ t*, velocities and covariances are unchanged. CDM TCAs are rounded to 1 ms, so |t*| is typically below
/// a millisecond. Thread-safe (pure).</remarks>
public static class LinearClosestApproach
{
    /// <summary>The positions at the linear closest approach, and the time shift t* in seconds (zero when v = 0).</summary>
    public static (Vector3d PrimaryPositionMeters, Vector3d SecondaryPositionMeters, double ShiftSeconds) Adjust(
        Vector3d primaryPositionMeters, Vector3d primaryVelocityMetersPerSecond,
        Vector3d secondaryPositionMeters, Vector3d secondaryVelocityMetersPerSecond)
    {
        Vector3d r = secondaryPositionMeters - primaryPositionMeters;
        Vector3d v = secondaryVelocityMetersPerSecond - primaryVelocityMetersPerSecond;
        double speedSquared = v.LengthSquared;
        double shift = speedSquared > 0.0 ? -Vector3d.Dot(r, v) / speedSquared : 0.0;
        return (primaryPositionMeters + (primaryVelocityMetersPerSecond * shift),
            secondaryPositionMeters + (secondaryVelocityMetersPerSecond * shift), shift);
    }
}
