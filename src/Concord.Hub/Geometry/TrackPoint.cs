using Concord.Astro.Mathematics;
using Concord.Astro.Time;

namespace Concord.Hub.Geometry;

/// <summary>One point of a propagated track.</summary>
/// <param name="Time">When (UTC).</param>
/// <param name="PositionMeters">TEME position, metres.</param>
/// <param name="GmstRadians">The Earth rotation angle at <paramref name="Time"/> (<see cref="EarthFixed.GmstRadians"/>).</param>
/// <param name="LatitudeRadians">WGS-84 geodetic latitude of the sub-point.</param>
/// <param name="LongitudeRadians">Longitude of the sub-point, in (−π, π].</param>
/// <param name="HeightMeters">Height above the WGS-84 ellipsoid.</param>
public sealed record TrackPoint(Epoch Time, Vector3d PositionMeters, double GmstRadians, double LatitudeRadians, double LongitudeRadians,
    double HeightMeters)
{
    /// <summary>The point of a TEME position at <paramref name="time"/>.</summary>
    public static TrackPoint At(Epoch time, Vector3d temePositionMeters)
    {
        var below = EarthFixed.SubPoint(time, temePositionMeters);
        return new TrackPoint(time, temePositionMeters, EarthFixed.GmstRadians(time), below.LatitudeRadians, below.LongitudeRadians,
            below.HeightMeters);
    }
}
