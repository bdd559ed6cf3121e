namespace Concord.Formats.Ccsds.Oem;

/// <summary>One covariance matrix of an OEM segment (502.0-B-3 §5.2.5), in km², km²/s and km²/s².</summary>
public sealed record OemCovariance
{
    /// <summary>The number of lower-triangle terms of a 6×6 matrix.</summary>
    public const int TermCount = 21;

    /// <summary>Gets the comments before the matrix.</summary>
    public EquatableArray<string> Comments { get; init; }

    /// <summary>Gets the epoch of the matrix.</summary>
    public required CcsdsDate Epoch { get; init; }

    /// <summary>Gets the frame of the matrix (COV_REF_FRAME), or <c>null</c> for the segment's REF_FRAME.</summary>
    public string? ReferenceFrame { get; init; }

    /// <summary>Gets the 21 lower-triangle terms row by row (row i holds columns 0..i), in km-based units.</summary>
    public required EquatableArray<double> LowerTriangle { get; init; }
}
