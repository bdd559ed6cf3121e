namespace Concord.Formats.Ccsds.Oem;

/// <summary>One ephemeris data line: epoch, position (km), velocity (km/s) and optional acceleration (km/s²).</summary>
/// <param name="Epoch">The epoch.</param>
/// <param name="XKilometers">The X position.</param>
/// <param name="YKilometers">The Y position.</param>
/// <param name="ZKilometers">The Z position.</param>
/// <param name="XDotKilometersPerSecond">The X velocity.</param>
/// <param name="YDotKilometersPerSecond">The Y velocity.</param>
/// <param name="ZDotKilometersPerSecond">The Z velocity.</param>
/// <param name="Acceleration">The acceleration (X, Y, Z) in km/s², if given.</param>
public readonly record struct OemStateVector(
    CcsdsDate Epoch,
    double XKilometers,
    double YKilometers,
    double ZKilometers,
    double XDotKilometersPerSecond,
    double YDotKilometersPerSecond,
    double ZDotKilometersPerSecond,
    (double X, double Y, double Z)? Acceleration);
