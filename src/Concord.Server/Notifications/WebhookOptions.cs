using System.Net;
using Concord.Hub.Notifications;

namespace Concord.Server.Notifications;

/// <summary>Webhook delivery (configuration section <c>Concord:Webhooks</c>). Defaults: enabled, 10-second request
/// timeout, 1-second poll, https only, public destinations only, 10 webhooks per agency.</summary>
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

    /// <summary>Accept plain http webhook URLs (false: https only).</summary>
    public bool AllowHttp { get; set; }

    /// <summary>Comma-separated CIDR networks (<c>10.1.0.0/16,fd00:1::/64</c>) the hub may call although they are loopback,
    /// private, link-local, multicast, unspecified or reserved; empty by default (public addresses only).</summary>
    public string AllowedNetworks { get; set; } = "";

    /// <summary>Most webhooks one agency may have (10).</summary>
    public int MaxPerAgency { get; set; } = WebhookDestinationPolicy.DefaultMaxPerAgency;

    /// <summary>Throws when a value is out of range (a configuration mistake, found at start-up).</summary>
    public void Validate()
    {
        if (!(TimeoutSeconds > 0.0) || !(PollSeconds > 0.0))
        {
            throw new InvalidOperationException($"{Section}: TimeoutSeconds and PollSeconds must be positive.");
        }

        if (MaxPerAgency < 1)
        {
            throw new InvalidOperationException($"{Section}: MaxPerAgency must be at least 1.");
        }

        _ = ParseNetworks();
    }

    /// <summary>The destination policy these settings describe.</summary>
    public WebhookDestinationPolicy ToPolicy() => new(AllowHttp, ParseNetworks(), MaxPerAgency);

    private IPNetwork[] ParseNetworks()
    {
        string[] parts = AllowedNetworks.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var networks = new IPNetwork[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!IPNetwork.TryParse(parts[i], out networks[i]))
            {
                throw new InvalidOperationException($"{Section}:AllowedNetworks: '{parts[i]}' is not a CIDR network (e.g. 10.1.0.0/16).");
            }
        }

        return networks;
    }
}
