namespace Concord.Astro.Conjunctions.Probability;

/// <summary>Orbit classes used to pick a <see cref="DefaultCovariance"/>. Eccentricity e = (rₐ − rₚ)/(rₐ + rₚ).</summary>
public enum OrbitRegime
{
    /// <summary>e &lt; 0.1 and perigee altitude below 500 km: drag-dominated, the largest along-track errors in LEO.</summary>
    LeoBelow500Km,

    /// <summary>e &lt; 0.1 and perigee altitude 500 km to 1000 km.</summary>
    Leo500To1000Km,

    /// <summary>e &lt; 0.1 and perigee altitude 1000 km to 2000 km.</summary>
    Leo1000To2000Km,

    /// <summary>e &lt; 0.1, perigee altitude at least 2000 km, not GEO.</summary>
    Meo,

    /// <summary>e &lt; 0.1 with perigee and apogee altitudes within 1500 km of the geostationary 35 786 km.</summary>
    Geo,

    /// <summary>e ≥ 0.1 (Molniya, GTO, other highly elliptical orbits).</summary>
    Heo,
}
