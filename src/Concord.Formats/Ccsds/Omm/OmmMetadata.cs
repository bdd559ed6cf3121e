namespace Concord.Formats.Ccsds.Omm;

/// <summary>The OMM metadata (CCSDS 502.0-B-3 table 4-3).</summary>
public sealed record OmmMetadata
{
    /// <summary>Comment lines at the start of the metadata (<c>COMMENT</c>).</summary>
    public EquatableArray<string> Comments { get; init; }

    /// <summary>Spacecraft name (<c>OBJECT_NAME</c>).</summary>
    public required string ObjectName { get; init; }

    /// <summary>International designator, <c>YYYY-NNNP{PP}</c> or <c>UNKNOWN</c> (<c>OBJECT_ID</c>).</summary>
    public required string ObjectId { get; init; }

    /// <summary>Origin of the reference frame (<c>CENTER_NAME</c>), for example <c>EARTH</c>.</summary>
    public required string CenterName { get; init; }

    /// <summary>Reference frame of the elements (<c>REF_FRAME</c>), <c>TEME</c> for SGP4.</summary>
    public required string ReferenceFrame { get; init; }

    /// <summary>Epoch of the reference frame when it is not intrinsic to it (<c>REF_FRAME_EPOCH</c>); null when absent.</summary>
    public CcsdsDate? ReferenceFrameEpoch { get; init; }

    /// <summary>Time system of every date in the metadata and data (<c>TIME_SYSTEM</c>), for example <c>UTC</c>.</summary>
    public required string TimeSystem { get; init; }

    /// <summary>Theory of the mean elements (<c>MEAN_ELEMENT_THEORY</c>): <c>SGP4</c>, <c>SGP/SGP4</c>, <c>SGP4-XP</c>, or another.</summary>
    public required string MeanElementTheory { get; init; }
}
