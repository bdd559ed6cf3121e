namespace Concord.Astro.Mathematics;

/// <summary>Exact conversion factors between angle units (R5: conversions use named constants).</summary>
public static class AngleUnits
{
    /// <summary>Radians in one degree, π/180.</summary>
    public const double RadiansPerDegree = Math.PI / 180.0;

    /// <summary>Radians in one arcsecond, π/648000 (≈ 4.848e-6).</summary>
    public const double RadiansPerArcsecond = Math.PI / 648_000.0;

    /// <summary>Radians in one milliarcsecond, π/648000000 (≈ 4.848e-9).</summary>
    public const double RadiansPerMilliarcsecond = Math.PI / 648_000_000.0;

    /// <summary>Radians in one full turn, 2π.</summary>
    public const double RadiansPerRevolution = 2.0 * Math.PI;
}
