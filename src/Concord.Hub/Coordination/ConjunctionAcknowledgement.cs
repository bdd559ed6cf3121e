using Concord.Hub.Conjunctions;

namespace Concord.Hub.Coordination;

/// <summary>A party's acknowledgement of a conjunction event at one risk level. Storage entity; rows are only added.</summary>
/// <remarks>An acknowledgement covers the level it was given at and any lower one: it still counts when it is of a
/// higher level than the event's current one, or of the same level and given since the event reached that level
/// (<see cref="ConjunctionEvent.RiskLevelSince"/>). A raise of the risk level (the <c>conjunction.risk-raised</c>
/// re-notification) therefore asks the party to acknowledge again.</remarks>
public sealed class ConjunctionAcknowledgement
{
    /// <summary>Stable identifier (UUID v7).</summary>
    public Guid Id { get; init; }

    /// <summary>The acknowledged event.</summary>
    public Guid EventId { get; init; }

    /// <summary>The acknowledging party (agency code).</summary>
    public required string Agency { get; init; }

    /// <summary>Who acknowledged, as the audit log writes it (<c>key:{id}</c>).</summary>
    public required string Actor { get; init; }

    /// <summary>The event's risk level that was acknowledged.</summary>
    public ConjunctionRiskLevel RiskLevel { get; init; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset AcknowledgedAt { get; init; }

    /// <summary>Optional free text.</summary>
    public string? Comment { get; init; }

    /// <summary>Whether this acknowledgement still counts for <paramref name="conjunction"/> (see the remarks).</summary>
    public bool IsValidFor(ConjunctionEvent conjunction)
    {
        ArgumentNullException.ThrowIfNull(conjunction);
        return RiskLevel > conjunction.RiskLevel
            || (RiskLevel == conjunction.RiskLevel && AcknowledgedAt >= ConjunctionCoordinationService.LevelSince(conjunction));
    }
}
