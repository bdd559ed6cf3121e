namespace Concord.Astro.Propagation.Sgp4;

/// <summary>Human-readable meaning of each <see cref="Sgp4Error"/> (Vallado et al. 2006, error codes of <c>sgp4</c>).</summary>
public static class Sgp4ErrorText
{
    /// <summary>A short lower-case description of <paramref name="error"/>, for messages and the CLI.</summary>
    /// <remarks>Tests assert codes, never this text (house style R14). Thread-safe.</remarks>
    public static string Describe(Sgp4Error error) => error switch
    {
        Sgp4Error.None => "no error",
        Sgp4Error.MeanEccentricityOutOfRange => "mean eccentricity out of range",
        Sgp4Error.MeanMotionNotPositive => "mean motion not positive",
        Sgp4Error.PerturbedEccentricityOutOfRange => "perturbed eccentricity out of range",
        Sgp4Error.SemiLatusRectumNegative => "semi-latus rectum negative",
        Sgp4Error.SubOrbitalEpochElements => "epoch elements are sub-orbital",
        Sgp4Error.Decayed => "satellite has decayed",
        _ => "unknown SGP4 error " + ((int)error).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
