namespace Concord.Formats.Ccsds.Cdm;

/// <summary>The state vector of one object of a CDM at TCA (CCSDS 508.0-B-1 table 3-4), in the object's <c>REF_FRAME</c>.</summary>
/// <remarks>Values in the standard's units (the unit is in each name); optional keywords are null when absent (R12). Immutable.</remarks>
public sealed record CdmStateVector
{
    /// <summary>Comment lines of the block (<c>COMMENT</c>), in order.</summary>
    public EquatableArray<string> Comments { get; init; }

    /// <summary>X (km) (CDM keyword <c>X</c>).</summary>
    public required double XKilometers { get; init; }

    /// <summary>Y (km) (CDM keyword <c>Y</c>).</summary>
    public required double YKilometers { get; init; }

    /// <summary>Z (km) (CDM keyword <c>Z</c>).</summary>
    public required double ZKilometers { get; init; }

    /// <summary>X dot (km/s) (CDM keyword <c>X_DOT</c>).</summary>
    public required double XDotKilometersPerSecond { get; init; }

    /// <summary>Y dot (km/s) (CDM keyword <c>Y_DOT</c>).</summary>
    public required double YDotKilometersPerSecond { get; init; }

    /// <summary>Z dot (km/s) (CDM keyword <c>Z_DOT</c>).</summary>
    public required double ZDotKilometersPerSecond { get; init; }

    internal static CdmStateVector Build(CdmBuilder b, int scope) => new()
    {
        Comments = b.Comments(scope, CdmSection.StateVector),
            XKilometers = b.Real(scope, "X")!.Value,
            YKilometers = b.Real(scope, "Y")!.Value,
            ZKilometers = b.Real(scope, "Z")!.Value,
            XDotKilometersPerSecond = b.Real(scope, "X_DOT")!.Value,
            YDotKilometersPerSecond = b.Real(scope, "Y_DOT")!.Value,
            ZDotKilometersPerSecond = b.Real(scope, "Z_DOT")!.Value,
    };
}
