using Concord.Astro.Time;
using Concord.Hub.Release;

namespace Concord.Hub.Catalog;

/// <summary>One stored SGP4 element set (a GP record): every submitted set is a row, so history is kept. Storage
/// entity. The columns hold the mean elements and TLE parameters exactly as read (the decimal the text carried), so
/// that the set is written back as OMM or TLE unchanged (<see cref="ElementSetMapping"/>). Category
/// <see cref="DataCategory.OrbitElements"/> for the release policy.</summary>
/// <remarks>Only SGP4 sets are stored (<c>MEAN_ELEMENT_THEORY</c> SGP4, TEME, EARTH, UTC; see
/// <c>OmmConverter.ToSgp4Elements</c>): <c>CENTER_NAME</c>, <c>REF_FRAME</c> and <c>TIME_SYSTEM</c> are therefore not
/// columns. An OMM's optional spacecraft parameters, covariance and user-defined parameters are not kept.</remarks>
public sealed class ElementSet
{
    /// <summary>Surrogate key (UUID v7).</summary>
    public Guid Id { get; init; }

    /// <summary>The submission that brought the set.</summary>
    public Guid SubmissionId { get; init; }

    /// <summary>Catalog number (<c>NORAD_CAT_ID</c>), 0 to 999,999,999.</summary>
    public int CatalogNumber { get; init; }

    /// <summary>Epoch of the elements (<c>EPOCH</c>, UTC); stored as TAI nanoseconds since 2000 so that it sorts in both providers.</summary>
    public Epoch Epoch { get; init; }

    /// <summary>Object name (<c>OBJECT_NAME</c>, or the TLE name line); null for a 2-line set.</summary>
    public string? ObjectName { get; init; }

    /// <summary>International designator in its long form (<c>OBJECT_ID</c>, for example <c>1998-067A</c>, or
    /// <c>UNKNOWN</c>); null when a TLE left it blank.</summary>
    public string? ObjectId { get; init; }

    /// <summary><c>MEAN_ELEMENT_THEORY</c> as written: <c>SGP4</c> or <c>SGP/SGP4</c>.</summary>
    public required string MeanElementTheory { get; init; }

    /// <summary>Kozai mean motion, revolutions per day (<c>MEAN_MOTION</c>).</summary>
    public double MeanMotionRevolutionsPerDay { get; init; }

    /// <summary>Eccentricity (<c>ECCENTRICITY</c>).</summary>
    public double Eccentricity { get; init; }

    /// <summary>Inclination, degrees (<c>INCLINATION</c>).</summary>
    public double InclinationDegrees { get; init; }

    /// <summary>Right ascension of the ascending node, degrees (<c>RA_OF_ASC_NODE</c>).</summary>
    public double RightAscensionOfAscendingNodeDegrees { get; init; }

    /// <summary>Argument of pericentre, degrees (<c>ARG_OF_PERICENTER</c>).</summary>
    public double ArgumentOfPericenterDegrees { get; init; }

    /// <summary>Mean anomaly, degrees (<c>MEAN_ANOMALY</c>).</summary>
    public double MeanAnomalyDegrees { get; init; }

    /// <summary>Gravitational parameter, km³/s² (<c>GM</c>); null when absent.</summary>
    public double? GravitationalParameterCubicKilometersPerSecondSquared { get; init; }

    /// <summary><c>EPHEMERIS_TYPE</c>; null when absent.</summary>
    public int? EphemerisType { get; init; }

    /// <summary><c>CLASSIFICATION_TYPE</c> (<c>U</c>, <c>C</c>, <c>S</c>); null when absent.</summary>
    public string? ClassificationType { get; init; }

    /// <summary><c>ELEMENT_SET_NO</c>; null when absent.</summary>
    public int? ElementSetNumber { get; init; }

    /// <summary><c>REV_AT_EPOCH</c>; null when absent.</summary>
    public int? RevolutionNumberAtEpoch { get; init; }

    /// <summary>SGP4 drag term B*, inverse Earth radii (<c>BSTAR</c>).</summary>
    public double BstarPerEarthRadius { get; init; }

    /// <summary>Mean motion first derivative / 2, rev/day² (<c>MEAN_MOTION_DOT</c>); null when absent.</summary>
    public double? MeanMotionDotRevolutionsPerDaySquared { get; init; }

    /// <summary>Mean motion second derivative / 6, rev/day³ (<c>MEAN_MOTION_DDOT</c>); null when absent.</summary>
    public double? MeanMotionDdotRevolutionsPerDayCubed { get; init; }

    /// <summary>The TLE spellings of signs and zero exponents (<c>TleNotation</c> flags), so that a set read from a
    /// TLE is written back byte for byte; 0 for OMM input.</summary>
    public int TleNotation { get; init; }

    /// <summary>Code of the agency that submitted the set.</summary>
    public required string Originator { get; init; }

    /// <summary>Who may see the set.</summary>
    public Marking Marking { get; init; }

    /// <summary>Agency codes released to when <see cref="Marking.Restricted"/>.</summary>
    public List<string> RelTo { get; init; } = [];

    /// <summary>When the hub stored the set (UTC); agreement embargoes count from here.</summary>
    public DateTimeOffset StoredAt { get; init; }

    /// <summary>The set as the release policy sees it.</summary>
    /// <param name="objectOwner">Owner of the registered object with this catalog number, or null.</param>
    public ReleasableRecord ToReleasable(string? objectOwner) =>
        new(Originator, Marking, RelTo, DataCategory.OrbitElements, CatalogNumber, objectOwner, StoredAt);
}
