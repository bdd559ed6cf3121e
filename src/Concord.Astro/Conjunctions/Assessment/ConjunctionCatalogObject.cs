using Concord.Astro.Ephemerides;
using Concord.Astro.Propagation.Sgp4;

namespace Concord.Astro.Conjunctions.Assessment;

/// <summary>One object offered to a <see cref="ConjunctionCatalog"/>: its identifier and whatever trajectories are known
/// for it (an element set, an operator ephemeris, or both).</summary>
/// <remarks>Immutable.</remarks>
public sealed record ConjunctionCatalogObject
{
    /// <summary>The identifier reported in conjunctions (a catalog number as text, e.g. <c>25544</c>); one object per
    /// identifier.</summary>
    public required string Id { get; init; }

    /// <summary>The object's element set (mean elements, TEME, UTC); null when it has none.</summary>
    public Sgp4Elements? Elements { get; init; }

    /// <summary>The object's operator ephemeris (an inertial frame: TEME, GCRF or EME2000); null when it has none.</summary>
    public Ephemeris? Ephemeris { get; init; }

    /// <summary>A trajectory that replaces the object over the whole window (a manoeuvre plan's ephemeris, inertial);
    /// when given, <see cref="Elements"/> still sets the default-covariance regime but is not propagated, and
    /// <see cref="Ephemeris"/> is ignored.</summary>
    public Ephemeris? Replacement { get; init; }
}
