namespace Concord.Formats.Ccsds.Cdm;

/// <summary>The RTN covariance of one object of a CDM (CCSDS 508.0-B-1 table 3-4): the lower triangle of the 9×9
/// matrix over R, T, N, RDOT, TDOT, NDOT, DRG, SRP, THR, row by row (<c>CR_R</c>, <c>CT_R</c>, <c>CT_T</c> …
/// <c>CTHR_THR</c>; see <see cref="CdmKeys.RtnCovarianceKeys"/>).</summary>
/// <remarks>The first 21 terms (the 6×6 position/velocity block, m², m²/s, m²/s²) are mandatory; the 24 terms of the
/// DRG, SRP and THR rows (m³/kg, m³/(kg·s), m⁴/kg², m²/s², m²/s³, m³/(kg·s²), m²/s⁴) are null when absent.</remarks>
public sealed record CdmRtnCovariance
{
    /// <summary>The number of terms of the 6×6 lower triangle.</summary>
    public const int PositionVelocityTermCount = 21;

    /// <summary>The number of terms of the 9×9 lower triangle.</summary>
    public const int TermCount = 45;

    /// <summary>Comment lines of the block.</summary>
    public EquatableArray<string> Comments { get; init; }

    /// <summary>The 45 terms, row by row, in the standard's units; the first 21 are never null.</summary>
    public required EquatableArray<double?> Terms { get; init; }

    /// <summary>Term <paramref name="index"/> (0 to 44), null when absent.</summary>
    public double? Term(int index) => index < Terms.Count ? Terms[index] : null;
}
