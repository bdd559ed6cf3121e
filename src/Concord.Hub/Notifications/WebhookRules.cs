namespace Concord.Hub.Notifications;

/// <summary>Limits and rules of <see cref="Webhook"/>s.</summary>
public static class WebhookRules
{
    /// <summary>Longest accepted URL, characters.</summary>
    public const int MaxUrlLength = 2048;

    /// <summary>Longest accepted description, characters.</summary>
    public const int MaxDescriptionLength = 256;

    /// <summary>Longest stored failure message, characters.</summary>
    public const int MaxErrorLength = 512;

    /// <summary>The first retry delay after a failure.</summary>
    public static readonly TimeSpan InitialBackoff = TimeSpan.FromSeconds(1);

    /// <summary>The longest retry delay.</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(5);

    /// <summary>Whether <paramref name="text"/> is an absolute http or https URL with a host, of at most
    /// <see cref="MaxUrlLength"/> characters, without user information (credentials do not belong in a stored URL).</summary>
    public static bool IsValidUrl(string? text) =>
        text is { Length: > 0 and <= MaxUrlLength }
        && Uri.TryCreate(text, UriKind.Absolute, out Uri? uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0
        && uri.UserInfo.Length == 0;

    /// <summary>The address a URL names literally (<c>https://10.0.0.1/</c>, <c>https://[::1]/</c>), or null for a host
    /// name (checked when it is resolved, at connection time).</summary>
    public static System.Net.IPAddress? LiteralAddress(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6
            && System.Net.IPAddress.TryParse(url.DnsSafeHost, out System.Net.IPAddress? address)
                ? address
                : null;
    }

    /// <summary>The delay before the next try after <paramref name="consecutiveFailures"/> failures in a row: exponential
    /// backoff, 1 s, 2 s, 4 s… doubling per failure, capped at <see cref="MaxBackoff"/>.</summary>
    public static TimeSpan Backoff(int consecutiveFailures)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(consecutiveFailures, 1);
        int doublings = Math.Min(consecutiveFailures - 1, 20); // 2^20 s is far beyond the cap
        TimeSpan delay = InitialBackoff * (1L << doublings);
        return delay < MaxBackoff ? delay : MaxBackoff;
    }
}
