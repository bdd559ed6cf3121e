namespace Concord.Formats.Ccsds.Cdm;

/// <summary>The orbit determination parameters of one object of a CDM (CCSDS 508.0-B-1 table 3-4).</summary>
/// <remarks>Values in the standard's units (the unit is in each name); optional keywords are null when absent (R12). Immutable.</remarks>
public sealed record CdmOdParameters
{
    /// <summary>Comment lines of the block (<c>COMMENT</c>), in order.</summary>
    public EquatableArray<string> Comments { get; init; }

    /// <summary>Time lastob start (CDM keyword <c>TIME_LASTOB_START</c>); null when absent.</summary>
    public CcsdsDate? TimeLastObservationStart { get; init; }

    /// <summary>Time lastob end (CDM keyword <c>TIME_LASTOB_END</c>); null when absent.</summary>
    public CcsdsDate? TimeLastObservationEnd { get; init; }

    /// <summary>Recommended od span (days) (CDM keyword <c>RECOMMENDED_OD_SPAN</c>); null when absent.</summary>
    public double? RecommendedOdSpanDays { get; init; }

    /// <summary>Actual od span (days) (CDM keyword <c>ACTUAL_OD_SPAN</c>); null when absent.</summary>
    public double? ActualOdSpanDays { get; init; }

    /// <summary>Obs available (CDM keyword <c>OBS_AVAILABLE</c>); null when absent.</summary>
    public int? ObservationsAvailable { get; init; }

    /// <summary>Obs used (CDM keyword <c>OBS_USED</c>); null when absent.</summary>
    public int? ObservationsUsed { get; init; }

    /// <summary>Tracks available (CDM keyword <c>TRACKS_AVAILABLE</c>); null when absent.</summary>
    public int? TracksAvailable { get; init; }

    /// <summary>Tracks used (CDM keyword <c>TRACKS_USED</c>); null when absent.</summary>
    public int? TracksUsed { get; init; }

    /// <summary>Residuals accepted (percent) (CDM keyword <c>RESIDUALS_ACCEPTED</c>); null when absent.</summary>
    public double? ResidualsAcceptedPercent { get; init; }

    /// <summary>Weighted rms (CDM keyword <c>WEIGHTED_RMS</c>); null when absent.</summary>
    public double? WeightedRms { get; init; }

    /// <summary>Od epoch (CDM keyword <c>OD_EPOCH</c>); null when absent.</summary>
    public CcsdsDate? OdEpoch { get; init; }

    internal static CdmOdParameters Build(CdmBuilder b, int scope) => new()
    {
        Comments = b.Comments(scope, CdmSection.OdParameters),
            TimeLastObservationStart = b.Date(scope, "TIME_LASTOB_START"),
            TimeLastObservationEnd = b.Date(scope, "TIME_LASTOB_END"),
            RecommendedOdSpanDays = b.Real(scope, "RECOMMENDED_OD_SPAN"),
            ActualOdSpanDays = b.Real(scope, "ACTUAL_OD_SPAN"),
            ObservationsAvailable = b.Whole(scope, "OBS_AVAILABLE"),
            ObservationsUsed = b.Whole(scope, "OBS_USED"),
            TracksAvailable = b.Whole(scope, "TRACKS_AVAILABLE"),
            TracksUsed = b.Whole(scope, "TRACKS_USED"),
            ResidualsAcceptedPercent = b.Real(scope, "RESIDUALS_ACCEPTED"),
            WeightedRms = b.Real(scope, "WEIGHTED_RMS"),
            OdEpoch = b.Date(scope, "OD_EPOCH"),
    };
}
