using Concord.Astro.Time;

namespace Concord.Hub.Geometry;

/// <summary>An object's track: its newest released element set propagated with SGP4 over a span.</summary>
/// <param name="CatalogNumber">The object.</param>
/// <param name="Name">The set's object name, if any.</param>
/// <param name="ElementEpoch">Epoch of the set that was propagated.</param>
/// <param name="Start">First point's time.</param>
/// <param name="StepSeconds">Spacing of the points.</param>
/// <param name="Points">The points, in time order; ends early where SGP4 stops (decay).</param>
public sealed record ObjectTrack(int CatalogNumber, string? Name, Epoch ElementEpoch, Epoch Start, double StepSeconds,
    IReadOnlyList<TrackPoint> Points);
