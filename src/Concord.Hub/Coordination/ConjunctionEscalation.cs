namespace Concord.Hub.Coordination;

/// <summary>One escalation step of an unacknowledged high-risk event for one party. Storage entity; rows are only
/// added (<see cref="ConjunctionEscalationService"/>).</summary>
public sealed class ConjunctionEscalation
{
    /// <summary>Stable identifier (UUID v7).</summary>
    public Guid Id { get; init; }

    /// <summary>The event.</summary>
    public Guid EventId { get; init; }

    /// <summary>The party that had not acknowledged (agency code); the escalation is addressed to it.</summary>
    public required string Agency { get; init; }

    /// <summary>1: the agency's duty contacts; 2: its agency administrators.</summary>
    public int Step { get; init; }

    /// <summary>When the event reached the risk level that was not acknowledged (one escalation sequence per level
    /// episode: a later raise to the same level starts a new one).</summary>
    public DateTimeOffset LevelSince { get; init; }

    /// <summary>When the step was taken (UTC).</summary>
    public DateTimeOffset EscalatedAt { get; init; }

    /// <summary>Step 1: the duty contacts as <c>Name &lt;email&gt;</c>; step 2: empty.</summary>
    public List<string> Recipients { get; init; } = [];

    /// <summary>Step 2: the role addressed (<c>agency-admin</c>); step 1: null.</summary>
    public string? Role { get; init; }
}
