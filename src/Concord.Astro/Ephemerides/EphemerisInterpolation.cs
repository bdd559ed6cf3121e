namespace Concord.Astro.Ephemerides;

/// <summary>The interpolation method of an <see cref="Ephemeris"/> (CCSDS 502.0 OEM INTERPOLATION).</summary>
public enum EphemerisInterpolation
{
    /// <summary>Lagrange interpolation of positions and, separately, of velocities (barycentric form).</summary>
    Lagrange = 0,

    /// <summary>Hermite interpolation of positions using the velocities as derivatives; the velocity is the derivative of the position polynomial.</summary>
    Hermite = 1,
}
