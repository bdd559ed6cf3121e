namespace Concord.Hub.Notifications;

/// <summary>Where an IP address leads, as far as webhook destinations are concerned (<see cref="WebhookDestinationPolicy.Classify"/>).
/// Everything but <see cref="Public"/> is refused unless the operator allows its network.</summary>
public enum WebhookAddressScope
{
    /// <summary>A globally routable address.</summary>
    Public,

    /// <summary><c>0.0.0.0/8</c> ("this network", RFC 1122) or <c>::</c>: connecting to it reaches the host itself.</summary>
    Unspecified,

    /// <summary><c>127.0.0.0/8</c> or <c>::1</c>.</summary>
    Loopback,

    /// <summary>RFC 1918 (<c>10.0.0.0/8</c>, <c>172.16.0.0/12</c>, <c>192.168.0.0/16</c>), RFC 4193 unique local
    /// (<c>fc00::/7</c>) and the deprecated IPv6 site-local <c>fec0::/10</c>.</summary>
    Private,

    /// <summary>RFC 6598 shared address space <c>100.64.0.0/10</c> (carrier-grade NAT): not on the list, refused
    /// because it is internal to the provider's network (cloud metadata services live there too, e.g. 100.100.100.200).</summary>
    SharedAddressSpace,

    /// <summary><c>169.254.0.0/16</c> (cloud metadata at 169.254.169.254) or <c>fe80::/10</c>.</summary>
    LinkLocal,

    /// <summary><c>224.0.0.0/4</c> or <c>ff00::/8</c>.</summary>
    Multicast,

    /// <summary><c>240.0.0.0/4</c> (reserved, with the broadcast address 255.255.255.255) and the deprecated
    /// IPv4-compatible IPv6 addresses <c>::a.b.c.d</c>.</summary>
    Reserved,
}
