using Concord.Astro.Mathematics;

namespace Concord.Astro.Frames;

/// <summary>IAU-1976 precession (Lieske et al. 1977, "Expressions for the precession quantities based upon the
/// IAU (1976) system of astronomical constants", A&amp;A 58, 1-16), as used in the FK5 reduction of Vallado (2013)
/// §3.7.2, Eq. 3-88, and in <c>precess</c> with option '80'.</summary>
/// <remarks>Valid for a few centuries around J2000 (the polynomials degrade beyond ±2 centuries). Thread-safe.</remarks>
internal static class Iau1976Precession
{
    /// <summary>The precession angles ζ, θ, z in radians, for TT Julian centuries since J2000.0.</summary>
    /// <remarks>Lieske et al. (1977) Table 5 with the starting epoch at J2000 (T₀ = 0):
    /// ζ = 2306.2181″t + 0.30188″t² + 0.017998″t³, θ = 2004.3109″t − 0.42665″t² − 0.041833″t³,
    /// z = 2306.2181″t + 1.09468″t² + 0.018203″t³.</remarks>
    internal static (double Zeta, double Theta, double Z) Angles(double ttt)
    {
        double zeta = ((((0.017998 * ttt) + 0.30188) * ttt) + 2306.2181) * ttt;
        double theta = ((((-0.041833 * ttt) - 0.42665) * ttt) + 2004.3109) * ttt;
        double z = ((((0.018203 * ttt) + 1.09468) * ttt) + 2306.2181) * ttt;
        return (zeta * AngleUnits.RadiansPerArcsecond, theta * AngleUnits.RadiansPerArcsecond, z * AngleUnits.RadiansPerArcsecond);
    }

    /// <summary>The matrix taking mean-of-date (MOD) vectors to the mean equator and equinox of J2000:
    /// r_J2000 = Pᵀ r_MOD with P = ROT3(−z) ROT2(θ) ROT3(−ζ) (Vallado 2013 Eq. 3-88).</summary>
    internal static Matrix3x3d MeanOfDateToJ2000(double ttt)
    {
        (double zeta, double theta, double z) = Angles(ttt);
        Matrix3x3d j2000ToMeanOfDate = Matrix3x3d.RotationZ(-z) * Matrix3x3d.RotationY(theta) * Matrix3x3d.RotationZ(-zeta);
        return j2000ToMeanOfDate.Transpose();
    }
}
