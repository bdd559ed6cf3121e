using Concord.Astro.Time;
using Concord.Hub.Release;

namespace Concord.Hub.Catalog;

/// <summary>One stored OEM segment (an operator ephemeris). Storage entity. The states are stored typed
/// (<see cref="Trajectory"/>, an <see cref="EphemerisBlob"/>) and screening builds its ephemeris from them;
/// <see cref="Text"/> is the segment as a canonical one-segment OEM in KVN (written by <c>OemWriter</c>), kept only as
/// the archived original and never parsed back. Category <see cref="DataCategory.Ephemeris"/> for the release policy.</summary>
public sealed class EphemerisSegment
{
    /// <summary>Surrogate key (UUID v7).</summary>
    public Guid Id { get; init; }

    /// <summary>The submission that brought the segment.</summary>
    public Guid SubmissionId { get; init; }

    /// <summary><c>OBJECT_NAME</c>.</summary>
    public required string ObjectName { get; init; }

    /// <summary><c>OBJECT_ID</c> (usually the international designator).</summary>
    public required string ObjectId { get; init; }

    /// <summary>The catalog number the object maps to: <c>OBJECT_ID</c> written as a number, else the registered
    /// space object with that designator or name; null when none.</summary>
    public int? CatalogNumber { get; init; }

    /// <summary><c>CENTER_NAME</c>.</summary>
    public required string CenterName { get; init; }

    /// <summary><c>REF_FRAME</c>.</summary>
    public required string ReferenceFrame { get; init; }

    /// <summary><c>TIME_SYSTEM</c>.</summary>
    public required string TimeSystem { get; init; }

    /// <summary>Start of the useable interval (<c>USEABLE_START_TIME</c>, else <c>START_TIME</c>).</summary>
    public Epoch UseableStart { get; init; }

    /// <summary>End of the useable interval (<c>USEABLE_STOP_TIME</c>, else <c>STOP_TIME</c>).</summary>
    public Epoch UseableStop { get; init; }

    /// <summary>Number of ephemeris data lines.</summary>
    public int StateCount { get; init; }

    /// <summary>The segment as a one-segment OEM in KVN: the archived original, not read by screening.</summary>
    public required string Text { get; init; }

    /// <summary>The segment's ephemeris as the engine uses it (<see cref="EphemerisBlob"/>: states, covariances,
    /// interpolation, useable interval, after the OEM mapping to SI), or null when the engine cannot use the segment
    /// (a frame, centre or interpolation it does not take, an Earth-fixed frame) or, with
    /// <see cref="TrajectoryConverted"/> false, when the row predates typed storage.</summary>
    public byte[]? Trajectory { get; set; }

    /// <summary>Whether <see cref="Trajectory"/> was written (at submission, or by the start-up upgrade of rows stored
    /// before typed storage, <c>TypedStorageUpgrade</c>).</summary>
    public bool TrajectoryConverted { get; set; }

    /// <summary>Code of the agency that submitted the segment.</summary>
    public required string Originator { get; init; }

    /// <summary>Who may see the segment.</summary>
    public Marking Marking { get; init; }

    /// <summary>Agency codes released to when <see cref="Marking.Restricted"/>.</summary>
    public List<string> RelTo { get; init; } = [];

    /// <summary>When the hub stored the segment (UTC).</summary>
    public DateTimeOffset StoredAt { get; init; }

    /// <summary>The segment as the release policy sees it.</summary>
    /// <param name="objectOwner">Owner of the registered object with <see cref="CatalogNumber"/>, or null.</param>
    public ReleasableRecord ToReleasable(string? objectOwner) =>
        new(Originator, Marking, RelTo, DataCategory.Ephemeris, CatalogNumber, objectOwner, StoredAt);
}
