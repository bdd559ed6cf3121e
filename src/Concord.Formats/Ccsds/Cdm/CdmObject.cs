namespace Concord.Formats.Ccsds.Cdm;

/// <summary>One object's segment of a CDM: metadata and data (CCSDS 508.0-B-1 section 3.5).</summary>
public sealed record CdmObject
{
    /// <summary>The object's metadata.</summary>
    public required CdmObjectMetadata Metadata { get; init; }

    /// <summary>The object's data (OD parameters, additional parameters, state vector, covariances).</summary>
    public required CdmObjectData Data { get; init; }
}
