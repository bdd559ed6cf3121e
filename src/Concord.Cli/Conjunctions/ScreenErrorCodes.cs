namespace Concord.Cli.Conjunctions;

/// <summary>Stable diagnostic codes of <c>concord screen</c> (R14); tests assert these, never the text.</summary>
internal static class ScreenErrorCodes
{
    /// <summary>"primary {0} is not in the catalog or the ephemerides" (exit 1).</summary>
    public const string UnknownPrimary = "screen.unknown-primary";

    /// <summary>"catalog number {0} also in {1}; keeping the newer element set (epoch {2})" (warning).</summary>
    public const string DuplicateObject = "screen.duplicate-object";

    /// <summary>Exclusion reason: "SGP4 cannot start: error {0} ({1})": the object is left out of the screening.</summary>
    public const string Sgp4Initialization = "screen.sgp4-initialization";

    /// <summary>Exclusion reason: "segment {0} cannot be screened: {1}": the OEM segment is left out of the screening.</summary>
    public const string EphemerisSegment = "screen.ephemeris-segment";
}
