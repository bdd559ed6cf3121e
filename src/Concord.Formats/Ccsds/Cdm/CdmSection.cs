namespace Concord.Formats.Ccsds.Cdm;

/// <summary>The block of a CDM that a keyword belongs to, in writing order.</summary>
public enum CdmSection
{
    /// <summary>The header.</summary>
    Header = 0,

    /// <summary>Relative metadata and data.</summary>
    Relative = 1,

    /// <summary>An object's metadata.</summary>
    Metadata = 2,

    /// <summary>An object's OD parameters.</summary>
    OdParameters = 3,

    /// <summary>An object's additional parameters.</summary>
    AdditionalParameters = 4,

    /// <summary>An object's state vector.</summary>
    StateVector = 5,

    /// <summary>An object's RTN covariance.</summary>
    RtnCovariance = 6,

    /// <summary>An object's alternate XYZ covariance.</summary>
    XyzCovariance = 7,

    /// <summary>An object's alternate sigma/eigenvector covariance.</summary>
    SigmaEigenvectorCovariance = 8,

    /// <summary>An object's additional covariance metadata.</summary>
    AdditionalCovarianceMetadata = 9,

    /// <summary>User-defined parameters.</summary>
    UserDefined = 10,
}
