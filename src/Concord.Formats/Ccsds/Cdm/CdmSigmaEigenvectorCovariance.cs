namespace Concord.Formats.Ccsds.Cdm;

/// <summary>The alternate sigma/eigenvector covariance of one object of a CDM (508.0 draft v2).</summary>
public sealed record CdmSigmaEigenvectorCovariance
{
    /// <summary>Comment lines of the block.</summary>
    public EquatableArray<string> Comments { get; init; }

    /// <summary>The 12 numbers (3 sigmas, 3 eigenvectors) as written, blank-separated (CDM keyword <c>CSIG3EIGVEC3</c>).</summary>
    public required string Csig3Eigvec3 { get; init; }
}
