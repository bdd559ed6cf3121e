namespace Concord.Astro.Propagation.Sgp4;

/// <summary>Which implementation <see cref="Sgp4BatchPropagation"/> runs (house style R6: the policy is explicit).</summary>
public enum Sgp4Path
{
    /// <summary><see cref="Vector"/> where the hardware has 256- or 512-bit SIMD, else <see cref="Scalar"/>.</summary>
    Auto,

    /// <summary>The scalar kernel (the reference transcription) for every object.</summary>
    Scalar,

    /// <summary>SIMD (Vector512 where accelerated, else Vector256, else the scalar kernel) for near-earth and
    /// deep-space objects alike; within 1 cm and 1e-5 m/s of <see cref="Scalar"/>.</summary>
    Vector,
}
