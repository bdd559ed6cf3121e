using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Orbits;

namespace Concord.Astro.Conjunctions.Probability;

/// <summary>A default 1-sigma position uncertainty, in the object's RTN frame, for an object that comes with no
/// covariance (TLE-only objects), chosen by orbit regime. Any probability computed with it must carry
/// <see cref="CovarianceSource.RegimeDefault"/>.</summary>
/// <param name="Regime">The orbit regime the values were chosen for.</param>
/// <param name="RadialSigmaMeters">1-sigma radial (R) position uncertainty, m.</param>
/// <param name="TransverseSigmaMeters">1-sigma transverse, i.e. along-track (T) position uncertainty, m.</param>
/// <param name="NormalSigmaMeters">1-sigma normal, i.e. cross-track (N) position uncertainty, m.</param>
/// <remarks>
/// <para><b>Provenance of the table.</b> The values are Concord's choice, not a transcription of a published table.
/// They follow the magnitudes and the structure of published assessments of TLE (SGP4) accuracy, chiefly T. Flohrer,
/// H. Krag, H. Klinkrad, "Assessment and categorization of TLE orbit errors for the US SSN catalogue", AMOS 2008, which
/// categorises errors by eccentricity, perigee altitude and inclination and finds, near the TLE epoch, errors of order
/// 0.1 km radially and cross-track and of order 1 km along-track in LEO, growing as perigee falls (drag), and
/// kilometre-level along-track errors for GEO and eccentric orbits. The paper's numerical table could not be consulted
/// when this was written, so the numbers below are rounded, deliberately conservative (larger) values that a reviewer
/// should replace with the published ones:</para>
/// <list type="table">
/// <listheader><term>Regime</term><description>σR / σT / σN (m)</description></listheader>
/// <item><term>LEO, perigee &lt; 500 km</term><description>200 / 1500 / 200</description></item>
/// <item><term>LEO, perigee 500–1000 km</term><description>100 / 600 / 150</description></item>
/// <item><term>LEO, perigee 1000–2000 km</term><description>100 / 500 / 150</description></item>
/// <item><term>MEO</term><description>500 / 2000 / 500</description></item>
/// <item><term>GEO</term><description>1000 / 5000 / 1000</description></item>
/// <item><term>HEO (e ≥ 0.1)</term><description>1000 / 10000 / 1000</description></item>
/// </list>
/// <para>The covariance is diagonal in RTN (no correlations are assumed) and does not grow with propagation time; the
/// inclination is not used. Immutable; thread-safe.</para>
/// </remarks>
public sealed record DefaultCovariance(OrbitRegime Regime, double RadialSigmaMeters, double TransverseSigmaMeters, double NormalSigmaMeters)
{
    /// <summary>Equatorial radius of the WGS 84 ellipsoid, m, to turn altitudes into radii for the eccentricity.</summary>
    private const double EarthEquatorialRadiusMeters = EarthConstants.Wgs84EquatorialRadiusMeters;

    private const double GeostationaryAltitudeMeters = 35_786_000.0;
    private const double GeoBandHalfWidthMeters = 1_500_000.0;
    private const double HighlyEllipticalEccentricity = 0.1;
    private const double LowLeoPerigeeAltitudeMeters = 500_000.0;
    private const double MidLeoPerigeeAltitudeMeters = 1_000_000.0;
    private const double LeoPerigeeAltitudeMeters = 2_000_000.0;

    /// <summary>A short, stable name of the regime for output (e.g. <c>leo-below-500km</c>, <c>geo</c>).</summary>
    public string RegimeName => Regime switch
    {
        OrbitRegime.LeoBelow500Km => "leo-below-500km",
        OrbitRegime.Leo500To1000Km => "leo-500-1000km",
        OrbitRegime.Leo1000To2000Km => "leo-1000-2000km",
        OrbitRegime.Meo => "meo",
        OrbitRegime.Geo => "geo",
        OrbitRegime.Heo => "heo",
        _ => Regime.ToString(),
    };

    /// <summary>The 3×3 RTN position covariance, m²: diag(σR², σT², σN²). Rotate it to inertial with the object's own
    /// axes (<see cref="ShortTermEncounter.FromRtnCovariances"/>).</summary>
    public Matrix3x3d RtnCovarianceSquareMeters => new(
        RadialSigmaMeters * RadialSigmaMeters, 0.0, 0.0,
        0.0, TransverseSigmaMeters * TransverseSigmaMeters, 0.0,
        0.0, 0.0, NormalSigmaMeters * NormalSigmaMeters);

    /// <summary>The default for an orbit with the given perigee and apogee altitudes above the WGS 84 equatorial radius.</summary>
    /// <param name="perigeeAltitudeMeters">Perigee altitude, m (finite; may be negative for a decaying object).</param>
    /// <param name="apogeeAltitudeMeters">Apogee altitude, m (finite, ≥ perigee).</param>
    /// <exception cref="ArgumentOutOfRangeException">An altitude is not finite, the perigee radius is not positive, or the
    /// apogee is below the perigee.</exception>
    public static DefaultCovariance ForOrbit(double perigeeAltitudeMeters, double apogeeAltitudeMeters)
    {
        if (!double.IsFinite(perigeeAltitudeMeters) || perigeeAltitudeMeters <= -EarthEquatorialRadiusMeters)
        {
            throw new ArgumentOutOfRangeException(nameof(perigeeAltitudeMeters), perigeeAltitudeMeters, "The perigee altitude must be finite and above the Earth's centre.");
        }

        if (!double.IsFinite(apogeeAltitudeMeters) || apogeeAltitudeMeters < perigeeAltitudeMeters)
        {
            throw new ArgumentOutOfRangeException(nameof(apogeeAltitudeMeters), apogeeAltitudeMeters, "The apogee altitude must be finite and ≥ the perigee altitude.");
        }

        return For(Classify(perigeeAltitudeMeters, apogeeAltitudeMeters));
    }

    /// <summary>The default for the osculating two-body orbit through <paramref name="state"/>: perigee and apogee radii
    /// a(1 ∓ e), with a from vis-viva (1/a = 2/r − v²/μ) and e from the angular momentum (h² = μa(1 − e²)) (Vallado,
    /// "Fundamentals of Astrodynamics and Applications", 4th ed. (2013), algorithm 9). An unbound or degenerate state
    /// counts as a circular orbit at its current radius.</summary>
    /// <param name="state">An Earth-centred inertial state (any inertial frame: only r, v and h are used).</param>
    public static DefaultCovariance ForState(CartesianState state)
    {
        const double mu = EarthConstants.Wgs84GravitationalParameterM3PerS2;
        double r = state.PositionMeters.Length;
        double a = TwoBody.SemiMajorAxisFromVisViva(r, state.VelocityMetersPerSecond.LengthSquared, mu);
        Vector3d h = Vector3d.Cross(state.PositionMeters, state.VelocityMetersPerSecond);
        double e = Math.Sqrt(Math.Max(0.0, 1.0 - (h.LengthSquared / (mu * a))));
        return !(a > 0.0) || e >= 1.0
            ? ForOrbit(r - EarthEquatorialRadiusMeters, r - EarthEquatorialRadiusMeters)
            : ForOrbit(TwoBody.PerigeeAltitude(a, e, EarthEquatorialRadiusMeters), TwoBody.ApogeeAltitude(a, e, EarthEquatorialRadiusMeters));
    }

    /// <summary>The table row for a regime (see the remarks for the values and their provenance).</summary>
    public static DefaultCovariance For(OrbitRegime regime) => regime switch
    {
        OrbitRegime.LeoBelow500Km => new(regime, 200.0, 1500.0, 200.0),
        OrbitRegime.Leo500To1000Km => new(regime, 100.0, 600.0, 150.0),
        OrbitRegime.Leo1000To2000Km => new(regime, 100.0, 500.0, 150.0),
        OrbitRegime.Meo => new(regime, 500.0, 2000.0, 500.0),
        OrbitRegime.Geo => new(regime, 1000.0, 5000.0, 1000.0),
        OrbitRegime.Heo => new(regime, 1000.0, 10000.0, 1000.0),
        _ => throw new ArgumentOutOfRangeException(nameof(regime), regime, "Unknown regime."),
    };

    private static OrbitRegime Classify(double perigeeAltitudeMeters, double apogeeAltitudeMeters)
    {
        double perigeeRadius = EarthEquatorialRadiusMeters + perigeeAltitudeMeters;
        double apogeeRadius = EarthEquatorialRadiusMeters + apogeeAltitudeMeters;
        double eccentricity = (apogeeRadius - perigeeRadius) / (apogeeRadius + perigeeRadius);
        if (eccentricity >= HighlyEllipticalEccentricity)
        {
            return OrbitRegime.Heo;
        }

        if (perigeeAltitudeMeters < LowLeoPerigeeAltitudeMeters)
        {
            return OrbitRegime.LeoBelow500Km;
        }

        if (perigeeAltitudeMeters < MidLeoPerigeeAltitudeMeters)
        {
            return OrbitRegime.Leo500To1000Km;
        }

        if (perigeeAltitudeMeters < LeoPerigeeAltitudeMeters)
        {
            return OrbitRegime.Leo1000To2000Km;
        }

        bool geo = Math.Abs(perigeeAltitudeMeters - GeostationaryAltitudeMeters) <= GeoBandHalfWidthMeters
            && Math.Abs(apogeeAltitudeMeters - GeostationaryAltitudeMeters) <= GeoBandHalfWidthMeters;
        return geo ? OrbitRegime.Geo : OrbitRegime.Meo;
    }
}
