namespace Concord.Formats.Ccsds.Omm;

/// <summary>The OMM data section (CCSDS 502.0-B-3 table 4-4): mean elements and optional blocks.</summary>
public sealed record OmmData
{
    /// <summary>The mean Keplerian elements (mandatory).</summary>
    public required OmmMeanElements MeanElements { get; init; }

    /// <summary>Spacecraft parameters; null when none is given.</summary>
    public OmmSpacecraftParameters? SpacecraftParameters { get; init; }

    /// <summary>TLE-related parameters; null when none is given.</summary>
    public OmmTleParameters? TleParameters { get; init; }

    /// <summary>Position/velocity covariance; null when none is given.</summary>
    public OmmCovariance? Covariance { get; init; }

    /// <summary>User-defined parameters (<c>USER_DEFINED_*</c>), in input order.</summary>
    public EquatableArray<OmmUserDefinedParameter> UserDefinedParameters { get; init; }

    /// <summary>Comment lines before the user-defined parameters.</summary>
    public EquatableArray<string> UserDefinedComments { get; init; }
}
