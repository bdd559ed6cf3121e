namespace Concord.Astro.Frames;

/// <summary>The reference frames Concord converts between.</summary>
public enum ReferenceFrame
{
    /// <summary>True Equator, Mean Equinox: the quasi-inertial frame of SGP4 output (Vallado et al. 2006, §3.3).</summary>
    Teme,

    /// <summary>Geocentric Celestial Reference Frame. Realised here through IAU-76/FK5 (mean of J2000, EME2000),
    /// which differs from the true GCRF by a frame bias of about 23 mas (under 1 m at GEO) unless bias is applied.</summary>
    Gcrf,

    /// <summary>Earth Mean Equator and Equinox of J2000 (CCSDS <c>EME2000</c>).</summary>
    Eme2000,

    /// <summary>International Terrestrial Reference Frame (Earth-fixed).</summary>
    Itrf,
}
