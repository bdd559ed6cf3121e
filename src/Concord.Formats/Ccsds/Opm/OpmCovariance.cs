namespace Concord.Formats.Ccsds.Opm;

/// <summary>The OPM position-velocity covariance: 21 lower-triangle terms in km², km²/s and km²/s².</summary>
public sealed record OpmCovariance
{
    /// <summary>The number of terms.</summary>
    public const int TermCount = 21;

    /// <summary>Gets the comments.</summary>
    public EquatableArray<string> Comments { get; init; }

    /// <summary>Gets the covariance frame (COV_REF_FRAME), or <c>null</c> for REF_FRAME.</summary>
    public string? ReferenceFrame { get; init; }

    /// <summary>Gets the terms CX_X, CY_X, CY_Y, … CZ_DOT_Z_DOT, row by row.</summary>
    public required EquatableArray<double> LowerTriangle { get; init; }
}
