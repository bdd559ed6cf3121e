namespace Concord.Formats.Ccsds.Opm;

/// <summary>The OPM header (502.0-B-3 §3.2.2).</summary>
public sealed record OpmHeader
{
    /// <summary>Gets the format version (CCSDS_OPM_VERS).</summary>
    public required string Version { get; init; }

    /// <summary>Gets the header comments.</summary>
    public EquatableArray<string> Comments { get; init; }

    /// <summary>Gets the classification (OPM 3.0), if any.</summary>
    public string? Classification { get; init; }

    /// <summary>Gets the creation date.</summary>
    public CcsdsDate? CreationDate { get; init; }

    /// <summary>Gets the originator.</summary>
    public string? Originator { get; init; }

    /// <summary>Gets the message identifier (OPM 3.0), if any.</summary>
    public string? MessageId { get; init; }
}
