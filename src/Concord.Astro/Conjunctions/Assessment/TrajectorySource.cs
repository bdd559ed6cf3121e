namespace Concord.Astro.Conjunctions.Assessment;

/// <summary>Where the trajectory of one <see cref="ConjunctionCatalogEntry"/> comes from.</summary>
public enum TrajectorySource
{
    /// <summary>SGP4 from the object's element set (Vallado et al. 2006, "Revisiting Spacetrack Report #3").</summary>
    ElementSet,

    /// <summary>The operator ephemeris of the object, used inside its useable interval (CCSDS 502.0-B-3
    /// <c>USEABLE_START_TIME</c>/<c>USEABLE_STOP_TIME</c>); the element set speaks for the object outside it.</summary>
    Ephemeris,

    /// <summary>A trajectory that replaces the object over the whole window (a manoeuvre plan's ephemeris), with no
    /// fallback to the element set.</summary>
    Replacement,
}
