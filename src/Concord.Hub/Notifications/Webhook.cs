namespace Concord.Hub.Notifications;

/// <summary>An agency's webhook: an HTTP endpoint the hub POSTs every notification the agency may see to, in order.
/// Storage entity.</summary>
/// <remarks>
/// <para>Delivery is at least once: <see cref="LastDeliveredSequence"/> advances only after the receiver answered 2xx,
/// so a failure or a crash sends the same notification again; receivers de-duplicate by its id (the
/// <c>Concord-Event-Id</c> header).</para>
/// <para><see cref="Secret"/> is a shared secret for HMAC signatures, not a password: the hub needs the value itself to
/// sign every delivery (a hash could not sign), so it is stored encrypted by the host's <see cref="IWebhookSecretProtector"/>.
/// It is shown to the agency once, when the webhook is created, and never returned by the API afterwards.</para>
/// </remarks>
public sealed class Webhook
{
    /// <summary>Identifier (UUID v7).</summary>
    public Guid Id { get; init; }

    /// <summary>The agency whose notifications are delivered (what its agency administrators may see).</summary>
    public required string AgencyCode { get; init; }

    /// <summary>The absolute http or https URL notifications are POSTed to.</summary>
    public required string Url { get; init; }

    /// <summary>Free text from the agency, or null.</summary>
    public string? Description { get; init; }

    /// <summary>The HMAC-SHA256 key (<see cref="WebhookSignature"/>) as <see cref="IWebhookSecretProtector.Protect"/> stored
    /// it; never shown after creation.</summary>
    public required string Secret { get; init; }

    /// <summary>When it was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The delivery cursor: every notification up to this sequence was delivered (2xx) or is not for the agency.
    /// Starts at the newest notification when the webhook is created.</summary>
    public long LastDeliveredSequence { get; set; }

    /// <summary>When a delivery was last tried, or null.</summary>
    public DateTimeOffset? LastAttemptAt { get; set; }

    /// <summary>Why the last try failed (status code or exception), or null after a success.</summary>
    public string? LastError { get; set; }

    /// <summary>Failed tries since the last success.</summary>
    public int ConsecutiveFailures { get; set; }

    /// <summary>Not before this time is delivery tried again (the exponential backoff), or null when not failing.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }
}
