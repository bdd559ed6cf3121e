namespace Concord.Formats.Ccsds.Oem;

/// <summary>The metadata of an OEM segment (502.0-B-3 §5.2.3).</summary>
public sealed record OemMetadata
{
    /// <summary>Gets the metadata comments.</summary>
    public EquatableArray<string> Comments { get; init; }

    /// <summary>Gets the object name.</summary>
    public required string ObjectName { get; init; }

    /// <summary>Gets the object identifier (usually the COSPAR designator).</summary>
    public required string ObjectId { get; init; }

    /// <summary>Gets the origin of the frame, e.g. "EARTH" or "MARS BARYCENTER".</summary>
    public required string CenterName { get; init; }

    /// <summary>Gets the reference frame name as written, e.g. "EME2000", "TEME", "ITRF2000".</summary>
    public required string ReferenceFrame { get; init; }

    /// <summary>Gets the epoch of the reference frame, if given.</summary>
    public CcsdsDate? ReferenceFrameEpoch { get; init; }

    /// <summary>Gets the time system, e.g. "UTC".</summary>
    public required string TimeSystem { get; init; }

    /// <summary>Gets the start of the ephemeris.</summary>
    public required CcsdsDate StartTime { get; init; }

    /// <summary>Gets the start of the useable interval, if given.</summary>
    public CcsdsDate? UseableStartTime { get; init; }

    /// <summary>Gets the end of the useable interval, if given.</summary>
    public CcsdsDate? UseableStopTime { get; init; }

    /// <summary>Gets the end of the ephemeris.</summary>
    public required CcsdsDate StopTime { get; init; }

    /// <summary>Gets the recommended interpolation method, e.g. "HERMITE", "LAGRANGE" or "LINEAR".</summary>
    public string? Interpolation { get; init; }

    /// <summary>Gets the recommended interpolation degree.</summary>
    public int? InterpolationDegree { get; init; }
}
