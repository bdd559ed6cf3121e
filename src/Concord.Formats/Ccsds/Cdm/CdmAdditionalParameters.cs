namespace Concord.Formats.Ccsds.Cdm;

/// <summary>The additional parameters of one object of a CDM (CCSDS 508.0-B-1 table 3-4, with the draft v2 keywords).</summary>
/// <remarks>Values in the standard's units (the unit is in each name); optional keywords are null when absent (R12). Immutable.</remarks>
public sealed record CdmAdditionalParameters
{
    /// <summary>Comment lines of the block (<c>COMMENT</c>), in order.</summary>
    public EquatableArray<string> Comments { get; init; }

    /// <summary>Area pc (m²) (CDM keyword <c>AREA_PC</c>); null when absent.</summary>
    public double? AreaPcSquareMeters { get; init; }

    /// <summary>Area pc min (m²) (CDM keyword <c>AREA_PC_MIN</c>); null when absent.</summary>
    public double? AreaPcMinSquareMeters { get; init; }

    /// <summary>Area pc max (m²) (CDM keyword <c>AREA_PC_MAX</c>); null when absent.</summary>
    public double? AreaPcMaxSquareMeters { get; init; }

    /// <summary>Area drg (m²) (CDM keyword <c>AREA_DRG</c>); null when absent.</summary>
    public double? AreaDragSquareMeters { get; init; }

    /// <summary>Area srp (m²) (CDM keyword <c>AREA_SRP</c>); null when absent.</summary>
    public double? AreaSolarRadiationPressureSquareMeters { get; init; }

    /// <summary>Oeb parent frame (CDM keyword <c>OEB_PARENT_FRAME</c>); null when absent.</summary>
    public string? OebParentFrame { get; init; }

    /// <summary>Oeb parent frame epoch (CDM keyword <c>OEB_PARENT_FRAME_EPOCH</c>); null when absent.</summary>
    public CcsdsDate? OebParentFrameEpoch { get; init; }

    /// <summary>Oeb q1 (CDM keyword <c>OEB_Q1</c>); null when absent.</summary>
    public double? OebQ1 { get; init; }

    /// <summary>Oeb q2 (CDM keyword <c>OEB_Q2</c>); null when absent.</summary>
    public double? OebQ2 { get; init; }

    /// <summary>Oeb q3 (CDM keyword <c>OEB_Q3</c>); null when absent.</summary>
    public double? OebQ3 { get; init; }

    /// <summary>Oeb qc (CDM keyword <c>OEB_QC</c>); null when absent.</summary>
    public double? OebQc { get; init; }

    /// <summary>Oeb max (m) (CDM keyword <c>OEB_MAX</c>); null when absent.</summary>
    public double? OebMaxMeters { get; init; }

    /// <summary>Oeb int (m) (CDM keyword <c>OEB_INT</c>); null when absent.</summary>
    public double? OebIntermediateMeters { get; init; }

    /// <summary>Oeb min (m) (CDM keyword <c>OEB_MIN</c>); null when absent.</summary>
    public double? OebMinMeters { get; init; }

    /// <summary>Area along oeb max (m²) (CDM keyword <c>AREA_ALONG_OEB_MAX</c>); null when absent.</summary>
    public double? AreaAlongOebMaxSquareMeters { get; init; }

    /// <summary>Area along oeb int (m²) (CDM keyword <c>AREA_ALONG_OEB_INT</c>); null when absent.</summary>
    public double? AreaAlongOebIntermediateSquareMeters { get; init; }

    /// <summary>Area along oeb min (m²) (CDM keyword <c>AREA_ALONG_OEB_MIN</c>); null when absent.</summary>
    public double? AreaAlongOebMinSquareMeters { get; init; }

    /// <summary>Rcs (m²) (CDM keyword <c>RCS</c>); null when absent.</summary>
    public double? RcsSquareMeters { get; init; }

    /// <summary>Rcs min (m²) (CDM keyword <c>RCS_MIN</c>); null when absent.</summary>
    public double? RcsMinSquareMeters { get; init; }

    /// <summary>Rcs max (m²) (CDM keyword <c>RCS_MAX</c>); null when absent.</summary>
    public double? RcsMaxSquareMeters { get; init; }

    /// <summary>Vm absolute (CDM keyword <c>VM_ABSOLUTE</c>); null when absent.</summary>
    public double? VisualMagnitudeAbsolute { get; init; }

    /// <summary>Vm apparent min (CDM keyword <c>VM_APPARENT_MIN</c>); null when absent.</summary>
    public double? VisualMagnitudeApparentMin { get; init; }

    /// <summary>Vm apparent (CDM keyword <c>VM_APPARENT</c>); null when absent.</summary>
    public double? VisualMagnitudeApparent { get; init; }

    /// <summary>Vm apparent max (CDM keyword <c>VM_APPARENT_MAX</c>); null when absent.</summary>
    public double? VisualMagnitudeApparentMax { get; init; }

    /// <summary>Reflectance (CDM keyword <c>REFLECTANCE</c>); null when absent.</summary>
    public double? Reflectance { get; init; }

    /// <summary>Hbr (m) (CDM keyword <c>HBR</c>); null when absent.</summary>
    public double? HardBodyRadiusMeters { get; init; }

    /// <summary>Apoapsis altitude (km) (CDM keyword <c>APOAPSIS_ALTITUDE</c>); null when absent.</summary>
    public double? ApoapsisAltitudeKilometers { get; init; }

    /// <summary>Periapsis altitude (km) (CDM keyword <c>PERIAPSIS_ALTITUDE</c>); null when absent.</summary>
    public double? PeriapsisAltitudeKilometers { get; init; }

    /// <summary>Inclination (degrees) (CDM keyword <c>INCLINATION</c>); null when absent.</summary>
    public double? InclinationDegrees { get; init; }

    /// <summary>Cov confidence (CDM keyword <c>COV_CONFIDENCE</c>); null when absent.</summary>
    public double? CovarianceConfidence { get; init; }

    /// <summary>Cov confidence method (CDM keyword <c>COV_CONFIDENCE_METHOD</c>); null when absent.</summary>
    public string? CovarianceConfidenceMethod { get; init; }

    /// <summary>Mass (kg) (CDM keyword <c>MASS</c>); null when absent.</summary>
    public double? MassKilograms { get; init; }

    /// <summary>Cd area over mass (m²/kg) (CDM keyword <c>CD_AREA_OVER_MASS</c>); null when absent.</summary>
    public double? CdAreaOverMassSquareMetersPerKilogram { get; init; }

    /// <summary>Cr area over mass (m²/kg) (CDM keyword <c>CR_AREA_OVER_MASS</c>); null when absent.</summary>
    public double? CrAreaOverMassSquareMetersPerKilogram { get; init; }

    /// <summary>Thrust acceleration (m/s²) (CDM keyword <c>THRUST_ACCELERATION</c>); null when absent.</summary>
    public double? ThrustAccelerationMetersPerSecondSquared { get; init; }

    /// <summary>Sedr (W/kg) (CDM keyword <c>SEDR</c>); null when absent.</summary>
    public double? SedrWattsPerKilogram { get; init; }

    /// <summary>Min dv (m/s) (CDM keyword <c>MIN_DV</c>); null when absent.</summary>
    public double? MinDeltaVMetersPerSecond { get; init; }

    /// <summary>Max dv (m/s) (CDM keyword <c>MAX_DV</c>); null when absent.</summary>
    public double? MaxDeltaVMetersPerSecond { get; init; }

    /// <summary>Lead time reqd before tca (s) (CDM keyword <c>LEAD_TIME_REQD_BEFORE_TCA</c>); null when absent.</summary>
    public double? LeadTimeRequiredBeforeTcaSeconds { get; init; }

    internal static CdmAdditionalParameters Build(CdmBuilder b, int scope) => new()
    {
        Comments = b.Comments(scope, CdmSection.AdditionalParameters),
            AreaPcSquareMeters = b.Real(scope, "AREA_PC"),
            AreaPcMinSquareMeters = b.Real(scope, "AREA_PC_MIN"),
            AreaPcMaxSquareMeters = b.Real(scope, "AREA_PC_MAX"),
            AreaDragSquareMeters = b.Real(scope, "AREA_DRG"),
            AreaSolarRadiationPressureSquareMeters = b.Real(scope, "AREA_SRP"),
            OebParentFrame = b.Text(scope, "OEB_PARENT_FRAME"),
            OebParentFrameEpoch = b.Date(scope, "OEB_PARENT_FRAME_EPOCH"),
            OebQ1 = b.Real(scope, "OEB_Q1"),
            OebQ2 = b.Real(scope, "OEB_Q2"),
            OebQ3 = b.Real(scope, "OEB_Q3"),
            OebQc = b.Real(scope, "OEB_QC"),
            OebMaxMeters = b.Real(scope, "OEB_MAX"),
            OebIntermediateMeters = b.Real(scope, "OEB_INT"),
            OebMinMeters = b.Real(scope, "OEB_MIN"),
            AreaAlongOebMaxSquareMeters = b.Real(scope, "AREA_ALONG_OEB_MAX"),
            AreaAlongOebIntermediateSquareMeters = b.Real(scope, "AREA_ALONG_OEB_INT"),
            AreaAlongOebMinSquareMeters = b.Real(scope, "AREA_ALONG_OEB_MIN"),
            RcsSquareMeters = b.Real(scope, "RCS"),
            RcsMinSquareMeters = b.Real(scope, "RCS_MIN"),
            RcsMaxSquareMeters = b.Real(scope, "RCS_MAX"),
            VisualMagnitudeAbsolute = b.Real(scope, "VM_ABSOLUTE"),
            VisualMagnitudeApparentMin = b.Real(scope, "VM_APPARENT_MIN"),
            VisualMagnitudeApparent = b.Real(scope, "VM_APPARENT"),
            VisualMagnitudeApparentMax = b.Real(scope, "VM_APPARENT_MAX"),
            Reflectance = b.Real(scope, "REFLECTANCE"),
            HardBodyRadiusMeters = b.Real(scope, "HBR"),
            ApoapsisAltitudeKilometers = b.Real(scope, "APOAPSIS_ALTITUDE"),
            PeriapsisAltitudeKilometers = b.Real(scope, "PERIAPSIS_ALTITUDE"),
            InclinationDegrees = b.Real(scope, "INCLINATION"),
            CovarianceConfidence = b.Real(scope, "COV_CONFIDENCE"),
            CovarianceConfidenceMethod = b.Text(scope, "COV_CONFIDENCE_METHOD"),
            MassKilograms = b.Real(scope, "MASS"),
            CdAreaOverMassSquareMetersPerKilogram = b.Real(scope, "CD_AREA_OVER_MASS"),
            CrAreaOverMassSquareMetersPerKilogram = b.Real(scope, "CR_AREA_OVER_MASS"),
            ThrustAccelerationMetersPerSecondSquared = b.Real(scope, "THRUST_ACCELERATION"),
            SedrWattsPerKilogram = b.Real(scope, "SEDR"),
            MinDeltaVMetersPerSecond = b.Real(scope, "MIN_DV"),
            MaxDeltaVMetersPerSecond = b.Real(scope, "MAX_DV"),
            LeadTimeRequiredBeforeTcaSeconds = b.Real(scope, "LEAD_TIME_REQD_BEFORE_TCA"),
    };
}
