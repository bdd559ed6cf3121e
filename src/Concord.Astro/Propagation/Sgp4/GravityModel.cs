namespace Concord.Astro.Propagation.Sgp4;

/// <summary>Earth gravity constants for SGP4 (Vallado et al. 2006, <c>getgravconst</c>).</summary>
public enum GravityModel
{
    /// <summary>WGS-72, the constants the element sets are fitted with; the default and the verification reference.</summary>
    Wgs72,

    /// <summary>WGS-72 with the older μ-derived constants of Spacetrack Report #3 (<c>wgs72old</c>).</summary>
    Wgs72Old,

    /// <summary>WGS-84 constants, on request only: element sets are fitted with WGS-72.</summary>
    Wgs84,
}
