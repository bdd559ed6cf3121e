namespace Concord.Server.Notifications;

/// <summary>Webhook delivery (configuration section <c>Concord:Webhooks</c>). Defaults: enabled, 10-second request
/// timeout, 1-second poll.</summary>
internal sealed class WebhookOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Concord:Webhooks";

    /// <summary>The named <see cref="HttpClient"/> deliveries use (tests substitute its primary handler).</summary>
    public const string HttpClientName = "webhooks";

    /// <summary>Whether <see cref="WebhookDeliveryWorker"/> delivers (true by default; the server tests turn it off where
    /// webhooks are not what they test). Webhooks can be managed either way.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long one delivery may take before it counts as failed, seconds.</summary>
    public double TimeoutSeconds { get; set; } = 10.0;

    /// <summary>Longest wait between two passes when no commit is signalled, seconds (retries after a backoff are picked
    /// up by the next pass).</summary>
    public double PollSeconds { get; set; } = 1.0;

    /// <summary>Throws when a value is out of range (a configuration mistake, found at start-up).</summary>
    public void Validate()
    {
        if (!(TimeoutSeconds > 0.0) || !(PollSeconds > 0.0))
        {
            throw new InvalidOperationException($"{Section}: TimeoutSeconds and PollSeconds must be positive.");
        }
    }
}
