using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Orbits;

namespace Concord.Astro.Conjunctions.Probability;

/// <summary>A default 1-sigma position uncertainty, in the object's RTN frame, for an object that comes with no
/// covariance (element sets), looked up in the published tables of TLE orbit errors. Any probability computed with it
/// must carry <see cref="CovarianceSource.RegimeDefault"/>.</summary>
/// <param name="Cell">A short, stable name of the table cell the values come from, e.g.
/// <c>flohrer2008-t2-circular-hp-lt-800km-i-30-60deg</c> or <c>flohrer2008-t1-meo</c>.</param>
/// <param name="RadialSigmaMeters">1-sigma radial (R; the paper's U) position uncertainty, m.</param>
/// <param name="TransverseSigmaMeters">1-sigma transverse, i.e. along-track (T; the paper's V) position uncertainty, m.</param>
/// <param name="NormalSigmaMeters">1-sigma normal, i.e. cross-track (N; the paper's W) position uncertainty, m.</param>
/// <remarks>
/// <para><b>Source.</b> T. Flohrer, H. Krag, H. Klinkrad, "Assessment and Categorization of TLE Orbit Errors for the US
/// SSN Catalogue", Proceedings of the Advanced Maui Optical and Space Surveillance Technologies Conference (AMOS),
/// Maui, 2008 (https://amostech.com/TechnicalPapers/2008/Orbital_Debris/Flohrer.pdf). ESA's Space Debris Office derived
/// these 1-sigma position errors at the TLE epoch for the whole catalogue of 2008-01-01 by comparing TLE states with an
/// orbit determination fitted to pseudo-observations from the TLEs; they are the look-up tables its collision-risk tool
/// CRASS uses for TLE objects. Table 2 is binned by eccentricity (e &lt; 0.1 "circular", else "eccentric"), perigee
/// altitude (&lt; 800 km, 800–25 000 km, ≥ 25 000 km) and inclination (&lt; 30°, 30–60°, ≥ 60°); a value on a bin edge
/// falls in the upper bin. Three cells are empty in Table 2 (circular above 25 000 km at i ≥ 30°, eccentric above
/// 25 000 km at i ≥ 60°); there the regime average of Table 1 (<see cref="OrbitRegime"/>) is used.</para>
/// <para><b>Transcription.</b> The numbers below were taken from a public transcription of Tables 1 and 2 (repository
/// ROYIN001/Orbitlab, <c>src/orbit/uncertainty.ts</c>, commit 2efe132), cross-checked against two other independent
/// uses of single cells (circular, hₚ &lt; 800 km: 107/308/169 m at 30–60° and 115/517/137 m at ≥ 60°); the PDF itself
/// could not be opened where this was written, and a reviewer with it should confirm each cell.</para>
/// <list type="table">
/// <listheader><term>Table 2 cell (σR / σT / σN, m)</term><description>i &lt; 30° | 30–60° | ≥ 60°</description></listheader>
/// <item><term>e &lt; 0.1, hₚ &lt; 800 km</term><description>67/118/75 | 107/308/169 | 115/517/137</description></item>
/// <item><term>e &lt; 0.1, hₚ 800–25 000 km</term><description>191/256/203 | 71/228/95 | 91/428/114</description></item>
/// <item><term>e &lt; 0.1, hₚ ≥ 25 000 km</term><description>357/432/83 | Table 1 | Table 1</description></item>
/// <item><term>e ≥ 0.1, hₚ &lt; 800 km</term><description>2252/4270/1421 | 629/909/2057 | 494/814/1337</description></item>
/// <item><term>e ≥ 0.1, hₚ 800–25 000 km</term><description>1748/3119/971 | 1832/1878/1454 | 529/817/1570</description></item>
/// <item><term>e ≥ 0.1, hₚ ≥ 25 000 km</term><description>402/418/83 | 4712/6223/1208 | Table 1</description></item>
/// <item><term>Table 1 averages</term><description>LEO 102/471/126, MEO 73/131/54, GTO 1960/3897/1808, HEO 824/1367/1059, GEO 359/432/86</description></item>
/// </list>
/// <para><b>Limits.</b> The figures measure how well TLEs agree with a fit to TLEs at epoch: they are a lower bound of
/// the error against truth, and they do not grow with the set's age. The covariance is diagonal in RTN (the paper gives
/// no correlations) and has no velocity part. Immutable; thread-safe.</para>
/// </remarks>
public sealed record DefaultCovariance(string Cell, double RadialSigmaMeters, double TransverseSigmaMeters, double NormalSigmaMeters)
{
    /// <summary>Equatorial radius of the WGS 84 ellipsoid, m, to turn altitudes into radii for the eccentricity.</summary>
    private const double EarthEquatorialRadiusMeters = EarthConstants.Wgs84EquatorialRadiusMeters;

    private const double CircularEccentricityLimit = 0.1;
    private const double LowPerigeeAltitudeMeters = 800_000.0;
    private const double HighPerigeeAltitudeMeters = 25_000_000.0;
    private static readonly double LowInclinationRadians = double.DegreesToRadians(30.0);
    private static readonly double HighInclinationRadians = double.DegreesToRadians(60.0);

    // Table 1 regime bounds (altitudes): 2000 km, and the geostationary radius 42 164 km ± 2000 km.
    private const double LeoApogeeAltitudeMeters = 2_000_000.0;
    private const double GeoLowAltitudeMeters = 33_786_000.0;
    private const double GeoHighAltitudeMeters = 37_786_000.0;

    private static readonly string[] PerigeeBandNames = ["hp-lt-800km", "hp-800-25000km", "hp-ge-25000km"];
    private static readonly string[] InclinationBandNames = ["i-lt-30deg", "i-30-60deg", "i-ge-60deg"];

    // Table 2, [eccentric ? 1 : 0, perigee band, inclination band] = (σU, σV, σW) in m; null where the paper has no cell.
    private static readonly (double R, double T, double N)?[,,] Table2 =
    {
        {
            { (67, 118, 75), (107, 308, 169), (115, 517, 137) },
            { (191, 256, 203), (71, 228, 95), (91, 428, 114) },
            { (357, 432, 83), null, null },
        },
        {
            { (2252, 4270, 1421), (629, 909, 2057), (494, 814, 1337) },
            { (1748, 3119, 971), (1832, 1878, 1454), (529, 817, 1570) },
            { (402, 418, 83), (4712, 6223, 1208), null },
        },
    };

    /// <summary>The 3×3 RTN position covariance, m²: diag(σR², σT², σN²). Rotate it to inertial with the object's own
    /// axes (<see cref="ShortTermEncounter.FromRtnCovariances"/>).</summary>
    public Matrix3x3d RtnCovarianceSquareMeters => new(
        RadialSigmaMeters * RadialSigmaMeters, 0.0, 0.0,
        0.0, TransverseSigmaMeters * TransverseSigmaMeters, 0.0,
        0.0, 0.0, NormalSigmaMeters * NormalSigmaMeters);

    /// <summary>The default for an orbit with the given perigee and apogee altitudes above the WGS 84 equatorial radius and
    /// inclination: the Table 2 cell, else the Table 1 average of the orbit's regime (see the remarks).</summary>
    /// <param name="perigeeAltitudeMeters">Perigee altitude, m (finite; may be negative for a decaying object).</param>
    /// <param name="apogeeAltitudeMeters">Apogee altitude, m (finite, ≥ perigee).</param>
    /// <param name="inclinationRadians">Inclination, rad, in [0, π].</param>
    /// <exception cref="ArgumentOutOfRangeException">An altitude is not finite, the perigee radius is not positive, the
    /// apogee is below the perigee, or the inclination is outside [0, π].</exception>
    public static DefaultCovariance ForOrbit(double perigeeAltitudeMeters, double apogeeAltitudeMeters, double inclinationRadians)
    {
        if (!double.IsFinite(perigeeAltitudeMeters) || perigeeAltitudeMeters <= -EarthEquatorialRadiusMeters)
        {
            throw new ArgumentOutOfRangeException(nameof(perigeeAltitudeMeters), perigeeAltitudeMeters, "The perigee altitude must be finite and above the Earth's centre.");
        }

        if (!double.IsFinite(apogeeAltitudeMeters) || apogeeAltitudeMeters < perigeeAltitudeMeters)
        {
            throw new ArgumentOutOfRangeException(nameof(apogeeAltitudeMeters), apogeeAltitudeMeters, "The apogee altitude must be finite and ≥ the perigee altitude.");
        }

        if (!(inclinationRadians >= 0.0 && inclinationRadians <= Math.PI))
        {
            throw new ArgumentOutOfRangeException(nameof(inclinationRadians), inclinationRadians, "The inclination must be in [0, π].");
        }

        double perigeeRadius = EarthEquatorialRadiusMeters + perigeeAltitudeMeters;
        double apogeeRadius = EarthEquatorialRadiusMeters + apogeeAltitudeMeters;
        bool eccentric = (apogeeRadius - perigeeRadius) / (apogeeRadius + perigeeRadius) >= CircularEccentricityLimit;
        int perigeeBand = perigeeAltitudeMeters < LowPerigeeAltitudeMeters ? 0 : perigeeAltitudeMeters < HighPerigeeAltitudeMeters ? 1 : 2;
        int inclinationBand = inclinationRadians < LowInclinationRadians ? 0 : inclinationRadians < HighInclinationRadians ? 1 : 2;
        if (Table2[eccentric ? 1 : 0, perigeeBand, inclinationBand] is not { } cell)
        {
            return For(Classify(perigeeAltitudeMeters, apogeeAltitudeMeters));
        }

        string name = $"flohrer2008-t2-{(eccentric ? "eccentric" : "circular")}-{PerigeeBandNames[perigeeBand]}-{InclinationBandNames[inclinationBand]}";
        return new DefaultCovariance(name, cell.R, cell.T, cell.N);
    }

    /// <summary>The default for the osculating two-body orbit through <paramref name="state"/>: perigee and apogee radii
    /// a(1 ∓ e), with a from vis-viva (1/a = 2/r − v²/μ) and e from the angular momentum (h² = μa(1 − e²)), and the
    /// inclination cos i = h_z/|h| (Vallado, "Fundamentals of Astrodynamics and Applications", 4th ed. (2013),
    /// algorithm 9). An unbound or degenerate state counts as a circular orbit at its current radius.</summary>
    /// <param name="state">An Earth-centred inertial state whose z axis is (near) the Earth's pole (TEME, GCRF, EME2000).</param>
    public static DefaultCovariance ForState(CartesianState state)
    {
        const double mu = EarthConstants.Wgs84GravitationalParameterM3PerS2;
        double r = state.PositionMeters.Length;
        double a = TwoBody.SemiMajorAxisFromVisViva(r, state.VelocityMetersPerSecond.LengthSquared, mu);
        Vector3d h = Vector3d.Cross(state.PositionMeters, state.VelocityMetersPerSecond);
        double hLength = h.Length;
        double inclination = hLength > 0.0 ? Math.Acos(Math.Clamp(h.Z / hLength, -1.0, 1.0)) : 0.0;
        double e = Math.Sqrt(Math.Max(0.0, 1.0 - (h.LengthSquared / (mu * a))));
        return !(a > 0.0) || e >= 1.0
            ? ForOrbit(r - EarthEquatorialRadiusMeters, r - EarthEquatorialRadiusMeters, inclination)
            : ForOrbit(TwoBody.PerigeeAltitude(a, e, EarthEquatorialRadiusMeters), TwoBody.ApogeeAltitude(a, e, EarthEquatorialRadiusMeters), inclination);
    }

    /// <summary>The Table 1 average of a regime (Flohrer et al. 2008; see the remarks).</summary>
    public static DefaultCovariance For(OrbitRegime regime) => regime switch
    {
        OrbitRegime.Leo => new("flohrer2008-t1-leo", 102.0, 471.0, 126.0),
        OrbitRegime.Meo => new("flohrer2008-t1-meo", 73.0, 131.0, 54.0),
        OrbitRegime.Gto => new("flohrer2008-t1-gto", 1960.0, 3897.0, 1808.0),
        OrbitRegime.Geo => new("flohrer2008-t1-geo", 359.0, 432.0, 86.0),
        OrbitRegime.Heo => new("flohrer2008-t1-heo", 824.0, 1367.0, 1059.0),
        _ => throw new ArgumentOutOfRangeException(nameof(regime), regime, "Unknown regime."),
    };

    /// <summary>The Table 1 regime of an orbit with the given perigee and apogee altitudes (see <see cref="OrbitRegime"/>).</summary>
    /// <param name="perigeeAltitudeMeters">Perigee altitude, m.</param>
    /// <param name="apogeeAltitudeMeters">Apogee altitude, m.</param>
    public static OrbitRegime Classify(double perigeeAltitudeMeters, double apogeeAltitudeMeters)
    {
        if (apogeeAltitudeMeters < LeoApogeeAltitudeMeters)
        {
            return OrbitRegime.Leo;
        }

        if (perigeeAltitudeMeters < LeoApogeeAltitudeMeters)
        {
            return apogeeAltitudeMeters >= GeoLowAltitudeMeters ? OrbitRegime.Gto : OrbitRegime.Heo;
        }

        if (apogeeAltitudeMeters < GeoLowAltitudeMeters)
        {
            return OrbitRegime.Meo;
        }

        return perigeeAltitudeMeters >= GeoLowAltitudeMeters && apogeeAltitudeMeters < GeoHighAltitudeMeters ? OrbitRegime.Geo : OrbitRegime.Heo;
    }
}
