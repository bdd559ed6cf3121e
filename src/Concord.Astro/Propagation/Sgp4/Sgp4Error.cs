namespace Concord.Astro.Propagation.Sgp4;

/// <summary>Why SGP4 could not produce a state. Values are Vallado's error codes (Vallado et al. 2006).</summary>
public enum Sgp4Error
{
    /// <summary>No error.</summary>
    None = 0,

    /// <summary>1: mean eccentricity not in [0, 1) (or mean semi-major axis below 0.95 Earth radii).</summary>
    MeanEccentricityOutOfRange = 1,

    /// <summary>2: mean motion not positive.</summary>
    MeanMotionNotPositive = 2,

    /// <summary>3: perturbed (long-period) eccentricity not in [0, 1].</summary>
    PerturbedEccentricityOutOfRange = 3,

    /// <summary>4: semi-latus rectum negative.</summary>
    SemiLatusRectumNegative = 4,

    /// <summary>5: epoch elements are sub-orbital (no longer raised by the 2006 code; kept for the code table).</summary>
    SubOrbitalEpochElements = 5,

    /// <summary>6: the satellite has decayed (orbit radius below one Earth radius).</summary>
    Decayed = 6,
}
