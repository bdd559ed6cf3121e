using System.Net;
using System.Net.Sockets;

namespace Concord.Hub.Notifications;

/// <summary>Where webhooks may point (threat model invariant 8: the hub calls out only where it should): https only unless
/// <see cref="AllowHttp"/>, public addresses only unless inside <see cref="AllowedNetworks"/>, at most
/// <see cref="MaxPerAgency"/> webhooks per agency. Immutable and thread-safe.</summary>
/// <remarks>The registration checks a literal address (<see cref="WebhookService"/>); a host name is checked where it is
/// resolved, when the hub connects (the server's connect callback), so that a name re-pointed after registration (DNS
/// rebinding) cannot reach an internal address either.</remarks>
public sealed class WebhookDestinationPolicy
{
    /// <summary>The default of <see cref="MaxPerAgency"/>.</summary>
    public const int DefaultMaxPerAgency = 10;

    /// <summary>Creates a policy.</summary>
    /// <param name="allowHttp">Whether plain http URLs are accepted (a test or an internal deployment).</param>
    /// <param name="allowedNetworks">Networks reachable whatever their <see cref="WebhookAddressScope"/>.</param>
    /// <param name="maxPerAgency">Most webhooks one agency may have, at least 1.</param>
    public WebhookDestinationPolicy(bool allowHttp, IReadOnlyList<IPNetwork> allowedNetworks, int maxPerAgency)
    {
        ArgumentNullException.ThrowIfNull(allowedNetworks);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPerAgency, 1);
        AllowHttp = allowHttp;
        AllowedNetworks = [.. allowedNetworks];
        MaxPerAgency = maxPerAgency;
    }

    /// <summary>https only, public addresses only, <see cref="DefaultMaxPerAgency"/> webhooks per agency.</summary>
    public static WebhookDestinationPolicy Default { get; } = new(allowHttp: false, [], DefaultMaxPerAgency);

    /// <summary>Whether http (not only https) URLs are accepted.</summary>
    public bool AllowHttp { get; }

    /// <summary>Networks that may be reached even when not <see cref="WebhookAddressScope.Public"/>.</summary>
    public IReadOnlyList<IPNetwork> AllowedNetworks { get; }

    /// <summary>Most webhooks one agency may have.</summary>
    public int MaxPerAgency { get; }

    /// <summary>Whether the URL's scheme is acceptable: https, or http when <see cref="AllowHttp"/>.</summary>
    public bool PermitsScheme(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.Scheme == Uri.UriSchemeHttps || (AllowHttp && url.Scheme == Uri.UriSchemeHttp);
    }

    /// <summary>Whether the hub may connect to <paramref name="address"/>: a public address, or one inside
    /// <see cref="AllowedNetworks"/>. An IPv4-mapped IPv6 address is judged as its IPv4 address.</summary>
    public bool Permits(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        IPAddress normal = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        if (Classify(normal) == WebhookAddressScope.Public)
        {
            return true;
        }

        foreach (IPNetwork network in AllowedNetworks)
        {
            if (network.Contains(normal) || network.Contains(address))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where <paramref name="address"/> leads. IPv4-mapped (<c>::ffff:a.b.c.d</c>) and NAT64 well-known-prefix
    /// (<c>64:ff9b::a.b.c.d</c>, RFC 6052) IPv6 addresses are classified as the IPv4 address they carry. Thread-safe.</summary>
    public static WebhookAddressScope Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return ClassifyIPv4(address.GetAddressBytes());
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return WebhookAddressScope.Reserved;
        }

        Span<byte> b = stackalloc byte[16];
        address.TryWriteBytes(b, out _);
        if (address.IsIPv4MappedToIPv6)
        {
            return ClassifyIPv4(b[12..]);
        }

        // NAT64 (64:ff9b::/96): a translator forwards to the embedded IPv4 address.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b[4..12].IndexOfAnyExcept((byte)0) < 0)
        {
            return ClassifyIPv4(b[12..]);
        }

        if (b[..12].IndexOfAnyExcept((byte)0) < 0)
        {
            // ::/96: the unspecified address, loopback, and the deprecated IPv4-compatible addresses.
            if (b[12..15].IndexOfAnyExcept((byte)0) < 0 && b[15] <= 1)
            {
                return b[15] == 0 ? WebhookAddressScope.Unspecified : WebhookAddressScope.Loopback;
            }

            return WebhookAddressScope.Reserved;
        }

        return b[0] switch
        {
            0xff => WebhookAddressScope.Multicast,
            0xfc or 0xfd => WebhookAddressScope.Private, // fc00::/7 (RFC 4193)
            0xfe when (b[1] & 0xc0) == 0x80 => WebhookAddressScope.LinkLocal, // fe80::/10
            0xfe when (b[1] & 0xc0) == 0xc0 => WebhookAddressScope.Private, // fec0::/10 site-local (deprecated, RFC 3879)
            _ => WebhookAddressScope.Public,
        };
    }

    private static WebhookAddressScope ClassifyIPv4(ReadOnlySpan<byte> b) => b[0] switch
    {
        0 => WebhookAddressScope.Unspecified,
        10 => WebhookAddressScope.Private,
        127 => WebhookAddressScope.Loopback,
        100 when (b[1] & 0xc0) == 64 => WebhookAddressScope.SharedAddressSpace, // 100.64.0.0/10
        169 when b[1] == 254 => WebhookAddressScope.LinkLocal,
        172 when (b[1] & 0xf0) == 16 => WebhookAddressScope.Private, // 172.16.0.0/12
        192 when b[1] == 168 => WebhookAddressScope.Private,
        >= 224 and < 240 => WebhookAddressScope.Multicast,
        >= 240 => WebhookAddressScope.Reserved,
        _ => WebhookAddressScope.Public,
    };
}
