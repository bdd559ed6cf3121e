using Concord.Astro.Time;

namespace Concord.Hub.Geometry;

/// <summary>The geometry of one conjunction update: both objects at TCA with their arcs around it, and the encounter
/// plane as the Pc saw it.</summary>
/// <param name="EventId">The event.</param>
/// <param name="UpdateId">The update whose CDM it is built from.</param>
/// <param name="Tca">Time of closest approach of that update.</param>
/// <param name="GmstRadians">The Earth rotation angle at TCA (<see cref="EarthFixed.GmstRadians"/>).</param>
/// <param name="Primary">Object 1 of the CDM (the event's primary).</param>
/// <param name="Secondary">Object 2.</param>
/// <param name="Plane">The encounter plane.</param>
public sealed record ConjunctionGeometry(Guid EventId, Guid UpdateId, Epoch Tca, double GmstRadians, ConjunctionGeometryObject Primary,
    ConjunctionGeometryObject Secondary, EncounterPlaneView Plane);
