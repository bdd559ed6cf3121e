namespace Concord.Formats.Ccsds.Cdm;

/// <summary>The CDM header (CCSDS 508.0-B-1 table 3-1, with the 508.0 draft v2 keywords).</summary>
/// <remarks>Values in the standard's units (the unit is in each name); optional keywords are null when absent (R12). Immutable.</remarks>
public sealed record CdmHeader
{
    /// <summary>Comment lines of the block (<c>COMMENT</c>), in order.</summary>
    public EquatableArray<string> Comments { get; init; }

    /// <summary>Ccsds cdm vers (CDM keyword <c>CCSDS_CDM_VERS</c>).</summary>
    public required string Version { get; init; }

    /// <summary>Classification (CDM keyword <c>CLASSIFICATION</c>); null when absent.</summary>
    public string? Classification { get; init; }

    /// <summary>Creation date (CDM keyword <c>CREATION_DATE</c>).</summary>
    public required CcsdsDate CreationDate { get; init; }

    /// <summary>Originator (CDM keyword <c>ORIGINATOR</c>).</summary>
    public required string Originator { get; init; }

    /// <summary>Message for (CDM keyword <c>MESSAGE_FOR</c>); null when absent.</summary>
    public string? MessageFor { get; init; }

    /// <summary>Message id (CDM keyword <c>MESSAGE_ID</c>).</summary>
    public required string MessageId { get; init; }

    internal static CdmHeader Build(CdmBuilder b, int scope) => new()
    {
        Comments = b.Comments(scope, CdmSection.Header),
            Version = b.Text(scope, "CCSDS_CDM_VERS")!,
            Classification = b.Text(scope, "CLASSIFICATION"),
            CreationDate = b.Date(scope, "CREATION_DATE")!.Value,
            Originator = b.Text(scope, "ORIGINATOR")!,
            MessageFor = b.Text(scope, "MESSAGE_FOR"),
            MessageId = b.Text(scope, "MESSAGE_ID")!,
    };
}
