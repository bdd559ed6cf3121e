namespace Concord.Astro.Ephemerides;

/// <summary>The outcome of <see cref="Ephemeris.TryInterpolate"/>.</summary>
public enum EphemerisInterpolationStatus
{
    /// <summary>The requested epoch lies in the useable interval; the state is valid.</summary>
    Success = 0,

    /// <summary>The requested epoch is before the useable start (or the first node).</summary>
    BeforeUseableStart = 1,

    /// <summary>The requested epoch is after the useable stop (or the last node).</summary>
    AfterUseableStop = 2,
}
