namespace Concord.Formats.Ccsds.Omm;

/// <summary>TLE-related parameters (CCSDS 502.0-B-3 table 4-4), in the TLE's units; every field optional in the model
/// (the standard requires some when the theory is SGP4: <see cref="OmmConverter"/> checks them).</summary>
public sealed record OmmTleParameters
{
    /// <summary>Comment lines at the start of the block.</summary>
    public EquatableArray<string> Comments { get; init; }

    /// <summary>Ephemeris type (<c>EPHEMERIS_TYPE</c>): 0 for SGP4, 4 for SGP4-XP.</summary>
    public int? EphemerisType { get; init; }

    /// <summary>Classification (<c>CLASSIFICATION_TYPE</c>): <c>U</c>, <c>C</c> or <c>S</c>.</summary>
    public string? ClassificationType { get; init; }

    /// <summary>NORAD catalog number (<c>NORAD_CAT_ID</c>), up to 9 digits.</summary>
    public int? NoradCatalogId { get; init; }

    /// <summary>Element set number (<c>ELEMENT_SET_NO</c>).</summary>
    public int? ElementSetNumber { get; init; }

    /// <summary>Revolution number at epoch (<c>REV_AT_EPOCH</c>).</summary>
    public int? RevolutionNumberAtEpoch { get; init; }

    /// <summary>SGP4 drag term B*, inverse Earth radii (<c>BSTAR</c>).</summary>
    public double? BstarPerEarthRadius { get; init; }

    /// <summary>SGP4-XP ballistic coefficient, m²/kg (<c>BTERM</c>).</summary>
    public double? BtermSquareMetersPerKilogram { get; init; }

    /// <summary>First derivative of the mean motion divided by two, rev/day² (<c>MEAN_MOTION_DOT</c>), as in the TLE.</summary>
    public double? MeanMotionDotRevolutionsPerDaySquared { get; init; }

    /// <summary>Second derivative of the mean motion divided by six, rev/day³ (<c>MEAN_MOTION_DDOT</c>), as in the TLE.</summary>
    public double? MeanMotionDdotRevolutionsPerDayCubed { get; init; }

    /// <summary>SGP4-XP solar radiation pressure coefficient A·γ/m, m²/kg (<c>AGOM</c>).</summary>
    public double? AgomSquareMetersPerKilogram { get; init; }
}
