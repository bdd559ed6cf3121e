namespace Concord.Formats.Ccsds.Cdm;

/// <summary>The additional covariance metadata of one object of a CDM (508.0 draft v2).</summary>
/// <remarks>Values in the standard's units (the unit is in each name); optional keywords are null when absent (R12). Immutable.</remarks>
public sealed record CdmAdditionalCovarianceMetadata
{
    /// <summary>Comment lines of the block (<c>COMMENT</c>), in order.</summary>
    public EquatableArray<string> Comments { get; init; }

    /// <summary>Density forecast uncertainty (CDM keyword <c>DENSITY_FORECAST_UNCERTAINTY</c>); null when absent.</summary>
    public double? DensityForecastUncertainty { get; init; }

    /// <summary>Cscale factor min (CDM keyword <c>CSCALE_FACTOR_MIN</c>); null when absent.</summary>
    public double? CovarianceScaleFactorMin { get; init; }

    /// <summary>Cscale factor (CDM keyword <c>CSCALE_FACTOR</c>); null when absent.</summary>
    public double? CovarianceScaleFactor { get; init; }

    /// <summary>Cscale factor max (CDM keyword <c>CSCALE_FACTOR_MAX</c>); null when absent.</summary>
    public double? CovarianceScaleFactorMax { get; init; }

    /// <summary>Screening data source (CDM keyword <c>SCREENING_DATA_SOURCE</c>); null when absent.</summary>
    public string? ScreeningDataSource { get; init; }

    /// <summary>Dcp sensitivity vector position (CDM keyword <c>DCP_SENSITIVITY_VECTOR_POSITION</c>); null when absent.</summary>
    public string? DcpSensitivityVectorPosition { get; init; }

    /// <summary>Dcp sensitivity vector velocity (CDM keyword <c>DCP_SENSITIVITY_VECTOR_VELOCITY</c>); null when absent.</summary>
    public string? DcpSensitivityVectorVelocity { get; init; }

    internal static CdmAdditionalCovarianceMetadata Build(CdmBuilder b, int scope) => new()
    {
        Comments = b.Comments(scope, CdmSection.AdditionalCovarianceMetadata),
            DensityForecastUncertainty = b.Real(scope, "DENSITY_FORECAST_UNCERTAINTY"),
            CovarianceScaleFactorMin = b.Real(scope, "CSCALE_FACTOR_MIN"),
            CovarianceScaleFactor = b.Real(scope, "CSCALE_FACTOR"),
            CovarianceScaleFactorMax = b.Real(scope, "CSCALE_FACTOR_MAX"),
            ScreeningDataSource = b.Text(scope, "SCREENING_DATA_SOURCE"),
            DcpSensitivityVectorPosition = b.Text(scope, "DCP_SENSITIVITY_VECTOR_POSITION"),
            DcpSensitivityVectorVelocity = b.Text(scope, "DCP_SENSITIVITY_VECTOR_VELOCITY"),
    };
}
