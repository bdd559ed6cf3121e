using Concord.Astro.Time;

namespace Concord.Demo;

/// <summary>What an engineered encounter should look like.</summary>
/// <param name="Kind">See <see cref="DemoConjunction.Kind"/>.</param>
/// <param name="Primary">The object whose trajectory is kept.</param>
/// <param name="Secondary">The object whose orbit is designed (its inclination, eccentricity and B* are kept).</param>
/// <param name="TcaAfterNow">Designed time of closest approach after the catalog's epoch.</param>
/// <param name="MissMeters">Designed miss distance, metres.</param>
/// <param name="MinimumMissMeters">Lower end of the accepted band, metres.</param>
/// <param name="MaximumMissMeters">Upper end of the accepted band, metres.</param>
/// <param name="CrossingTrueAnomalyDegrees">The secondary's true anomaly at the encounter, degrees.</param>
internal sealed record EncounterDesign(string Kind, DemoSpaceObject Primary, DemoSpaceObject Secondary, Duration TcaAfterNow,
    double MissMeters, double MinimumMissMeters, double MaximumMissMeters, double CrossingTrueAnomalyDegrees);
