namespace Concord.Formats.Ccsds.Opm;

/// <summary>A CCSDS Orbit Parameter Message (502.0-B-3 §3): one state vector with optional elements, parameters, covariance and maneuvers.</summary>
public sealed record Opm
{
    /// <summary>Gets the header.</summary>
    public required OpmHeader Header { get; init; }

    /// <summary>Gets the metadata.</summary>
    public required OpmMetadata Metadata { get; init; }

    /// <summary>Gets the data.</summary>
    public required OpmData Data { get; init; }
}
