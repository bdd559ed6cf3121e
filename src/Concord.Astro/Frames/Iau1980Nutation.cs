using Concord.Astro.Mathematics;

namespace Concord.Astro.Frames;

/// <summary>IAU-1980 nutation theory (Wahr 1981; Seidelmann 1982, "1980 IAU Theory of Nutation: the final report of
/// the IAU Working Group on Nutation", Celestial Mechanics 27, 79-106), the full 106-term series, with the IAU-1976
/// mean obliquity and the IAU-1982 equation of the equinoxes, as in Vallado (2013) §3.7.2 (Eqs. 3-82 to 3-87,
/// 3-79) and the FK5 reduction of Algorithm 24.</summary>
/// <remarks>Series coefficients: Seidelmann (1982) Table 1, reproduced in the Explanatory Supplement to the
/// Astronomical Almanac (1992) Table 3.222.1 and in Vallado's <c>nut80.dat</c>. The coefficient table is a published
/// fact transcribed here; the code is our own. Angles are in radians, time in TT Julian centuries since J2000.0.
/// Thread-safe.</remarks>
internal static class Iau1980Nutation
{
    private const double ArcsecondsPerRevolution = 1_296_000.0;

    /// <summary>Coefficient units of the table: 0.0001″ (0.1 mas) and the same per Julian century.</summary>
    private const double RadiansPerTableUnit = AngleUnits.RadiansPerArcsecond * 1e-4;

    /// <summary>IAU-1982 kinematic terms of the equation of the equinoxes (IERS Conventions 1996, ch. 5):
    /// 0.00264″ sin Ω + 0.000063″ sin 2Ω, applied from 1997-02-27 (JD 2450449.5) on, as in Vallado's <c>sidereal</c>.</summary>
    private const double KinematicSineOmegaRadians = 0.00264 * AngleUnits.RadiansPerArcsecond;

    private const double KinematicSineTwoOmegaRadians = 0.000063 * AngleUnits.RadiansPerArcsecond;

    /// <summary>JD (UT1) from which the kinematic terms apply (1997-02-27T00:00).</summary>
    private const double KinematicTermsStartJulianDate = 2_450_449.5;

    private const int ColumnCount = 9;

    /// <summary>Seidelmann (1982) Table 1, one row per term: multipliers of l, l′, F, D, Ω; then
    /// A, B (Δψ = Σ (A + B t) sin(arg)) and C, D (Δε = Σ (C + D t) cos(arg)) in 0.0001″ and 0.0001″ per century.</summary>
    private static ReadOnlySpan<double> Terms =>
    [
        //  l   l'   F    D   Om          A       B         C      D
         0,  0,  0,  0,  1, -171996.0, -174.2,  92025.0,  8.9,
         0,  0,  0,  0,  2,    2062.0,    0.2,   -895.0,  0.5,
        -2,  0,  2,  0,  1,      46.0,    0.0,    -24.0,  0.0,
         2,  0, -2,  0,  0,      11.0,    0.0,      0.0,  0.0,
        -2,  0,  2,  0,  2,      -3.0,    0.0,      1.0,  0.0,
         1, -1,  0, -1,  0,      -3.0,    0.0,      0.0,  0.0,
         0, -2,  2, -2,  1,      -2.0,    0.0,      1.0,  0.0,
         2,  0, -2,  0,  1,       1.0,    0.0,      0.0,  0.0,
         0,  0,  2, -2,  2,  -13187.0,   -1.6,   5736.0, -3.1,
         0,  1,  0,  0,  0,    1426.0,   -3.4,     54.0, -0.1,
         0,  1,  2, -2,  2,    -517.0,    1.2,    224.0, -0.6,
         0, -1,  2, -2,  2,     217.0,   -0.5,    -95.0,  0.3,
         0,  0,  2, -2,  1,     129.0,    0.1,    -70.0,  0.0,
         2,  0,  0, -2,  0,      48.0,    0.0,      1.0,  0.0,
         0,  0,  2, -2,  0,     -22.0,    0.0,      0.0,  0.0,
         0,  2,  0,  0,  0,      17.0,   -0.1,      0.0,  0.0,
         0,  1,  0,  0,  1,     -15.0,    0.0,      9.0,  0.0,
         0,  2,  2, -2,  2,     -16.0,    0.1,      7.0,  0.0,
         0, -1,  0,  0,  1,     -12.0,    0.0,      6.0,  0.0,
        -2,  0,  0,  2,  1,      -6.0,    0.0,      3.0,  0.0,
         0, -1,  2, -2,  1,      -5.0,    0.0,      3.0,  0.0,
         2,  0,  0, -2,  1,       4.0,    0.0,     -2.0,  0.0,
         0,  1,  2, -2,  1,       4.0,    0.0,     -2.0,  0.0,
         1,  0,  0, -1,  0,      -4.0,    0.0,      0.0,  0.0,
         2,  1,  0, -2,  0,       1.0,    0.0,      0.0,  0.0,
         0,  0, -2,  2,  1,       1.0,    0.0,      0.0,  0.0,
         0,  1, -2,  2,  0,      -1.0,    0.0,      0.0,  0.0,
         0,  1,  0,  0,  2,       1.0,    0.0,      0.0,  0.0,
        -1,  0,  0,  1,  1,       1.0,    0.0,      0.0,  0.0,
         0,  1,  2, -2,  0,      -1.0,    0.0,      0.0,  0.0,
         0,  0,  2,  0,  2,   -2274.0,   -0.2,    977.0, -0.5,
         1,  0,  0,  0,  0,     712.0,    0.1,     -7.0,  0.0,
         0,  0,  2,  0,  1,    -386.0,   -0.4,    200.0,  0.0,
         1,  0,  2,  0,  2,    -301.0,    0.0,    129.0, -0.1,
         1,  0,  0, -2,  0,    -158.0,    0.0,     -1.0,  0.0,
        -1,  0,  2,  0,  2,     123.0,    0.0,    -53.0,  0.0,
         0,  0,  0,  2,  0,      63.0,    0.0,     -2.0,  0.0,
         1,  0,  0,  0,  1,      63.0,    0.1,    -33.0,  0.0,
        -1,  0,  0,  0,  1,     -58.0,   -0.1,     32.0,  0.0,
        -1,  0,  2,  2,  2,     -59.0,    0.0,     26.0,  0.0,
         1,  0,  2,  0,  1,     -51.0,    0.0,     27.0,  0.0,
         0,  0,  2,  2,  2,     -38.0,    0.0,     16.0,  0.0,
         2,  0,  0,  0,  0,      29.0,    0.0,     -1.0,  0.0,
         1,  0,  2, -2,  2,      29.0,    0.0,    -12.0,  0.0,
         2,  0,  2,  0,  2,     -31.0,    0.0,     13.0,  0.0,
         0,  0,  2,  0,  0,      26.0,    0.0,     -1.0,  0.0,
        -1,  0,  2,  0,  1,      21.0,    0.0,    -10.0,  0.0,
        -1,  0,  0,  2,  1,      16.0,    0.0,     -8.0,  0.0,
         1,  0,  0, -2,  1,     -13.0,    0.0,      7.0,  0.0,
        -1,  0,  2,  2,  1,     -10.0,    0.0,      5.0,  0.0,
         1,  1,  0, -2,  0,      -7.0,    0.0,      0.0,  0.0,
         0,  1,  2,  0,  2,       7.0,    0.0,     -3.0,  0.0,
         0, -1,  2,  0,  2,      -7.0,    0.0,      3.0,  0.0,
         1,  0,  2,  2,  2,      -8.0,    0.0,      3.0,  0.0,
         1,  0,  0,  2,  0,       6.0,    0.0,      0.0,  0.0,
         2,  0,  2, -2,  2,       6.0,    0.0,     -3.0,  0.0,
         0,  0,  0,  2,  1,      -6.0,    0.0,      3.0,  0.0,
         0,  0,  2,  2,  1,      -7.0,    0.0,      3.0,  0.0,
         1,  0,  2, -2,  1,       6.0,    0.0,     -3.0,  0.0,
         0,  0,  0, -2,  1,      -5.0,    0.0,      3.0,  0.0,
         1, -1,  0,  0,  0,       5.0,    0.0,      0.0,  0.0,
         2,  0,  2,  0,  1,      -5.0,    0.0,      3.0,  0.0,
         0,  1,  0, -2,  0,      -4.0,    0.0,      0.0,  0.0,
         1,  0, -2,  0,  0,       4.0,    0.0,      0.0,  0.0,
         0,  0,  0,  1,  0,      -4.0,    0.0,      0.0,  0.0,
         1,  1,  0,  0,  0,      -3.0,    0.0,      0.0,  0.0,
         1,  0,  2,  0,  0,       3.0,    0.0,      0.0,  0.0,
         1, -1,  2,  0,  2,      -3.0,    0.0,      1.0,  0.0,
        -1, -1,  2,  2,  2,      -3.0,    0.0,      1.0,  0.0,
        -2,  0,  0,  0,  1,      -2.0,    0.0,      1.0,  0.0,
         3,  0,  2,  0,  2,      -3.0,    0.0,      1.0,  0.0,
         0, -1,  2,  2,  2,      -3.0,    0.0,      1.0,  0.0,
         1,  1,  2,  0,  2,       2.0,    0.0,     -1.0,  0.0,
        -1,  0,  2, -2,  1,      -2.0,    0.0,      1.0,  0.0,
         2,  0,  0,  0,  1,       2.0,    0.0,     -1.0,  0.0,
         1,  0,  0,  0,  2,      -2.0,    0.0,      1.0,  0.0,
         3,  0,  0,  0,  0,       2.0,    0.0,      0.0,  0.0,
         0,  0,  2,  1,  2,       2.0,    0.0,     -1.0,  0.0,
        -1,  0,  0,  0,  2,       1.0,    0.0,     -1.0,  0.0,
         1,  0,  0, -4,  0,      -1.0,    0.0,      0.0,  0.0,
        -2,  0,  2,  2,  2,       1.0,    0.0,     -1.0,  0.0,
        -1,  0,  2,  4,  2,      -2.0,    0.0,      1.0,  0.0,
         2,  0,  0, -4,  0,      -1.0,    0.0,      0.0,  0.0,
         1,  1,  2, -2,  2,       1.0,    0.0,     -1.0,  0.0,
         1,  0,  2,  2,  1,      -1.0,    0.0,      1.0,  0.0,
        -2,  0,  2,  4,  2,      -1.0,    0.0,      1.0,  0.0,
        -1,  0,  4,  0,  2,       1.0,    0.0,      0.0,  0.0,
         1, -1,  0, -2,  0,       1.0,    0.0,      0.0,  0.0,
         2,  0,  2, -2,  1,       1.0,    0.0,     -1.0,  0.0,
         2,  0,  2,  2,  2,      -1.0,    0.0,      0.0,  0.0,
         1,  0,  0,  2,  1,      -1.0,    0.0,      0.0,  0.0,
         0,  0,  4, -2,  2,       1.0,    0.0,      0.0,  0.0,
         3,  0,  2, -2,  2,       1.0,    0.0,      0.0,  0.0,
         1,  0,  2, -2,  0,      -1.0,    0.0,      0.0,  0.0,
         0,  1,  2,  0,  1,       1.0,    0.0,      0.0,  0.0,
        -1, -1,  0,  2,  1,       1.0,    0.0,      0.0,  0.0,
         0,  0, -2,  0,  1,      -1.0,    0.0,      0.0,  0.0,
         0,  0,  2, -1,  2,      -1.0,    0.0,      0.0,  0.0,
         0,  1,  0,  2,  0,      -1.0,    0.0,      0.0,  0.0,
         1,  0, -2, -2,  0,      -1.0,    0.0,      0.0,  0.0,
         0, -1,  2,  0,  1,      -1.0,    0.0,      0.0,  0.0,
         1,  1,  0, -2,  1,      -1.0,    0.0,      0.0,  0.0,
         1,  0, -2,  2,  0,      -1.0,    0.0,      0.0,  0.0,
         2,  0,  0,  2,  0,       1.0,    0.0,      0.0,  0.0,
         0,  0,  2,  4,  2,      -1.0,    0.0,      0.0,  0.0,
         0,  1,  0,  1,  0,       1.0,    0.0,      0.0,  0.0,
    ];

    /// <summary>Number of terms in the series (106).</summary>
    internal static int TermCount => Terms.Length / ColumnCount;

    /// <summary>Delaunay arguments l, l′, F, D, Ω in radians (IAU 1980; Seidelmann 1982, Eq. 1; Vallado's
    /// <c>fundarg</c> option '80'), for TT Julian centuries since J2000.0, each reduced to [0, 2π).</summary>
    internal static (double L, double LPrime, double F, double D, double Omega) FundamentalArguments(double ttt)
    {
        // Polynomials in arcseconds; the linear coefficients include the whole revolutions (e.g. 1325 r = 1717200000″ for l).
        double l = Polynomial(485_866.733, 1_717_915_922.633, 31.310, 0.064, ttt);
        double lPrime = Polynomial(1_287_099.804, 129_596_581.224, -0.577, -0.012, ttt);
        double f = Polynomial(335_778.877, 1_739_527_263.137, -13.257, 0.011, ttt);
        double d = Polynomial(1_072_261.307, 1_602_961_601.328, -6.891, 0.019, ttt);
        double omega = Polynomial(450_160.280, -6_962_890.539, 7.455, 0.008, ttt);
        return (Reduce(l), Reduce(lPrime), Reduce(f), Reduce(d), Reduce(omega));
    }

    /// <summary>Mean obliquity of the ecliptic, IAU 1976 (Lieske et al. 1977):
    /// ε̄ = 84381.448″ − 46.8150″t − 0.00059″t² + 0.001813″t³, radians.</summary>
    internal static double MeanObliquity(double ttt)
        => ((((((0.001813 * ttt) - 0.00059) * ttt) - 46.8150) * ttt) + 84_381.448) * AngleUnits.RadiansPerArcsecond;

    /// <summary>Nutation angles for TT Julian centuries <paramref name="ttt"/>, with the IERS corrections δΔψ, δΔε
    /// (radians) added to Δψ and Δε as in Vallado (2013) Eq. 3-86.</summary>
    internal static NutationAngles Angles(double ttt, double deltaPsiCorrection, double deltaEpsilonCorrection)
    {
        (double l, double lPrime, double f, double d, double omega) = FundamentalArguments(ttt);
        ReadOnlySpan<double> terms = Terms;
        double deltaPsi = 0.0;
        double deltaEpsilon = 0.0;

        // Smallest terms first, so the sum loses the least to rounding.
        for (int row = TermCount - 1; row >= 0; row--)
        {
            ReadOnlySpan<double> term = terms.Slice(row * ColumnCount, ColumnCount);
            double argument = (term[0] * l) + (term[1] * lPrime) + (term[2] * f) + (term[3] * d) + (term[4] * omega);
            (double sin, double cos) = Math.SinCos(argument);
            deltaPsi += (term[5] + (term[6] * ttt)) * sin;
            deltaEpsilon += (term[7] + (term[8] * ttt)) * cos;
        }

        return new NutationAngles(
            (deltaPsi * RadiansPerTableUnit) + deltaPsiCorrection,
            (deltaEpsilon * RadiansPerTableUnit) + deltaEpsilonCorrection,
            MeanObliquity(ttt),
            omega);
    }

    /// <summary>The matrix taking true-of-date (TOD) vectors to mean-of-date (MOD):
    /// r_MOD = Nᵀ r_TOD with N = ROT1(−ε) ROT3(−Δψ) ROT1(ε̄) (Vallado 2013 Eq. 3-86).</summary>
    internal static Matrix3x3d TrueToMeanOfDate(NutationAngles nutation)
    {
        Matrix3x3d meanToTrue = Matrix3x3d.RotationX(-nutation.TrueObliquity)
            * Matrix3x3d.RotationZ(-nutation.DeltaPsi)
            * Matrix3x3d.RotationX(nutation.MeanObliquity);
        return meanToTrue.Transpose();
    }

    /// <summary>The geometric equation of the equinoxes Δψ cos ε̄, radians: the angle between the true and the mean
    /// equinox along the true equator, without the kinematic terms (Vallado 2013 Eq. 3-79, first term).</summary>
    internal static double GeometricEquationOfEquinoxes(NutationAngles nutation)
        => nutation.DeltaPsi * Math.Cos(nutation.MeanObliquity);

    /// <summary>The IAU-1982 equation of the equinoxes: the geometric term plus, from 1997-02-27 on, the kinematic
    /// terms 0.00264″ sin Ω + 0.000063″ sin 2Ω (Vallado 2013 Eq. 3-79), radians. GAST = GMST + this.</summary>
    internal static double EquationOfEquinoxes(NutationAngles nutation, double julianDateUt1)
    {
        double geometric = GeometricEquationOfEquinoxes(nutation);
        if (julianDateUt1 <= KinematicTermsStartJulianDate)
        {
            return geometric;
        }

        double omega = nutation.MoonNodeLongitude;
        return geometric + (KinematicSineOmegaRadians * Math.Sin(omega)) + (KinematicSineTwoOmegaRadians * Math.Sin(2.0 * omega));
    }

    private static double Polynomial(double c0, double c1, double c2, double c3, double t) => (((((c3 * t) + c2) * t) + c1) * t) + c0;

    private static double Reduce(double arcseconds)
    {
        double reduced = Math.IEEERemainder(arcseconds, ArcsecondsPerRevolution);
        if (reduced < 0.0)
        {
            reduced += ArcsecondsPerRevolution;
        }

        return reduced * AngleUnits.RadiansPerArcsecond;
    }
}
