namespace Concord.Astro.Propagation.Sgp4;

/// <summary>SGP4 operation mode (Vallado et al. 2006, <c>opsmode</c>).</summary>
public enum Sgp4OperationMode
{
    /// <summary>'i': improved: modern GMST and the corrected computations; the verification reference.</summary>
    Improved,

    /// <summary>'a': AFSPC: the behaviour of the operational AFSPC code (older GMST, no fix-ups).</summary>
    Afspc,
}
