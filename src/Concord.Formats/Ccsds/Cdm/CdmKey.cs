namespace Concord.Formats.Ccsds.Cdm;

/// <summary>One CDM keyword: block, kind, standard unit, whether 508.0 requires it, and how it is written.</summary>
internal sealed record CdmKey(string Name, CdmSection Section, CdmValueKind Kind, CcsdsUnit? Unit, bool Required, Func<Cdm, int, string?> Write, int Order)
{
    /// <summary>True for the blocks of an object segment (metadata to additional covariance metadata).</summary>
    public bool IsObjectKey => Section is >= CdmSection.Metadata and <= CdmSection.AdditionalCovarianceMetadata;
}
