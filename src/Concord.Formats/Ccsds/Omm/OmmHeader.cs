namespace Concord.Formats.Ccsds.Omm;

/// <summary>The OMM header (CCSDS 502.0-B-3 table 4-2).</summary>
public sealed record OmmHeader
{
    /// <summary>Format version (KVN <c>CCSDS_OMM_VERS</c>, XML <c>version</c> attribute of <c>&lt;omm&gt;</c>), for example <c>3.0</c>.</summary>
    public required string Version { get; init; }

    /// <summary>Comment lines at the start of the header (<c>COMMENT</c>), in order.</summary>
    public EquatableArray<string> Comments { get; init; }

    /// <summary>User-defined classification of the message (<c>CLASSIFICATION</c>, OMM 3.0); null when absent.</summary>
    public string? Classification { get; init; }

    /// <summary>Creation date, UTC (<c>CREATION_DATE</c>); mandatory in the standard, but catalogues leave it out or empty,
    /// so it is null then.</summary>
    public CcsdsDate? CreationDate { get; init; }

    /// <summary>Creating agency or operator (<c>ORIGINATOR</c>); mandatory in the standard, null when the input left it out or empty.</summary>
    public string? Originator { get; init; }

    /// <summary>Message identifier (<c>MESSAGE_ID</c>, OMM 3.0); null when absent.</summary>
    public string? MessageId { get; init; }
}
