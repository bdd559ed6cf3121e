using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Server.Tests.Hosting;

/// <summary>The session cookie is <c>Secure</c> when the request arrived over TLS at a trusted reverse proxy
/// (<c>X-Forwarded-Proto: https</c> from a configured address), and only then.</summary>
public sealed class ForwardedHeadersTests
{
    private const string Proxy = "10.1.2.3";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Proxy, "https", true)]        // the trusted proxy says the client used TLS
    [InlineData(Proxy, null, false)]          // the trusted proxy, plain HTTP
    [InlineData("10.1.2.4", "https", false)]  // anyone else's header is ignored
    [InlineData("127.0.0.1", "https", false)] // configuring proxies replaces the loopback default
    public async Task SessionCookie_IsSecure_OnlyBehindATrustedProxySayingHttps(string remote, string? forwardedProto, bool secure)
    {
        using HubApplication app = Create(settings => settings["Concord:ForwardedHeaders:KnownProxies:0"] = Proxy);

        string cookie = await SignInCookieAsync(app, await AnalystKeyAsync(app), remote, forwardedProto);

        Assert.Equal(secure, cookie.Split(';').Any(a => a.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData("192.168.7.20", true)]
    [InlineData("192.168.8.20", false)]
    public async Task KnownNetworks_TrustEveryAddressInside(string remote, bool secure)
    {
        using HubApplication app = Create(settings => settings["Concord:ForwardedHeaders:KnownNetworks:0"] = "192.168.7.0/24");

        string cookie = await SignInCookieAsync(app, await AnalystKeyAsync(app), remote, "https");

        Assert.Equal(secure, cookie.Split(';').Any(a => a.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task ByDefault_OnlyALoopbackProxyIsTrusted()
    {
        using HubApplication app = Create(_ => { });
        string key = await AnalystKeyAsync(app);

        Assert.Contains("secure", (await SignInCookieAsync(app, key, "127.0.0.1", "https")).ToLowerInvariant(), StringComparison.Ordinal);
        Assert.DoesNotContain("secure", (await SignInCookieAsync(app, key, "10.1.2.3", "https")).ToLowerInvariant(), StringComparison.Ordinal);
    }

    private static HubApplication Create(Action<Dictionary<string, string?>> configure)
    {
        var app = new HubApplication { ConfigureServices = services => services.AddSingleton<IStartupFilter>(new RemoteAddressFromTestHeader()) };
        configure(app.Settings);
        return app;
    }

    private static async Task<string> SignInCookieAsync(HubApplication app, string key, string remote, string? forwardedProto)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/session") { Content = JsonContent.Create(new { apiKey = key }) };
        request.Headers.Add(RemoteAddressFromTestHeader.Header, remote);
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }

        using HttpResponseMessage response = await app.CreateClient().SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.Single(response.Headers.GetValues("Set-Cookie"));
    }

    private static async Task<string> AnalystKeyAsync(HubApplication app)
    {
        await app.CreateAgencyAsync("AAA");
        (_, string key) = await app.IssueKeyAsync("AAA", "analyst");
        return key;
    }

    /// <summary>Stands in for the connection's remote address, which the in-memory test server does not have: runs before
    /// the hub's own pipeline (and so before its forwarded-headers middleware).</summary>
    private sealed class RemoteAddressFromTestHeader : IStartupFilter
    {
        public const string Header = "X-Test-Remote-Address";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(Header, out var address))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                    context.Request.Headers.Remove(Header);
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
