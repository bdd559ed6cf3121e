namespace Concord.Formats.Ccsds.Cdm;

/// <summary>The metadata of one object of a CDM (CCSDS 508.0-B-1 table 3-3, with the draft v2 keywords).</summary>
/// <remarks>Values in the standard's units (the unit is in each name); optional keywords are null when absent (R12). Immutable.</remarks>
public sealed record CdmObjectMetadata
{
    /// <summary>Comment lines of the block (<c>COMMENT</c>), in order.</summary>
    public EquatableArray<string> Comments { get; init; }

    /// <summary>Object (CDM keyword <c>OBJECT</c>).</summary>
    public required string ObjectRole { get; init; }

    /// <summary>Object designator (CDM keyword <c>OBJECT_DESIGNATOR</c>).</summary>
    public required string ObjectDesignator { get; init; }

    /// <summary>Catalog name (CDM keyword <c>CATALOG_NAME</c>).</summary>
    public required string CatalogName { get; init; }

    /// <summary>Object name (CDM keyword <c>OBJECT_NAME</c>).</summary>
    public required string ObjectName { get; init; }

    /// <summary>International designator (CDM keyword <c>INTERNATIONAL_DESIGNATOR</c>).</summary>
    public required string InternationalDesignator { get; init; }

    /// <summary>Object type (CDM keyword <c>OBJECT_TYPE</c>); null when absent.</summary>
    public string? ObjectType { get; init; }

    /// <summary>Ops status (CDM keyword <c>OPS_STATUS</c>); null when absent.</summary>
    public string? OperationalStatus { get; init; }

    /// <summary>Operator contact position (CDM keyword <c>OPERATOR_CONTACT_POSITION</c>); null when absent.</summary>
    public string? OperatorContactPosition { get; init; }

    /// <summary>Operator organization (CDM keyword <c>OPERATOR_ORGANIZATION</c>); null when absent.</summary>
    public string? OperatorOrganization { get; init; }

    /// <summary>Operator phone (CDM keyword <c>OPERATOR_PHONE</c>); null when absent.</summary>
    public string? OperatorPhone { get; init; }

    /// <summary>Operator email (CDM keyword <c>OPERATOR_EMAIL</c>); null when absent.</summary>
    public string? OperatorEmail { get; init; }

    /// <summary>Odm msg link (CDM keyword <c>ODM_MSG_LINK</c>); null when absent.</summary>
    public string? OdmMessageLink { get; init; }

    /// <summary>Adm msg link (CDM keyword <c>ADM_MSG_LINK</c>); null when absent.</summary>
    public string? AdmMessageLink { get; init; }

    /// <summary>Ephemeris name (CDM keyword <c>EPHEMERIS_NAME</c>).</summary>
    public required string EphemerisName { get; init; }

    /// <summary>Obs before next message (CDM keyword <c>OBS_BEFORE_NEXT_MESSAGE</c>); null when absent.</summary>
    public string? ObservationsBeforeNextMessage { get; init; }

    /// <summary>Covariance method (CDM keyword <c>COVARIANCE_METHOD</c>).</summary>
    public required string CovarianceMethod { get; init; }

    /// <summary>Covariance source (CDM keyword <c>COVARIANCE_SOURCE</c>); null when absent.</summary>
    public string? CovarianceSource { get; init; }

    /// <summary>Maneuverable (CDM keyword <c>MANEUVERABLE</c>).</summary>
    public required string Maneuverable { get; init; }

    /// <summary>Orbit center (CDM keyword <c>ORBIT_CENTER</c>); null when absent.</summary>
    public string? OrbitCenter { get; init; }

    /// <summary>Ref frame (CDM keyword <c>REF_FRAME</c>).</summary>
    public required string ReferenceFrame { get; init; }

    /// <summary>Alt cov type (CDM keyword <c>ALT_COV_TYPE</c>); null when absent.</summary>
    public string? AlternateCovarianceType { get; init; }

    /// <summary>Alt cov ref frame (CDM keyword <c>ALT_COV_REF_FRAME</c>); null when absent.</summary>
    public string? AlternateCovarianceReferenceFrame { get; init; }

    /// <summary>Gravity model (CDM keyword <c>GRAVITY_MODEL</c>); null when absent.</summary>
    public string? GravityModel { get; init; }

    /// <summary>Atmospheric model (CDM keyword <c>ATMOSPHERIC_MODEL</c>); null when absent.</summary>
    public string? AtmosphericModel { get; init; }

    /// <summary>N body perturbations (CDM keyword <c>N_BODY_PERTURBATIONS</c>); null when absent.</summary>
    public string? NBodyPerturbations { get; init; }

    /// <summary>Solar rad pressure (CDM keyword <c>SOLAR_RAD_PRESSURE</c>); null when absent.</summary>
    public string? SolarRadiationPressure { get; init; }

    /// <summary>Earth tides (CDM keyword <c>EARTH_TIDES</c>); null when absent.</summary>
    public string? EarthTides { get; init; }

    /// <summary>Intrack thrust (CDM keyword <c>INTRACK_THRUST</c>); null when absent.</summary>
    public string? InTrackThrust { get; init; }

    internal static CdmObjectMetadata Build(CdmBuilder b, int scope) => new()
    {
        Comments = b.Comments(scope, CdmSection.Metadata),
            ObjectRole = b.Text(scope, "OBJECT")!,
            ObjectDesignator = b.Text(scope, "OBJECT_DESIGNATOR")!,
            CatalogName = b.Text(scope, "CATALOG_NAME")!,
            ObjectName = b.Text(scope, "OBJECT_NAME")!,
            InternationalDesignator = b.Text(scope, "INTERNATIONAL_DESIGNATOR")!,
            ObjectType = b.Text(scope, "OBJECT_TYPE"),
            OperationalStatus = b.Text(scope, "OPS_STATUS"),
            OperatorContactPosition = b.Text(scope, "OPERATOR_CONTACT_POSITION"),
            OperatorOrganization = b.Text(scope, "OPERATOR_ORGANIZATION"),
            OperatorPhone = b.Text(scope, "OPERATOR_PHONE"),
            OperatorEmail = b.Text(scope, "OPERATOR_EMAIL"),
            OdmMessageLink = b.Text(scope, "ODM_MSG_LINK"),
            AdmMessageLink = b.Text(scope, "ADM_MSG_LINK"),
            EphemerisName = b.Text(scope, "EPHEMERIS_NAME")!,
            ObservationsBeforeNextMessage = b.Text(scope, "OBS_BEFORE_NEXT_MESSAGE"),
            CovarianceMethod = b.Text(scope, "COVARIANCE_METHOD")!,
            CovarianceSource = b.Text(scope, "COVARIANCE_SOURCE"),
            Maneuverable = b.Text(scope, "MANEUVERABLE")!,
            OrbitCenter = b.Text(scope, "ORBIT_CENTER"),
            ReferenceFrame = b.Text(scope, "REF_FRAME")!,
            AlternateCovarianceType = b.Text(scope, "ALT_COV_TYPE"),
            AlternateCovarianceReferenceFrame = b.Text(scope, "ALT_COV_REF_FRAME"),
            GravityModel = b.Text(scope, "GRAVITY_MODEL"),
            AtmosphericModel = b.Text(scope, "ATMOSPHERIC_MODEL"),
            NBodyPerturbations = b.Text(scope, "N_BODY_PERTURBATIONS"),
            SolarRadiationPressure = b.Text(scope, "SOLAR_RAD_PRESSURE"),
            EarthTides = b.Text(scope, "EARTH_TIDES"),
            InTrackThrust = b.Text(scope, "INTRACK_THRUST"),
    };
}
