using Concord.Astro.Frames;
using Concord.Astro.Mathematics;

namespace Concord.Hub.Geometry;

/// <summary>One object of a conjunction's geometry.</summary>
/// <param name="CatalogNumber">The object.</param>
/// <param name="Name">Its CDM OBJECT_NAME, if any.</param>
/// <param name="PositionMeters">TEME position at TCA (from the CDM).</param>
/// <param name="VelocityMetersPerSecond">TEME velocity at TCA.</param>
/// <param name="SubPoint">The WGS-84 point below it at TCA (<see cref="EarthFixed.SubPoint"/>).</param>
/// <param name="Arc">Positions around TCA from the hub's propagators (empty when none covers it).</param>
public sealed record ConjunctionGeometryObject(int CatalogNumber, string? Name, Vector3d PositionMeters, Vector3d VelocityMetersPerSecond,
    GeodeticPoint SubPoint, IReadOnlyList<ArcPoint> Arc);
