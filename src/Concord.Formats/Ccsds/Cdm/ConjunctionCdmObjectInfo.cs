using System.Collections.Immutable;

namespace Concord.Formats.Ccsds.Cdm;

/// <summary>What a screening knows about one object of a conjunction beyond its state: the descriptive metadata and,
/// when known, its covariance at TCA.</summary>
/// <remarks>Every member is optional (R12); <see cref="ConjunctionCdmBuilder"/> writes the standard's placeholder
/// (<c>UNKNOWN</c>, <c>NONE</c>) where CCSDS 508.0-B-1 requires a value that is not known. Immutable.</remarks>
public sealed record ConjunctionCdmObjectInfo
{
    /// <summary>Object name (CDM <c>OBJECT_NAME</c>); null when unknown (written as <c>UNKNOWN</c>).</summary>
    public string? ObjectName { get; init; }

    /// <summary>International designator, e.g. <c>1998-067A</c> (CDM <c>INTERNATIONAL_DESIGNATOR</c>); null when
    /// unknown (written as <c>UNKNOWN</c>).</summary>
    public string? InternationalDesignator { get; init; }

    /// <summary>Name of the operator ephemeris the object's trajectory came from (CDM <c>EPHEMERIS_NAME</c>); null
    /// when it was propagated from element sets (written as <c>NONE</c>).</summary>
    public string? EphemerisName { get; init; }

    /// <summary>The object's position/velocity covariance at TCA in its own RTN axes: the 21 terms of the 6×6 lower
    /// triangle row by row (R, T, N, Ṙ, Ṫ, Ṅ), in m², m²/s and m²/s² (the CDM's <c>CR_R</c> … <c>CNDOT_NDOT</c>
    /// order and units); default (absent) when not known.</summary>
    public ImmutableArray<double> RtnCovarianceSi { get; init; }

    /// <summary>How the covariance was obtained (CDM <c>COVARIANCE_METHOD</c>: <c>CALCULATED</c> or <c>DEFAULT</c>);
    /// null means <c>CALCULATED</c> when a covariance is given and <c>DEFAULT</c> when it is not.</summary>
    public string? CovarianceMethod { get; init; }
}
