namespace Concord.Formats.Ccsds.Cdm;

/// <summary>The CDM relative metadata and data (CCSDS 508.0-B-1 table 3-2, with the draft v2 keywords): TCA, miss distance, relative state, screening and probability of collision.</summary>
/// <remarks>Values in the standard's units (the unit is in each name); optional keywords are null when absent (R12). Immutable.</remarks>
public sealed record CdmRelativeMetadata
{
    /// <summary>Comment lines of the block (<c>COMMENT</c>), in order.</summary>
    public EquatableArray<string> Comments { get; init; }

    /// <summary>Conjunction id (CDM keyword <c>CONJUNCTION_ID</c>); null when absent.</summary>
    public string? ConjunctionId { get; init; }

    /// <summary>Tca (CDM keyword <c>TCA</c>).</summary>
    public required CcsdsDate Tca { get; init; }

    /// <summary>Miss distance (m) (CDM keyword <c>MISS_DISTANCE</c>).</summary>
    public required double MissDistanceMeters { get; init; }

    /// <summary>Mahalanobis distance (CDM keyword <c>MAHALANOBIS_DISTANCE</c>); null when absent.</summary>
    public double? MahalanobisDistance { get; init; }

    /// <summary>Relative speed (m/s) (CDM keyword <c>RELATIVE_SPEED</c>); null when absent.</summary>
    public double? RelativeSpeedMetersPerSecond { get; init; }

    /// <summary>Relative position r (m) (CDM keyword <c>RELATIVE_POSITION_R</c>); null when absent.</summary>
    public double? RelativePositionRMeters { get; init; }

    /// <summary>Relative position t (m) (CDM keyword <c>RELATIVE_POSITION_T</c>); null when absent.</summary>
    public double? RelativePositionTMeters { get; init; }

    /// <summary>Relative position n (m) (CDM keyword <c>RELATIVE_POSITION_N</c>); null when absent.</summary>
    public double? RelativePositionNMeters { get; init; }

    /// <summary>Relative velocity r (m/s) (CDM keyword <c>RELATIVE_VELOCITY_R</c>); null when absent.</summary>
    public double? RelativeVelocityRMetersPerSecond { get; init; }

    /// <summary>Relative velocity t (m/s) (CDM keyword <c>RELATIVE_VELOCITY_T</c>); null when absent.</summary>
    public double? RelativeVelocityTMetersPerSecond { get; init; }

    /// <summary>Relative velocity n (m/s) (CDM keyword <c>RELATIVE_VELOCITY_N</c>); null when absent.</summary>
    public double? RelativeVelocityNMetersPerSecond { get; init; }

    /// <summary>Approach angle (degrees) (CDM keyword <c>APPROACH_ANGLE</c>); null when absent.</summary>
    public double? ApproachAngleDegrees { get; init; }

    /// <summary>Start screen period (CDM keyword <c>START_SCREEN_PERIOD</c>); null when absent.</summary>
    public CcsdsDate? StartScreenPeriod { get; init; }

    /// <summary>Stop screen period (CDM keyword <c>STOP_SCREEN_PERIOD</c>); null when absent.</summary>
    public CcsdsDate? StopScreenPeriod { get; init; }

    /// <summary>Screen type (CDM keyword <c>SCREEN_TYPE</c>); null when absent.</summary>
    public string? ScreenType { get; init; }

    /// <summary>Screen volume frame (CDM keyword <c>SCREEN_VOLUME_FRAME</c>); null when absent.</summary>
    public string? ScreenVolumeFrame { get; init; }

    /// <summary>Screen volume shape (CDM keyword <c>SCREEN_VOLUME_SHAPE</c>); null when absent.</summary>
    public string? ScreenVolumeShape { get; init; }

    /// <summary>Screen volume radius (m) (CDM keyword <c>SCREEN_VOLUME_RADIUS</c>); null when absent.</summary>
    public double? ScreenVolumeRadiusMeters { get; init; }

    /// <summary>Screen volume x (m) (CDM keyword <c>SCREEN_VOLUME_X</c>); null when absent.</summary>
    public double? ScreenVolumeXMeters { get; init; }

    /// <summary>Screen volume y (m) (CDM keyword <c>SCREEN_VOLUME_Y</c>); null when absent.</summary>
    public double? ScreenVolumeYMeters { get; init; }

    /// <summary>Screen volume z (m) (CDM keyword <c>SCREEN_VOLUME_Z</c>); null when absent.</summary>
    public double? ScreenVolumeZMeters { get; init; }

    /// <summary>Screen entry time (CDM keyword <c>SCREEN_ENTRY_TIME</c>); null when absent.</summary>
    public CcsdsDate? ScreenEntryTime { get; init; }

    /// <summary>Screen exit time (CDM keyword <c>SCREEN_EXIT_TIME</c>); null when absent.</summary>
    public CcsdsDate? ScreenExitTime { get; init; }

    /// <summary>Screen pc threshold (CDM keyword <c>SCREEN_PC_THRESHOLD</c>); null when absent.</summary>
    public double? ScreenPcThreshold { get; init; }

    /// <summary>Collision percentile (CDM keyword <c>COLLISION_PERCENTILE</c>); null when absent.</summary>
    public string? CollisionPercentile { get; init; }

    /// <summary>Collision probability (CDM keyword <c>COLLISION_PROBABILITY</c>); null when absent.</summary>
    public double? CollisionProbability { get; init; }

    /// <summary>Collision probability method (CDM keyword <c>COLLISION_PROBABILITY_METHOD</c>); null when absent.</summary>
    public string? CollisionProbabilityMethod { get; init; }

    /// <summary>Collision max probability (CDM keyword <c>COLLISION_MAX_PROBABILITY</c>); null when absent.</summary>
    public double? CollisionMaxProbability { get; init; }

    /// <summary>Collision max pc method (CDM keyword <c>COLLISION_MAX_PC_METHOD</c>); null when absent.</summary>
    public string? CollisionMaxPcMethod { get; init; }

    /// <summary>Sefi collision probability (CDM keyword <c>SEFI_COLLISION_PROBABILITY</c>); null when absent.</summary>
    public double? SefiCollisionProbability { get; init; }

    /// <summary>Sefi collision probability method (CDM keyword <c>SEFI_COLLISION_PROBABILITY_METHOD</c>); null when absent.</summary>
    public string? SefiCollisionProbabilityMethod { get; init; }

    /// <summary>Sefi fragmentation model (CDM keyword <c>SEFI_FRAGMENTATION_MODEL</c>); null when absent.</summary>
    public string? SefiFragmentationModel { get; init; }

    /// <summary>Previous message id (CDM keyword <c>PREVIOUS_MESSAGE_ID</c>); null when absent.</summary>
    public string? PreviousMessageId { get; init; }

    /// <summary>Previous message epoch (CDM keyword <c>PREVIOUS_MESSAGE_EPOCH</c>); null when absent.</summary>
    public CcsdsDate? PreviousMessageEpoch { get; init; }

    /// <summary>Next message epoch (CDM keyword <c>NEXT_MESSAGE_EPOCH</c>); null when absent.</summary>
    public CcsdsDate? NextMessageEpoch { get; init; }

    internal static CdmRelativeMetadata Build(CdmBuilder b, int scope) => new()
    {
        Comments = b.Comments(scope, CdmSection.Relative),
            ConjunctionId = b.Text(scope, "CONJUNCTION_ID"),
            Tca = b.Date(scope, "TCA")!.Value,
            MissDistanceMeters = b.Real(scope, "MISS_DISTANCE")!.Value,
            MahalanobisDistance = b.Real(scope, "MAHALANOBIS_DISTANCE"),
            RelativeSpeedMetersPerSecond = b.Real(scope, "RELATIVE_SPEED"),
            RelativePositionRMeters = b.Real(scope, "RELATIVE_POSITION_R"),
            RelativePositionTMeters = b.Real(scope, "RELATIVE_POSITION_T"),
            RelativePositionNMeters = b.Real(scope, "RELATIVE_POSITION_N"),
            RelativeVelocityRMetersPerSecond = b.Real(scope, "RELATIVE_VELOCITY_R"),
            RelativeVelocityTMetersPerSecond = b.Real(scope, "RELATIVE_VELOCITY_T"),
            RelativeVelocityNMetersPerSecond = b.Real(scope, "RELATIVE_VELOCITY_N"),
            ApproachAngleDegrees = b.Real(scope, "APPROACH_ANGLE"),
            StartScreenPeriod = b.Date(scope, "START_SCREEN_PERIOD"),
            StopScreenPeriod = b.Date(scope, "STOP_SCREEN_PERIOD"),
            ScreenType = b.Text(scope, "SCREEN_TYPE"),
            ScreenVolumeFrame = b.Text(scope, "SCREEN_VOLUME_FRAME"),
            ScreenVolumeShape = b.Text(scope, "SCREEN_VOLUME_SHAPE"),
            ScreenVolumeRadiusMeters = b.Real(scope, "SCREEN_VOLUME_RADIUS"),
            ScreenVolumeXMeters = b.Real(scope, "SCREEN_VOLUME_X"),
            ScreenVolumeYMeters = b.Real(scope, "SCREEN_VOLUME_Y"),
            ScreenVolumeZMeters = b.Real(scope, "SCREEN_VOLUME_Z"),
            ScreenEntryTime = b.Date(scope, "SCREEN_ENTRY_TIME"),
            ScreenExitTime = b.Date(scope, "SCREEN_EXIT_TIME"),
            ScreenPcThreshold = b.Real(scope, "SCREEN_PC_THRESHOLD"),
            CollisionPercentile = b.Text(scope, "COLLISION_PERCENTILE"),
            CollisionProbability = b.Real(scope, "COLLISION_PROBABILITY"),
            CollisionProbabilityMethod = b.Text(scope, "COLLISION_PROBABILITY_METHOD"),
            CollisionMaxProbability = b.Real(scope, "COLLISION_MAX_PROBABILITY"),
            CollisionMaxPcMethod = b.Text(scope, "COLLISION_MAX_PC_METHOD"),
            SefiCollisionProbability = b.Real(scope, "SEFI_COLLISION_PROBABILITY"),
            SefiCollisionProbabilityMethod = b.Text(scope, "SEFI_COLLISION_PROBABILITY_METHOD"),
            SefiFragmentationModel = b.Text(scope, "SEFI_FRAGMENTATION_MODEL"),
            PreviousMessageId = b.Text(scope, "PREVIOUS_MESSAGE_ID"),
            PreviousMessageEpoch = b.Date(scope, "PREVIOUS_MESSAGE_EPOCH"),
            NextMessageEpoch = b.Date(scope, "NEXT_MESSAGE_EPOCH"),
    };
}
