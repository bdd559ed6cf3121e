namespace Concord.Formats.Ccsds.Oem;

/// <summary>The OEM header (502.0-B-3 §5.2.2).</summary>
public sealed record OemHeader
{
    /// <summary>Gets the format version (CCSDS_OEM_VERS), e.g. "2.0" or "3.0".</summary>
    public required string Version { get; init; }

    /// <summary>Gets the header comments.</summary>
    public EquatableArray<string> Comments { get; init; }

    /// <summary>Gets the classification (OEM 3.0), if any.</summary>
    public string? Classification { get; init; }

    /// <summary>Gets the creation date.</summary>
    public CcsdsDate? CreationDate { get; init; }

    /// <summary>Gets the originator.</summary>
    public string? Originator { get; init; }

    /// <summary>Gets the message identifier (OEM 3.0), if any.</summary>
    public string? MessageId { get; init; }
}
