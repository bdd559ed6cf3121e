using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Time;

namespace Concord.Hub.Geometry;

/// <summary>Where a TEME position is over the Earth, for pictures: the Earth rotation angle and the WGS-84 sub-point.</summary>
/// <remarks>TEME to the pseudo-Earth-fixed frame is a rotation by the IAU-82 Greenwich mean sidereal time about z
/// (Vallado, Crawford, Hujsak &amp; Kelso 2006, "Revisiting Spacetrack Report #3", §4 and Appendix C; Vallado 2013 §3.7).
/// Without Earth orientation data UT1 is taken as UTC and polar motion as zero: an error under a second of time (under
/// 0.5 km along the equator) and about 10 m, far below what a map or globe shows. Thread-safe.</remarks>
public static class EarthFixed
{
    private static readonly FrameTransformer s_frames = new(EarthOrientationParameters.Zero);

    /// <summary>The Greenwich mean sidereal time at <paramref name="epoch"/>, radians in [0, 2π): the angle to rotate
    /// a TEME vector by, clockwise about z, to get its Earth-fixed coordinates (Earth-fixed features appear in TEME
    /// turned by +GMST).</summary>
    public static double GmstRadians(Epoch epoch) => Gmst(TemeToItrf(epoch));

    /// <summary>The WGS-84 geodetic point below a TEME position at <paramref name="epoch"/>.</summary>
    public static GeodeticPoint SubPoint(Epoch epoch, Vector3d temePositionMeters) =>
        GeodeticPoint.FromItrfPositionMeters(TemeToItrf(epoch) * temePositionMeters);

    /// <summary><see cref="GmstRadians"/> and <see cref="SubPoint"/> together, from one frame rotation (a track's hot path).</summary>
    public static (double GmstRadians, GeodeticPoint SubPoint) Locate(Epoch epoch, Vector3d temePositionMeters)
    {
        Matrix3x3d temeToItrf = TemeToItrf(epoch);
        return (Gmst(temeToItrf), GeodeticPoint.FromItrfPositionMeters(temeToItrf * temePositionMeters));
    }

    private static Matrix3x3d TemeToItrf(Epoch epoch) => s_frames.PositionRotation(epoch, ReferenceFrame.Teme, ReferenceFrame.Itrf);

    // TEME → PEF is RotationZ(GMST) (a frame rotation: row 1 = (cos θ, sin θ, 0)), so θ = atan2(M12, M11).
    private static double Gmst(Matrix3x3d temeToItrf)
    {
        double angle = Math.Atan2(temeToItrf.M12, temeToItrf.M11);
        return angle < 0.0 ? angle + (2.0 * Math.PI) : angle;
    }

    /// <summary>A state in <see cref="ReferenceFrame.Teme"/> (unchanged when it already is).</summary>
    public static CartesianState ToTeme(CartesianState state) =>
        state.Frame == ReferenceFrame.Teme ? state : s_frames.Transform(state, ReferenceFrame.Teme);
}
