namespace Concord.Formats.Ccsds.Cdm;

/// <summary>The alternate XYZ covariance of one object of a CDM (508.0 draft v2): the lower triangle of the 9×9
/// matrix over X, Y, Z, XDOT, YDOT, ZDOT, DRG, SRP, THR in <c>ALT_COV_REF_FRAME</c> (<c>CX_X</c> … <c>CTHR_THR</c>;
/// see <see cref="CdmKeys.XyzCovarianceKeys"/>), each term null when absent.</summary>
public sealed record CdmXyzCovariance
{
    /// <summary>Comment lines of the block.</summary>
    public EquatableArray<string> Comments { get; init; }

    /// <summary>The 45 terms, row by row, in the standard's units (m², m²/s, m²/s²…).</summary>
    public required EquatableArray<double?> Terms { get; init; }

    /// <summary>Term <paramref name="index"/> (0 to 44), null when absent.</summary>
    public double? Term(int index) => index < Terms.Count ? Terms[index] : null;
}
