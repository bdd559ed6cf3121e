namespace Concord.Formats.Ccsds.Omm;

/// <summary>Mean Keplerian elements (CCSDS 502.0-B-3 table 4-4, "Mean Keplerian Elements"), in the standard's units.</summary>
/// <remarks>Exactly one of <see cref="SemiMajorAxisKilometers"/> and <see cref="MeanMotionRevolutionsPerDay"/> is given
/// (SGP4 messages give the mean motion).</remarks>
public sealed record OmmMeanElements
{
    /// <summary>Comment lines at the start of the block.</summary>
    public EquatableArray<string> Comments { get; init; }

    /// <summary>Epoch of the elements, in the metadata's time system (<c>EPOCH</c>).</summary>
    public required CcsdsDate Epoch { get; init; }

    /// <summary>Semi-major axis, km (<c>SEMI_MAJOR_AXIS</c>); null when the mean motion is given.</summary>
    public double? SemiMajorAxisKilometers { get; init; }

    /// <summary>Kozai mean motion for SGP4, revolutions per day (<c>MEAN_MOTION</c>); null when the semi-major axis is given.</summary>
    public double? MeanMotionRevolutionsPerDay { get; init; }

    /// <summary>Eccentricity, dimensionless, 0 or more (<c>ECCENTRICITY</c>).</summary>
    public required double Eccentricity { get; init; }

    /// <summary>Inclination, degrees (<c>INCLINATION</c>).</summary>
    public required double InclinationDegrees { get; init; }

    /// <summary>Right ascension of the ascending node, degrees (<c>RA_OF_ASC_NODE</c>).</summary>
    public required double RightAscensionOfAscendingNodeDegrees { get; init; }

    /// <summary>Argument of pericentre, degrees (<c>ARG_OF_PERICENTER</c>).</summary>
    public required double ArgumentOfPericenterDegrees { get; init; }

    /// <summary>Mean anomaly, degrees (<c>MEAN_ANOMALY</c>).</summary>
    public required double MeanAnomalyDegrees { get; init; }

    /// <summary>Gravitational parameter, km³/s² (<c>GM</c>); null when absent.</summary>
    public double? GravitationalParameterCubicKilometersPerSecondSquared { get; init; }
}
