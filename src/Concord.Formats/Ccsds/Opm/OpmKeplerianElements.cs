namespace Concord.Formats.Ccsds.Opm;

/// <summary>The osculating Keplerian elements of an OPM.</summary>
public sealed record OpmKeplerianElements
{
    /// <summary>Gets the comments.</summary>
    public EquatableArray<string> Comments { get; init; }

    /// <summary>Gets the semi-major axis.</summary>
    public required double SemiMajorAxisKilometers { get; init; }

    /// <summary>Gets the eccentricity.</summary>
    public required double Eccentricity { get; init; }

    /// <summary>Gets the inclination.</summary>
    public required double InclinationDegrees { get; init; }

    /// <summary>Gets the right ascension of the ascending node.</summary>
    public required double RightAscensionOfAscendingNodeDegrees { get; init; }

    /// <summary>Gets the argument of pericenter.</summary>
    public required double ArgumentOfPericenterDegrees { get; init; }

    /// <summary>Gets the true anomaly (one of true or mean anomaly is given).</summary>
    public double? TrueAnomalyDegrees { get; init; }

    /// <summary>Gets the mean anomaly (one of true or mean anomaly is given).</summary>
    public double? MeanAnomalyDegrees { get; init; }

    /// <summary>Gets the gravitational parameter.</summary>
    public required double GravitationalParameterCubicKilometersPerSecondSquared { get; init; }
}
