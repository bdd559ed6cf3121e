using System.Text.Json.Serialization;
using Concord.Hub.Agencies;
using Concord.Hub.Notifications;
using Concord.Server.Conjunctions;

namespace Concord.Server.Notifications;

/// <summary>One notification as a receiver gets it: the SSE <c>data:</c> line of <c>GET /api/v1/stream</c> and the body
/// of a webhook delivery (the same JSON for both).</summary>
/// <param name="Id">The notification's UUID (the webhook idempotency key, <c>Concord-Event-Id</c>).</param>
/// <param name="Sequence">Its position in the outbox (the SSE <c>id:</c>, what <c>Last-Event-ID</c> resumes after).</param>
/// <param name="Kind">What happened (<see cref="NotificationKinds"/>; the SSE <c>event:</c>).</param>
/// <param name="EventId">The conjunction event concerned (for <c>agency.api-key-issued</c>: the key's id).</param>
/// <param name="RiskLevel">The event's risk level when the notification was written (<c>none</c> when no conjunction is
/// concerned).</param>
/// <param name="CreatedAt">When the notification was written (UTC).</param>
/// <param name="Conjunction">The event now, exactly as <c>GET /api/v1/conjunctions/{id}</c> returns it to the receiver
/// (full or encounter detail), without history; null when no conjunction is concerned.</param>
/// <param name="ApiKey">For <c>agency.api-key-issued</c>: the key the hub administrator issued for the agency, as the
/// key list shows it (never its secret); null otherwise.</param>
internal sealed record NotificationMessage(
    Guid Id,
    long Sequence,
    string Kind,
    Guid EventId,
    string RiskLevel,
    DateTimeOffset CreatedAt,
    ConjunctionEndpoints.ConjunctionResponse? Conjunction,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] NotificationMessage.IssuedKey? ApiKey)
{
    /// <summary>The message of a released notification.</summary>
    public static NotificationMessage From(ReleasedNotification released)
    {
        ArgumentNullException.ThrowIfNull(released);
        HubNotification n = released.Notification;
        return new NotificationMessage(n.Id, n.Sequence, n.Kind, n.EventId, n.RiskLevel, n.CreatedAt,
            released.Conjunction is { } conjunction ? ConjunctionEndpoints.ConjunctionResponse.From(conjunction, withHistory: false) : null,
            released.ApiKey is { } key ? new IssuedKey(key.Id, key.Role.ToWireName(), key.CreatedAt, key.ExpiresAt) : null);
    }

    /// <summary>A key issued on the agency's behalf (id, role, when, until when).</summary>
    internal sealed record IssuedKey(Guid Id, string Role, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt);
}
