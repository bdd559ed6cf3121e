namespace Concord.Formats.Ccsds.Omm;

/// <summary>The position/velocity covariance of an OMM (CCSDS 502.0-B-3 table 4-4): the 21 terms of the lower triangle
/// of the 6×6 matrix, row by row (<c>CX_X</c>, <c>CY_X</c>, <c>CY_Y</c>, <c>CZ_X</c> … <c>CZ_DOT_Z_DOT</c>).</summary>
/// <remarks>Units: km² for position-position terms, km²/s for position-velocity, km²/s² for velocity-velocity.</remarks>
public sealed record OmmCovariance
{
    /// <summary>The number of terms of the lower triangle.</summary>
    public const int TermCount = 21;

    /// <summary>Comment lines at the start of the block.</summary>
    public EquatableArray<string> Comments { get; init; }

    /// <summary>Frame of the covariance (<c>COV_REF_FRAME</c>); null means the metadata's <c>REF_FRAME</c>.</summary>
    public string? ReferenceFrame { get; init; }

    /// <summary>The 21 terms, row by row (km², km²/s, km²/s²; see <see cref="OmmKeys.CovarianceKeys"/> for their keywords).</summary>
    public required EquatableArray<double> LowerTriangle { get; init; }
}
