namespace Concord.Formats.Ccsds.Omm;

/// <summary>Spacecraft parameters (CCSDS 502.0-B-3 table 4-4); every field optional.</summary>
public sealed record OmmSpacecraftParameters
{
    /// <summary>Comment lines at the start of the block.</summary>
    public EquatableArray<string> Comments { get; init; }

    /// <summary>Mass, kg (<c>MASS</c>).</summary>
    public double? MassKilograms { get; init; }

    /// <summary>Solar radiation pressure area, m² (<c>SOLAR_RAD_AREA</c>).</summary>
    public double? SolarRadiationPressureAreaSquareMeters { get; init; }

    /// <summary>Solar radiation pressure coefficient, dimensionless (<c>SOLAR_RAD_COEFF</c>).</summary>
    public double? SolarRadiationPressureCoefficient { get; init; }

    /// <summary>Drag area, m² (<c>DRAG_AREA</c>).</summary>
    public double? DragAreaSquareMeters { get; init; }

    /// <summary>Drag coefficient, dimensionless (<c>DRAG_COEFF</c>).</summary>
    public double? DragCoefficient { get; init; }
}
