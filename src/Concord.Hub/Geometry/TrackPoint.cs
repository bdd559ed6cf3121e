using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Time;

namespace Concord.Hub.Geometry;

/// <summary>One point of a propagated track.</summary>
/// <param name="Time">When (UTC).</param>
/// <param name="PositionMeters">TEME position, metres.</param>
/// <param name="GmstRadians">The Earth rotation angle at <paramref name="Time"/> (<see cref="EarthFixed.GmstRadians"/>).</param>
/// <param name="SubPoint">The WGS-84 point below it (<see cref="EarthFixed.SubPoint"/>).</param>
public sealed record TrackPoint(Epoch Time, Vector3d PositionMeters, double GmstRadians, GeodeticPoint SubPoint)
{
    /// <summary>The point of a TEME position at <paramref name="time"/>.</summary>
    public static TrackPoint At(Epoch time, Vector3d temePositionMeters)
    {
        (double gmst, GeodeticPoint below) = EarthFixed.Locate(time, temePositionMeters);
        return new TrackPoint(time, temePositionMeters, gmst, below);
    }
}
