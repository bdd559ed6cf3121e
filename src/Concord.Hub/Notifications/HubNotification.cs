namespace Concord.Hub.Notifications;

/// <summary>One notification in the hub's transactional outbox. Storage entity; rows are only ever added.</summary>
/// <remarks>
/// <para>A notification is added to the same <see cref="Storage.HubDbContext"/> save as the change it announces (an event
/// created, its risk raised, an acknowledgement, an escalation…), so a crash between "stored" and "sent" loses nothing:
/// the stream (<c>GET /api/v1/stream</c>) and the webhook deliverer read the outbox from a cursor and send what is
/// after it.</para>
/// <para>A notification names what changed, not the data: each consumer reads the conjunction through the release
/// policy for its viewer at delivery time, so a notification never carries more than the viewer may see.</para>
/// <para><see cref="Sequence"/> is the order of commits: every hub write holds <see cref="Storage.HubWriteGate"/>, so
/// sequence numbers are committed in increasing order and a reader that has seen sequence <c>n</c> never misses a
/// later commit with a smaller one.</para>
/// </remarks>
public sealed class HubNotification
{
    /// <summary>Position in the outbox (database-generated, increasing in commit order); the stream's event id.</summary>
    public long Sequence { get; init; }

    /// <summary>Stable identifier (UUID v7), the idempotency key a webhook receiver de-duplicates by.</summary>
    public Guid Id { get; init; }

    /// <summary>What happened (<see cref="NotificationKinds"/>).</summary>
    public required string Kind { get; init; }

    /// <summary>The conjunction event concerned.</summary>
    public Guid EventId { get; init; }

    /// <summary>The one agency this notification is for (for example the agency an escalation is addressed to), or null
    /// when it is for every agency the event is released to.</summary>
    public string? Agency { get; init; }

    /// <summary>The event's risk level when the notification was written (wire name).</summary>
    public required string RiskLevel { get; init; }

    /// <summary>When it was written (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
