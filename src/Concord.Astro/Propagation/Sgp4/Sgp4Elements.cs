using Concord.Astro.Time;

namespace Concord.Astro.Propagation.Sgp4;

/// <summary>SGP4 mean elements (Kozai mean motion, TEME, WGS-72 by convention) of one element set, as carried
/// by a TLE or a CCSDS OMM with <c>MEAN_ELEMENT_THEORY = SGP/SGP4</c>.</summary>
/// <remarks>Angles in radians, mean motion in radians per minute (the unit SGP4 works in), B* in inverse Earth
/// radii, as defined in Hoots &amp; Roehrich, Spacetrack Report #3 (1980) and Vallado et al. (2006).
/// Conversion from TLE/OMM units happens once, in Concord.Formats.</remarks>
public sealed record Sgp4Elements
{
    /// <summary>Epoch of the elements (CCSDS <c>EPOCH</c>; TLE epochs are UTC).</summary>
    public required Epoch Epoch { get; init; }

    /// <summary>Kozai mean motion, radians per minute (CCSDS <c>MEAN_MOTION</c> is in rev/day).</summary>
    public required double MeanMotionRadiansPerMinute { get; init; }

    /// <summary>Mean eccentricity, dimensionless, in [0, 1) (CCSDS <c>ECCENTRICITY</c>).</summary>
    public required double Eccentricity { get; init; }

    /// <summary>Mean inclination, radians (CCSDS <c>INCLINATION</c>).</summary>
    public required double InclinationRadians { get; init; }

    /// <summary>Mean right ascension of the ascending node, radians (CCSDS <c>RA_OF_ASC_NODE</c>).</summary>
    public required double RightAscensionOfAscendingNodeRadians { get; init; }

    /// <summary>Mean argument of perigee, radians (CCSDS <c>ARG_OF_PERICENTER</c>).</summary>
    public required double ArgumentOfPerigeeRadians { get; init; }

    /// <summary>Mean anomaly, radians (CCSDS <c>MEAN_ANOMALY</c>).</summary>
    public required double MeanAnomalyRadians { get; init; }

    /// <summary>SGP4 drag term B*, inverse Earth radii (CCSDS <c>BSTAR</c>).</summary>
    public required double BstarPerEarthRadius { get; init; }
}
