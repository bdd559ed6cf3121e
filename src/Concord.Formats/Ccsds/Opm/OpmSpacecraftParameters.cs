namespace Concord.Formats.Ccsds.Opm;

/// <summary>The OPM spacecraft parameters.</summary>
public sealed record OpmSpacecraftParameters
{
    /// <summary>Gets the comments.</summary>
    public EquatableArray<string> Comments { get; init; }

    /// <summary>Gets the mass.</summary>
    public double? MassKilograms { get; init; }

    /// <summary>Gets the solar radiation pressure area.</summary>
    public double? SolarRadiationPressureAreaSquareMeters { get; init; }

    /// <summary>Gets the solar radiation pressure coefficient.</summary>
    public double? SolarRadiationPressureCoefficient { get; init; }

    /// <summary>Gets the drag area.</summary>
    public double? DragAreaSquareMeters { get; init; }

    /// <summary>Gets the drag coefficient.</summary>
    public double? DragCoefficient { get; init; }
}
