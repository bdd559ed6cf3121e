using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Concord.Server.Hosting;

/// <summary>Configuration section <c>Concord:ForwardedHeaders</c>: the reverse proxies whose <c>X-Forwarded-Proto</c> and
/// <c>X-Forwarded-For</c> the hub believes (so that a request that reached the proxy over TLS counts as HTTPS, and the
/// session cookie is <c>Secure</c>).</summary>
/// <remarks>Only a request whose connection comes from one of these addresses has its forwarded headers applied; from
/// anyone else they are ignored. When neither list is set, the hub trusts the loopback addresses only (a proxy on the
/// same host), the framework's default; setting either list replaces that default.</remarks>
public sealed class ForwardedHeadersSettings
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Concord:ForwardedHeaders";

    /// <summary>Addresses of trusted proxies (<c>Concord:ForwardedHeaders:KnownProxies:0=10.0.0.5</c>, IPv4 or IPv6).</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation (<c>Concord:ForwardedHeaders:KnownNetworks:0=10.0.0.0/24</c>).</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>Applies the settings to the framework's options; throws <see cref="FormatException"/> naming the setting
    /// when an address or network does not parse.</summary>
    public void Apply(ForwardedHeadersOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        if (KnownProxies.Length == 0 && KnownNetworks.Length == 0)
        {
            return; // the framework's default: loopback only
        }

        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (string proxy in KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out IPAddress? address)
                ? address
                : throw new FormatException($"{Section}:KnownProxies: '{proxy}' is not an IP address."));
        }

        foreach (string network in KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out System.Net.IPNetwork parsed)
                ? parsed
                : throw new FormatException($"{Section}:KnownNetworks: '{network}' is not a network in CIDR notation."));
        }
    }
}
