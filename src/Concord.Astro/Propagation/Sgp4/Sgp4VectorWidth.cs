namespace Concord.Astro.Propagation.Sgp4;

/// <summary>Internal switch forcing one hardware path, so tests exercise each path the machine supports.</summary>
internal enum Sgp4VectorWidth
{
    /// <summary>Vector512 if accelerated, else Vector256 if accelerated, else scalar.</summary>
    Auto,

    /// <summary>Force Vector512 (caller checks <c>Vector512.IsHardwareAccelerated</c>).</summary>
    Vector512,

    /// <summary>Force Vector256 (caller checks <c>Vector256.IsHardwareAccelerated</c>).</summary>
    Vector256,

    /// <summary>Scalar kernel for every object.</summary>
    Scalar,
}
