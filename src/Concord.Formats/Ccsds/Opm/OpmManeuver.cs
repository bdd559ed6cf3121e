namespace Concord.Formats.Ccsds.Opm;

/// <summary>One OPM maneuver.</summary>
public sealed record OpmManeuver
{
    /// <summary>Gets the comments.</summary>
    public EquatableArray<string> Comments { get; init; }

    /// <summary>Gets the ignition epoch.</summary>
    public required CcsdsDate EpochIgnition { get; init; }

    /// <summary>Gets the duration (0 for impulsive).</summary>
    public required double DurationSeconds { get; init; }

    /// <summary>Gets the mass change (negative or zero).</summary>
    public required double DeltaMassKilograms { get; init; }

    /// <summary>Gets the frame of the velocity change, e.g. "RTN" or "EME2000".</summary>
    public required string ReferenceFrame { get; init; }

    /// <summary>Gets the first velocity-change component.</summary>
    public required double DeltaV1KilometersPerSecond { get; init; }

    /// <summary>Gets the second velocity-change component.</summary>
    public required double DeltaV2KilometersPerSecond { get; init; }

    /// <summary>Gets the third velocity-change component.</summary>
    public required double DeltaV3KilometersPerSecond { get; init; }
}
