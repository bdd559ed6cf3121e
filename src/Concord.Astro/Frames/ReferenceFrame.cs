namespace Concord.Astro.Frames;

/// <summary>The reference frames Concord converts between.</summary>
public enum ReferenceFrame
{
    /// <summary>True Equator, Mean Equinox of date: the quasi-inertial frame of SGP4 output (Vallado et al. 2006, §3.3).
    /// Related to PEF by GMST (IAU 1982) and to true-of-date by the equation of the equinoxes (GAST − GMST).</summary>
    Teme,

    /// <summary>Geocentric Celestial Reference Frame, realised here through IAU-76/FK5 precession-nutation with the IERS
    /// celestial pole offsets δΔψ, δΔε applied, as Vallado (2013) Example 3-15 labels it. That realisation matches GCRF's
    /// pole to about 0.1 mas but not its right-ascension origin; without EOP corrections it is the bare FK5 J2000 frame,
    /// off the GCRF by about 23 mas of frame bias plus the IAU-80 model error (1-2 m at 8,000 km).</summary>
    Gcrf,

    /// <summary>Earth Mean Equator and Equinox of J2000 (CCSDS <c>EME2000</c>): <see cref="Gcrf"/> rotated by the
    /// constant IERS 2003 frame bias (dα₀ = −14.6 mas, ξ₀ = −16.6170 mas, η₀ = −6.8192 mas; about 23 mas, 0.9 m at 8,000 km).</summary>
    Eme2000,

    /// <summary>International Terrestrial Reference Frame (Earth-fixed), from PEF by IAU-1980 polar motion.</summary>
    Itrf,
}
