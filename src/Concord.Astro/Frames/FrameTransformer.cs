using Concord.Astro.Mathematics;
using Concord.Astro.Time;

namespace Concord.Astro.Frames;

/// <summary>Converts states between <see cref="ReferenceFrame.Teme"/>, <see cref="ReferenceFrame.Gcrf"/>,
/// <see cref="ReferenceFrame.Eme2000"/> and <see cref="ReferenceFrame.Itrf"/> with the IAU-76/FK5 theory
/// (precession IAU 1976, nutation IAU 1980, sidereal time IAU 1982) and Earth orientation parameters.</summary>
/// <remarks>
/// <para><b>Frames and paths.</b> References: Vallado, Crawford, Hujsak &amp; Kelso (2006), "Revisiting Spacetrack
/// Report #3", AIAA 2006-6753, §3.3 and Appendix C; Vallado (2013), <i>Fundamentals of Astrodynamics and
/// Applications</i>, 4th ed., §3.7, Algorithm 24 and Example 3-15. Each pair of frames uses the path of those
/// references, so every published intermediate of Example 3-15 / Table 3-6 is reproduced:</para>
/// <list type="bullet">
/// <item>TEME → TOD: ROT3(−Δψ cos ε̄), the geometric equation of the equinoxes only (the definition of TEME in
/// Vallado et al. 2006, <c>teme2eci</c>); TOD → MOD: IAU-80 nutation with δΔψ, δΔε; MOD → J2000: IAU-76
/// precession. The result is labelled GCRF, as Vallado does when δΔψ, δΔε are applied (see below).</item>
/// <item>TEME → ITRF: PEF = ROT3(GMST) TEME with GMST IAU-82 of UT1 (<see cref="SiderealTime.GreenwichMeanIau1982(JulianDate)"/>,
/// <c>teme2ecef</c>); v_PEF = ROT3(GMST) v_TEME − ω × r_PEF with ω = 7.292115146706979e-5 rad/s × (1 − LOD/86400);
/// then polar motion.</item>
/// <item>GCRF/EME2000 → ITRF: the FK5 reduction of Algorithm 24 through TOD, with GAST = GMST + Δψ cos ε̄ +
/// 0.00264″ sin Ω + 0.000063″ sin 2Ω (kinematic terms after 1997-02-27).</item>
/// </list>
/// <para>Because Vallado's TEME omits the kinematic terms that FK5's GAST includes, TEME → ITRF and
/// TEME → GCRF → ITRF differ by a rotation of at most 0.0027″ about z (≤ 0.1 m at 8,000 km): both match their
/// published reference, and each pair round-trips exactly.</para>
/// <para><b>GCRF and EME2000.</b> The FK5 chain realises a mean-of-J2000 frame. With the IERS celestial pole
/// offsets δΔψ, δΔε applied it approximates the GCRF (pole to ~0.1 mas; the right-ascension origin is not corrected),
/// which is how Vallado (2013) Example 3-15 labels its result, so here <see cref="ReferenceFrame.Gcrf"/> is the output
/// of the FK5 chain with the supplied corrections. <see cref="ReferenceFrame.Eme2000"/> is then GCRF rotated by the
/// constant IERS 2003 frame bias (dα₀ = −14.6 mas, ξ₀ = −16.6170 mas, η₀ = −6.8192 mas; about 23 mas, 0.9 m at
/// 8,000 km), as Orekit and the IERS relate them. With <see cref="EarthOrientationParameters.Zero"/> there are no pole
/// corrections, and "GCRF" is then the bare IAU-76/80 J2000 frame, off the true GCRF by the bias plus the IAU-80
/// model error (tens of mas, 1-2 m at 8,000 km).</para>
/// <para><b>Polar motion</b> is applied exactly (not small-angle) in Vallado's IAU-76/FK5 form
/// r_PEF = ROT1(y<sub>p</sub>) ROT2(x<sub>p</sub>) r_ITRF (Vallado 2013 Eq. 3-77, <c>polarm</c> '80'); it differs from
/// the IERS 2003 order ROT2(x<sub>p</sub>) ROT1(y<sub>p</sub>) by x<sub>p</sub>y<sub>p</sub> ≈ 1e-12 rad (&lt; 0.01 mm), and s′ is neglected.</para>
/// <para><b>Time.</b> Precession-nutation use TT Julian centuries from <see cref="Epoch.ToJulianDate(TimeScale)"/>;
/// sidereal time uses the UT1 Julian date as one <see cref="double"/> (SGP4's and Vallado's convention), whose
/// ~40 µs resolution limits Earth-fixed positions to about 1 cm. Velocities ignore the rates of precession and
/// nutation (≤ 1e-11 rad/s, ≤ 0.1 mm/s), as the references do.</para>
/// <para><b>Accuracy</b> is that of IAU-76/80 with EOP: about 1 mas (5 cm at 8,000 km) against the IAU 2006/2000A
/// CIO-based reduction, ample for TLE/SGP4 and conjunction screening. Valid within about ±1 century of J2000.</para>
/// <para>Immutable and thread-safe if the EOP source is.</para>
/// </remarks>
public sealed class FrameTransformer
{
    /// <summary>Nominal Earth rotation rate, 7.292115146706979e-5 rad/s (Vallado 2013 §3.7; IERS), before the LOD scaling.</summary>
    public const double NominalEarthRotationRateRadiansPerSecond = 7.292115146706979e-5;

    private readonly Func<Epoch, EarthOrientationParameters> _earthOrientation;

    /// <summary>A transformer that uses the same Earth orientation parameters at every epoch
    /// (for example <see cref="EarthOrientationParameters.Zero"/>, or one day's values for a short span).</summary>
    public FrameTransformer(EarthOrientationParameters earthOrientation)
    {
        ArgumentNullException.ThrowIfNull(earthOrientation);
        _earthOrientation = _ => earthOrientation;
    }

    /// <summary>A transformer that asks <paramref name="earthOrientation"/> for the parameters at each state's epoch
    /// (for example, interpolation in an IERS <c>finals.all</c> table). It must be thread-safe if the transformer is shared.</summary>
    public FrameTransformer(Func<Epoch, EarthOrientationParameters> earthOrientation)
    {
        ArgumentNullException.ThrowIfNull(earthOrientation);
        _earthOrientation = earthOrientation;
    }

    /// <summary>The state expressed in <paramref name="target"/> at the same epoch (positions and velocities).</summary>
    /// <remarks>See the class remarks for the models and paths. Returns <paramref name="state"/> itself when the
    /// frames are equal.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A frame is not one of the four supported.</exception>
    public CartesianState Transform(CartesianState state, ReferenceFrame target)
    {
        ValidateFrame(state.Frame, nameof(state));
        ValidateFrame(target, nameof(target));
        if (state.Frame == target)
        {
            return state;
        }

        EpochRotations rotations = EpochRotations.Compute(state.Epoch, _earthOrientation(state.Epoch));
        Vector3d r = state.PositionMeters;
        Vector3d v = state.VelocityMetersPerSecond;
        if (state.Frame != ReferenceFrame.Itrf && target != ReferenceFrame.Itrf)
        {
            Matrix3x3d rotation = rotations.GcrfTo(target) * rotations.ToGcrf(state.Frame);
            return new CartesianState(state.Epoch, target, rotation * r, rotation * v);
        }

        Vector3d omega = new(0.0, 0.0, rotations.EarthRotationRateRadiansPerSecond);
        if (state.Frame == ReferenceFrame.Itrf)
        {
            // ITRF -> PEF -> (TEME or TOD of date) -> target.
            bool viaTeme = target == ReferenceFrame.Teme;
            Vector3d rPef = rotations.ItrfToPef * r;
            Vector3d vPef = rotations.ItrfToPef * v;
            Matrix3x3d pefToIntermediate = Matrix3x3d.RotationZ(-(viaTeme ? rotations.GmstRadians : rotations.GastRadians));
            Vector3d rIntermediate = pefToIntermediate * rPef;
            Vector3d vIntermediate = pefToIntermediate * (vPef + Vector3d.Cross(omega, rPef));
            Matrix3x3d intermediateToTarget = viaTeme ? Matrix3x3d.Identity : rotations.GcrfTo(target) * rotations.TodToGcrf;
            return new CartesianState(state.Epoch, target, intermediateToTarget * rIntermediate, intermediateToTarget * vIntermediate);
        }
        else
        {
            // Source -> (TEME or TOD of date) -> PEF -> ITRF.
            bool viaTeme = state.Frame == ReferenceFrame.Teme;
            Matrix3x3d sourceToIntermediate = viaTeme ? Matrix3x3d.Identity : rotations.TodToGcrf.Transpose() * rotations.ToGcrf(state.Frame);
            Vector3d rIntermediate = sourceToIntermediate * r;
            Vector3d vIntermediate = sourceToIntermediate * v;
            Matrix3x3d intermediateToPef = Matrix3x3d.RotationZ(viaTeme ? rotations.GmstRadians : rotations.GastRadians);
            Vector3d rPef = intermediateToPef * rIntermediate;
            Vector3d vPef = (intermediateToPef * vIntermediate) - Vector3d.Cross(omega, rPef);
            Matrix3x3d pefToItrf = rotations.ItrfToPef.Transpose();
            return new CartesianState(state.Epoch, target, pefToItrf * rPef, pefToItrf * vPef);
        }
    }

    /// <summary>The rotation M with r_target = M r_source at <paramref name="epoch"/>, for positions (and for
    /// position covariance blocks, via <see cref="Matrix3x3d.RotateCovariance(Matrix3x3d)"/>).</summary>
    /// <remarks>Between inertial frames M also rotates velocities. Between ITRF and an inertial frame, velocities
    /// need the ω × r term as well: use <see cref="Transform"/> for states.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A frame is not one of the four supported.</exception>
    public Matrix3x3d PositionRotation(Epoch epoch, ReferenceFrame source, ReferenceFrame target)
    {
        ValidateFrame(source, nameof(source));
        ValidateFrame(target, nameof(target));
        if (source == target)
        {
            return Matrix3x3d.Identity;
        }

        EpochRotations rotations = EpochRotations.Compute(epoch, _earthOrientation(epoch));
        if (source != ReferenceFrame.Itrf && target != ReferenceFrame.Itrf)
        {
            return rotations.GcrfTo(target) * rotations.ToGcrf(source);
        }

        ReferenceFrame celestial = source == ReferenceFrame.Itrf ? target : source;
        bool viaTeme = celestial == ReferenceFrame.Teme;
        Matrix3x3d intermediateToCelestial = viaTeme ? Matrix3x3d.Identity : rotations.GcrfTo(celestial) * rotations.TodToGcrf;
        Matrix3x3d itrfToCelestial = intermediateToCelestial
            * Matrix3x3d.RotationZ(-(viaTeme ? rotations.GmstRadians : rotations.GastRadians))
            * rotations.ItrfToPef;
        return source == ReferenceFrame.Itrf ? itrfToCelestial : itrfToCelestial.Transpose();
    }

    private static void ValidateFrame(ReferenceFrame frame, string parameterName)
    {
        if (frame is not (ReferenceFrame.Teme or ReferenceFrame.Gcrf or ReferenceFrame.Eme2000 or ReferenceFrame.Itrf))
        {
            throw new ArgumentOutOfRangeException(parameterName, frame, "Unsupported reference frame.");
        }
    }
}
