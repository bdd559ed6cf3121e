namespace Concord.Formats.Ccsds.Opm;

/// <summary>The OPM metadata (502.0-B-3 §3.2.3).</summary>
public sealed record OpmMetadata
{
    /// <summary>Gets the metadata comments.</summary>
    public EquatableArray<string> Comments { get; init; }

    /// <summary>Gets the object name.</summary>
    public required string ObjectName { get; init; }

    /// <summary>Gets the object identifier.</summary>
    public required string ObjectId { get; init; }

    /// <summary>Gets the origin of the frame.</summary>
    public required string CenterName { get; init; }

    /// <summary>Gets the reference frame name as written (a CCSDS/SANA frame name).</summary>
    public required string ReferenceFrame { get; init; }

    /// <summary>Gets the epoch of the reference frame, if given.</summary>
    public CcsdsDate? ReferenceFrameEpoch { get; init; }

    /// <summary>Gets the time system.</summary>
    public required string TimeSystem { get; init; }
}
