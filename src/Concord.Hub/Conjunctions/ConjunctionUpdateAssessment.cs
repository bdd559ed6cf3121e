using Concord.Astro.Conjunctions.Probability;
using Concord.Astro.Mathematics;
using Concord.Astro.Time;

namespace Concord.Hub.Conjunctions;

/// <summary>What a screening run computed for one update beyond its headline values, typed: both objects' states and
/// covariances at TCA, the probability's method and status, the hard-body radius, and the screening window and volume.
/// The CDM (<see cref="ConjunctionUpdateCdm"/>) and the geometry are built from it on request. Owned by
/// <see cref="ConjunctionUpdate"/> (columns <c>Assessment_…</c>).</summary>
public sealed class ConjunctionUpdateAssessment
{
    /// <summary>Start of the screening window (CDM <c>START_SCREEN_PERIOD</c>; also its <c>CREATION_DATE</c>).</summary>
    public Epoch ScreenStart { get; set; }

    /// <summary>End of the screening window (CDM <c>STOP_SCREEN_PERIOD</c>).</summary>
    public Epoch ScreenStop { get; set; }

    /// <summary>Radial semi-axis of the screening volume, metres (CDM <c>SCREEN_VOLUME_X</c>).</summary>
    public double ScreenVolumeRadialMeters { get; set; }

    /// <summary>In-track semi-axis of the screening volume, metres (CDM <c>SCREEN_VOLUME_Y</c>).</summary>
    public double ScreenVolumeInTrackMeters { get; set; }

    /// <summary>Cross-track semi-axis of the screening volume, metres (CDM <c>SCREEN_VOLUME_Z</c>).</summary>
    public double ScreenVolumeCrossTrackMeters { get; set; }

    /// <summary>The hard-body radius the probability used, metres; null for an update upgraded from a stored CDM
    /// (which does not carry it).</summary>
    public double? HardBodyRadiusMeters { get; set; }

    /// <summary>The probability's method (CDM <c>COLLISION_PROBABILITY_METHOD</c>).</summary>
    public CollisionProbabilityMethod ProbabilityMethod { get; set; }

    /// <summary>Whether the probability was computed and, if not, why.</summary>
    public CollisionProbabilityStatus ProbabilityStatus { get; set; }

    /// <summary>The secondary's position relative to the primary in the primary's RTN axes, metres (R; CDM
    /// <c>RELATIVE_POSITION_R</c>), as the engine computed it.</summary>
    public double RelativePositionRMeters { get; set; }

    /// <summary>Relative position, T component, metres (CDM <c>RELATIVE_POSITION_T</c>).</summary>
    public double RelativePositionTMeters { get; set; }

    /// <summary>Relative position, N component, metres (CDM <c>RELATIVE_POSITION_N</c>).</summary>
    public double RelativePositionNMeters { get; set; }

    /// <summary>Relative velocity, R component, m/s (CDM <c>RELATIVE_VELOCITY_R</c>).</summary>
    public double RelativeVelocityRMetersPerSecond { get; set; }

    /// <summary>Relative velocity, T component, m/s (CDM <c>RELATIVE_VELOCITY_T</c>).</summary>
    public double RelativeVelocityTMetersPerSecond { get; set; }

    /// <summary>Relative velocity, N component, m/s (CDM <c>RELATIVE_VELOCITY_N</c>).</summary>
    public double RelativeVelocityNMetersPerSecond { get; set; }

    /// <summary>The primary (CDM <c>OBJECT1</c>, the lower catalog number).</summary>
    public ConjunctionUpdateObject Primary { get; set; } = new();

    /// <summary>The secondary (CDM <c>OBJECT2</c>).</summary>
    public ConjunctionUpdateObject Secondary { get; set; } = new();

    /// <summary>The relative position in the primary's RTN axes, metres.</summary>
    public Vector3d RelativePositionRtnMeters
    {
        get => new(RelativePositionRMeters, RelativePositionTMeters, RelativePositionNMeters);
        set => (RelativePositionRMeters, RelativePositionTMeters, RelativePositionNMeters) = (value.X, value.Y, value.Z);
    }

    /// <summary>The relative velocity in the primary's RTN axes, m/s.</summary>
    public Vector3d RelativeVelocityRtnMetersPerSecond
    {
        get => new(RelativeVelocityRMetersPerSecond, RelativeVelocityTMetersPerSecond, RelativeVelocityNMetersPerSecond);
        set => (RelativeVelocityRMetersPerSecond, RelativeVelocityTMetersPerSecond, RelativeVelocityNMetersPerSecond) = (value.X, value.Y, value.Z);
    }
}
