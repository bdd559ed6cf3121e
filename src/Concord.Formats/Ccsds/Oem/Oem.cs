namespace Concord.Formats.Ccsds.Oem;

/// <summary>A CCSDS Orbit Ephemeris Message (502.0-B-3 §5): a header and one or more segments.</summary>
public sealed record Oem
{
    /// <summary>Gets the header.</summary>
    public required OemHeader Header { get; init; }

    /// <summary>Gets the segments, in file order.</summary>
    public required EquatableArray<OemSegment> Segments { get; init; }
}
