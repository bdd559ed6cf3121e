using Concord.Astro.Mathematics;
using Concord.Astro.Time;

namespace Concord.Astro.Frames;

/// <summary>Converts states between <see cref="ReferenceFrame.Teme"/>, <see cref="ReferenceFrame.Gcrf"/>,
/// <see cref="ReferenceFrame.Eme2000"/> and <see cref="ReferenceFrame.Itrf"/> with the IAU-76/FK5 theory
/// (precession IAU 1976, nutation IAU 1980, sidereal time IAU 1982) and Earth orientation parameters.</summary>
/// <remarks>
/// <para><b>Frames and path.</b> References: Vallado, Crawford, Hujsak &amp; Kelso (2006), "Revisiting Spacetrack
/// Report #3", AIAA 2006-6753, §3.3 and Appendix C; Vallado (2013), <i>Fundamentals of Astrodynamics and
/// Applications</i>, 4th ed., §3.7, Algorithm 24 and Example 3-15. All conversions run along one chain, so every
/// pair is consistent and each published intermediate of Example 3-15 / Table 3-6 is reproduced:</para>
/// <code>ITRF --W--> PEF --ROT3(−GMST)--> TEME --ROT3(−EqE)--> TOD --nutation--> MOD --precession--> GCRF --bias--> EME2000</code>
/// <list type="bullet">
/// <item>PEF = ROT1(y<sub>p</sub>) ROT2(x<sub>p</sub>) ITRF (polar motion, below).</item>
/// <item>TEME = ROT3(−GMST) PEF, GMST IAU-82 of UT1 (<see cref="SiderealTime.GreenwichMeanIau1982(double)"/>): TEME is
/// the frame whose sidereal angle is GMST (Vallado et al. 2006 §3.3, <c>teme2ecef</c>). Velocities:
/// v_TEME = ROT3(−GMST)(v_PEF + ω × r_PEF), ω = 7.292115146706979e-5 rad/s × (1 − LOD/86400).</item>
/// <item>TOD = ROT3(−EqE) TEME with the IAU-82 equation of the equinoxes EqE = Δψ cos ε̄ + 0.00264″ sin Ω +
/// 0.000063″ sin 2Ω (kinematic terms from 1997-02-27), so that GAST = GMST + EqE as in the FK5 reduction. Table 3-6
/// is reproduced only with the kinematic terms; <c>teme2eci</c> with the geometric term alone differs by ≤ 0.0027″
/// (7 cm in the example).</item>
/// <item>MOD = Nᵀ TOD with IAU-80 nutation (106 terms) plus δΔψ, δΔε; J2000 = Pᵀ MOD with IAU-76 precession;
/// time argument TT Julian centuries.</item>
/// </list>
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
    /// <remarks>See the class remarks for the models and the chain. Returns <paramref name="state"/> itself when the
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
        Vector3d omega = new(0.0, 0.0, rotations.EarthRotationRateRadiansPerSecond);
        Vector3d rTeme;
        Vector3d vTeme;
        if (state.Frame == ReferenceFrame.Itrf)
        {
            Vector3d rPef = rotations.ItrfToPef * state.PositionMeters;
            Vector3d vPef = rotations.ItrfToPef * state.VelocityMetersPerSecond;
            Matrix3x3d pefToTeme = rotations.PefToTeme;
            rTeme = pefToTeme * rPef;
            vTeme = pefToTeme * (vPef + Vector3d.Cross(omega, rPef));
        }
        else
        {
            Matrix3x3d toTeme = rotations.TemeToGcrf.Transpose() * rotations.ToGcrf(state.Frame);
            rTeme = toTeme * state.PositionMeters;
            vTeme = toTeme * state.VelocityMetersPerSecond;
        }

        if (target == ReferenceFrame.Itrf)
        {
            Matrix3x3d temeToPef = rotations.PefToTeme.Transpose();
            Vector3d rPef = temeToPef * rTeme;
            Vector3d vPef = (temeToPef * vTeme) - Vector3d.Cross(omega, rPef);
            Matrix3x3d pefToItrf = rotations.ItrfToPef.Transpose();
            return new CartesianState(state.Epoch, target, pefToItrf * rPef, pefToItrf * vPef);
        }

        Matrix3x3d fromTeme = rotations.GcrfTo(target) * rotations.TemeToGcrf;
        return new CartesianState(state.Epoch, target, fromTeme * rTeme, fromTeme * vTeme);
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
        return rotations.ToGcrf(target).Transpose() * rotations.ToGcrf(source);
    }

    private static void ValidateFrame(ReferenceFrame frame, string parameterName)
    {
        if (frame is not (ReferenceFrame.Teme or ReferenceFrame.Gcrf or ReferenceFrame.Eme2000 or ReferenceFrame.Itrf))
        {
            throw new ArgumentOutOfRangeException(parameterName, frame, "Unsupported reference frame.");
        }
    }
}
