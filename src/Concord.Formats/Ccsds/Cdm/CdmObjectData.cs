namespace Concord.Formats.Ccsds.Cdm;

/// <summary>The data of one object of a CDM (CCSDS 508.0-B-1 table 3-4, with the draft v2 blocks).</summary>
public sealed record CdmObjectData
{
    /// <summary>Orbit determination parameters; null when the message gives none.</summary>
    public CdmOdParameters? OdParameters { get; init; }

    /// <summary>Additional parameters (areas, mass, HBR…); null when the message gives none.</summary>
    public CdmAdditionalParameters? AdditionalParameters { get; init; }

    /// <summary>The state vector at TCA (mandatory).</summary>
    public required CdmStateVector StateVector { get; init; }

    /// <summary>The RTN covariance (mandatory 6×6 lower triangle, optional 9×9 extension).</summary>
    public required CdmRtnCovariance RtnCovariance { get; init; }

    /// <summary>The alternate XYZ covariance (draft v2, <c>ALT_COV_TYPE = XYZ</c>); null when absent.</summary>
    public CdmXyzCovariance? XyzCovariance { get; init; }

    /// <summary>The alternate sigma/eigenvector covariance (draft v2, <c>CSIG3EIGVEC3</c>); null when absent.</summary>
    public CdmSigmaEigenvectorCovariance? SigmaEigenvectorCovariance { get; init; }

    /// <summary>Additional covariance metadata (draft v2); null when absent.</summary>
    public CdmAdditionalCovarianceMetadata? AdditionalCovarianceMetadata { get; init; }
}
