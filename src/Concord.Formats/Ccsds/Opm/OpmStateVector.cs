namespace Concord.Formats.Ccsds.Opm;

/// <summary>The OPM state vector, in km and km/s.</summary>
public sealed record OpmStateVector
{
    /// <summary>Gets the comments.</summary>
    public EquatableArray<string> Comments { get; init; }

    /// <summary>Gets the epoch.</summary>
    public required CcsdsDate Epoch { get; init; }

    /// <summary>Gets the X position.</summary>
    public required double XKilometers { get; init; }

    /// <summary>Gets the Y position.</summary>
    public required double YKilometers { get; init; }

    /// <summary>Gets the Z position.</summary>
    public required double ZKilometers { get; init; }

    /// <summary>Gets the X velocity.</summary>
    public required double XDotKilometersPerSecond { get; init; }

    /// <summary>Gets the Y velocity.</summary>
    public required double YDotKilometersPerSecond { get; init; }

    /// <summary>Gets the Z velocity.</summary>
    public required double ZDotKilometersPerSecond { get; init; }
}
