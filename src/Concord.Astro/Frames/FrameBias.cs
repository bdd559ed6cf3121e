using Concord.Astro.Mathematics;

namespace Concord.Astro.Frames;

/// <summary>The constant frame bias between the GCRF and the mean equator and equinox of J2000.0 (EME2000),
/// IERS Conventions 2003 (McCarthy &amp; Petit, IERS TN 32) §5.4.4 Eq. 28, and IERS Conventions 2010 (TN 36) Eq. 5.36.</summary>
/// <remarks>r_EME2000 = B r_GCRF with B = ROT1(−η₀) ROT2(ξ₀) ROT3(dα₀): dα₀ = −14.6 mas (equinox offset),
/// ξ₀ = −16.6170 mas and η₀ = −6.8192 mas (celestial pole offsets). The rotation is about 23 mas in all,
/// about 0.9 m at 8,000 km. Thread-safe.</remarks>
internal static class FrameBias
{
    /// <summary>dα₀, the ICRS right ascension origin offset from the J2000 dynamical equinox, −14.6 mas.</summary>
    internal const double EquinoxOffsetRadians = -14.6 * AngleUnits.RadiansPerMilliarcsecond;

    /// <summary>ξ₀, the J2000 mean pole offset in x, −16.6170 mas.</summary>
    internal const double PoleOffsetXiRadians = -16.6170 * AngleUnits.RadiansPerMilliarcsecond;

    /// <summary>η₀, the J2000 mean pole offset in y, −6.8192 mas.</summary>
    internal const double PoleOffsetEtaRadians = -6.8192 * AngleUnits.RadiansPerMilliarcsecond;

    /// <summary>B, taking GCRF vectors to EME2000: r_EME2000 = B r_GCRF.</summary>
    internal static Matrix3x3d GcrfToEme2000 { get; } =
        Matrix3x3d.RotationX(-PoleOffsetEtaRadians) * Matrix3x3d.RotationY(PoleOffsetXiRadians) * Matrix3x3d.RotationZ(EquinoxOffsetRadians);
}
