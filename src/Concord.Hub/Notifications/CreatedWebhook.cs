namespace Concord.Hub.Notifications;

/// <summary>A webhook just created, with its secret (the only time it leaves the hub).</summary>
/// <param name="Webhook">The stored webhook.</param>
/// <param name="Secret">The signing secret.</param>
public sealed record CreatedWebhook(Webhook Webhook, string Secret);
