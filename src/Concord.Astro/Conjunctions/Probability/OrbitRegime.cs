namespace Concord.Astro.Conjunctions.Probability;

/// <summary>The orbit regimes of Flohrer, Krag &amp; Klinkrad (AMOS 2008), Table 1, by perigee altitude hₚ and apogee
/// altitude hₐ. <see cref="DefaultCovariance"/> uses a regime's averages only where the paper's Table 2 has no cell.</summary>
public enum OrbitRegime
{
    /// <summary>Low Earth orbit: hₐ &lt; 2000 km.</summary>
    Leo,

    /// <summary>Medium Earth orbit: hₚ ≥ 2000 km and hₐ &lt; 33 786 km (the geostationary radius less 2000 km, as an altitude).</summary>
    Meo,

    /// <summary>Geostationary transfer orbit: hₚ &lt; 2000 km and hₐ ≥ 33 786 km.</summary>
    Gto,

    /// <summary>Geostationary: hₚ ≥ 33 786 km and hₐ &lt; 37 786 km (the geostationary radius ± 2000 km, as altitudes).</summary>
    Geo,

    /// <summary>Every other orbit (highly eccentric, or high above GEO).</summary>
    Heo,
}
