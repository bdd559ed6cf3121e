using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Time;

namespace Concord.Astro.Conjunctions.Screening;

/// <summary>One close approach found by screening, at its time of closest approach.</summary>
/// <remarks>The states are those of the trajectories screened (SGP4 or the ephemeris), in TEME. The relative
/// vectors are secondary minus primary, in the primary's RTN axes (R = r/|r|, N = r×v/|r×v|, T = N×R), with the
/// velocity difference taken in inertial axes (CCSDS CDM <c>RELATIVE_VELOCITY_R/T/N</c>). Immutable; thread-safe.</remarks>
public sealed record ScreenedConjunction
{
    /// <summary>Index of the primary in the screened object list.</summary>
    public required int PrimaryIndex { get; init; }

    /// <summary>Index of the secondary in the screened object list.</summary>
    public required int SecondaryIndex { get; init; }

    /// <summary>Primary identifier (in all-on-all screening, the lower catalog number).</summary>
    public required string PrimaryId { get; init; }

    /// <summary>Secondary identifier.</summary>
    public required string SecondaryId { get; init; }

    /// <summary>Time of closest approach (CDM keyword <c>TCA</c>): the local minimum of the range.</summary>
    public required Epoch Tca { get; init; }

    /// <summary>Range at TCA, metres (CDM <c>MISS_DISTANCE</c>).</summary>
    public required double MissDistanceMeters { get; init; }

    /// <summary>Relative speed at TCA, m/s (CDM <c>RELATIVE_SPEED</c>).</summary>
    public required double RelativeSpeedMetersPerSecond { get; init; }

    /// <summary>Miss vector in the primary's RTN axes, metres (CDM <c>RELATIVE_POSITION_R/T/N</c>).</summary>
    public required Vector3d RelativePositionRtnMeters { get; init; }

    /// <summary>Relative velocity in the primary's RTN axes, m/s (CDM <c>RELATIVE_VELOCITY_R/T/N</c>).</summary>
    public required Vector3d RelativeVelocityRtnMetersPerSecond { get; init; }

    /// <summary>Primary state at TCA (TEME, SI).</summary>
    public required CartesianState PrimaryState { get; init; }

    /// <summary>Secondary state at TCA (TEME, SI).</summary>
    public required CartesianState SecondaryState { get; init; }

    /// <summary>Number of local range minima merged into this event: more than one when the pair stayed inside the
    /// screening volume between them (objects flying in formation or docked).</summary>
    public int MergedMinima { get; init; } = 1;
}
