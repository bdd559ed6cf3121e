using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Concord.Hub.Errors;
using Concord.Hub.Notifications;
using static Concord.Server.Tests.Conjunctions.ConjunctionObjects;

namespace Concord.Server.Tests.Notifications;

/// <summary>Webhooks cannot be aimed inside the network (threat model invariant 8): the address classifier, the checks
/// at registration (https only, literal addresses, the per-agency cap) and at connection (a name resolving to loopback).</summary>
public sealed class WebhookDestinationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("8.8.8.8", WebhookAddressScope.Public)]
    [InlineData("1.1.1.1", WebhookAddressScope.Public)]
    [InlineData("0.0.0.0", WebhookAddressScope.Unspecified)]
    [InlineData("0.1.2.3", WebhookAddressScope.Unspecified)]
    [InlineData("127.0.0.1", WebhookAddressScope.Loopback)]
    [InlineData("127.255.255.254", WebhookAddressScope.Loopback)]
    [InlineData("10.0.0.1", WebhookAddressScope.Private)]
    [InlineData("10.255.255.255", WebhookAddressScope.Private)]
    [InlineData("172.15.255.255", WebhookAddressScope.Public)]
    [InlineData("172.16.0.1", WebhookAddressScope.Private)]
    [InlineData("172.31.255.255", WebhookAddressScope.Private)]
    [InlineData("172.32.0.1", WebhookAddressScope.Public)]
    [InlineData("192.168.1.1", WebhookAddressScope.Private)]
    [InlineData("192.169.0.1", WebhookAddressScope.Public)]
    [InlineData("100.63.255.255", WebhookAddressScope.Public)]
    [InlineData("100.64.0.1", WebhookAddressScope.SharedAddressSpace)]
    [InlineData("100.100.100.200", WebhookAddressScope.SharedAddressSpace)]
    [InlineData("100.127.255.255", WebhookAddressScope.SharedAddressSpace)]
    [InlineData("100.128.0.1", WebhookAddressScope.Public)]
    [InlineData("169.254.169.254", WebhookAddressScope.LinkLocal)]
    [InlineData("169.253.0.1", WebhookAddressScope.Public)]
    [InlineData("224.0.0.1", WebhookAddressScope.Multicast)]
    [InlineData("239.255.255.250", WebhookAddressScope.Multicast)]
    [InlineData("240.0.0.1", WebhookAddressScope.Reserved)]
    [InlineData("255.255.255.255", WebhookAddressScope.Reserved)]
    [InlineData("2606:4700:4700::1111", WebhookAddressScope.Public)]
    [InlineData("::", WebhookAddressScope.Unspecified)]
    [InlineData("::1", WebhookAddressScope.Loopback)]
    [InlineData("::2", WebhookAddressScope.Reserved)]
    [InlineData("::ffff:127.0.0.1", WebhookAddressScope.Loopback)]
    [InlineData("::ffff:10.1.2.3", WebhookAddressScope.Private)]
    [InlineData("::ffff:169.254.169.254", WebhookAddressScope.LinkLocal)]
    [InlineData("::ffff:8.8.8.8", WebhookAddressScope.Public)]
    [InlineData("64:ff9b::a00:1", WebhookAddressScope.Private)]
    [InlineData("64:ff9b::808:808", WebhookAddressScope.Public)]
    [InlineData("fc00::1", WebhookAddressScope.Private)]
    [InlineData("fd12:3456:789a::1", WebhookAddressScope.Private)]
    [InlineData("fe80::1", WebhookAddressScope.LinkLocal)]
    [InlineData("febf::1", WebhookAddressScope.LinkLocal)]
    [InlineData("fec0::1", WebhookAddressScope.Private)]
    [InlineData("ff02::1", WebhookAddressScope.Multicast)]
    [InlineData("fbff::1", WebhookAddressScope.Public)]
    public void Classify_NamesWhereAnAddressLeads(string address, WebhookAddressScope expected)
    {
        Assert.Equal(expected, WebhookDestinationPolicy.Classify(IPAddress.Parse(address)));
        Assert.Equal(expected == WebhookAddressScope.Public, WebhookDestinationPolicy.Default.Permits(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::ffff:127.0.0.5", true)] // mapped addresses are judged as their IPv4 address
    [InlineData("10.1.2.3", true)]
    [InlineData("10.2.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("fd00:1::5", true)]
    [InlineData("169.254.169.254", false)]
    public void AllowedNetworks_LetThroughOnlyTheirOwnAddresses(string address, bool permitted)
    {
        var policy = new WebhookDestinationPolicy(allowHttp: false,
            [IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("10.1.0.0/16"), IPNetwork.Parse("fd00:1::/64")], maxPerAgency: 10);

        Assert.Equal(permitted, policy.Permits(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://10.0.0.8:8443/hook")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://[::1]/hook")]
    [InlineData("https://[fd00::1]/hook")]
    [InlineData("https://[::ffff:192.168.0.1]/hook")]
    [InlineData("https://0.0.0.0/hook")]
    [InlineData("https://2130706433/hook")] // 127.0.0.1 as one number
    public async Task LiteralInternalAddress_Is422ForbiddenDestination_AndStoresNothing(string url)
    {
        using var app = new HubApplication();
        HttpClient admin = await AgencyAdminAsync(app, "AAA");

        using HttpResponseMessage response = await admin.PostAsJsonAsync("/api/v1/webhooks", new { url }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, HubErrorCodes.WebhookForbiddenDestination);
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.Webhooks.Count())));
    }

    [Fact]
    public async Task Http_IsRefusedByDefault_AndAllowedNetworksAdmitLiteralAddresses()
    {
        using (var app = new HubApplication())
        {
            HttpClient admin = await AgencyAdminAsync(app, "AAA");
            using HttpResponseMessage http = await admin.PostAsJsonAsync("/api/v1/webhooks", new { url = "http://ops.aaa.test/hook" }, Ct);
            await ProblemAssert.IsProblemAsync(http, HttpStatusCode.UnprocessableEntity, HubErrorCodes.WebhookInvalidUrl);
            using HttpResponseMessage https = await admin.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://8.8.8.8/hook" }, Ct);
            Assert.Equal(HttpStatusCode.Created, https.StatusCode);
        }

        using (var app = new HubApplication())
        {
            app.Settings["Concord:Webhooks:AllowHttp"] = "true";
            app.Settings["Concord:Webhooks:AllowedNetworks"] = "127.0.0.0/8, ::1/128";
            HttpClient admin = await AgencyAdminAsync(app, "AAA");
            foreach (string url in new[] { "http://127.0.0.1:9000/hook", "https://[::1]/hook" })
            {
                using HttpResponseMessage created = await admin.PostAsJsonAsync("/api/v1/webhooks", new { url }, Ct);
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            }

            using HttpResponseMessage outside = await admin.PostAsJsonAsync("/api/v1/webhooks", new { url = "http://10.0.0.1/hook" }, Ct);
            await ProblemAssert.IsProblemAsync(outside, HttpStatusCode.UnprocessableEntity, HubErrorCodes.WebhookForbiddenDestination);
        }
    }

    [Fact]
    public async Task MaxPerAgency_IsEnforcedPerAgency()
    {
        using var app = new HubApplication();
        HttpClient a = await AgencyAdminAsync(app, "AAA");
        HttpClient b = await AgencyAdminAsync(app, "BBB");
        for (int i = 0; i < WebhookDestinationPolicy.DefaultMaxPerAgency; i++)
        {
            using HttpResponseMessage created = await a.PostAsJsonAsync("/api/v1/webhooks", new { url = $"https://ops.aaa.test/{i}" }, Ct);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using HttpResponseMessage eleventh = await a.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://ops.aaa.test/x" }, Ct);
        await ProblemAssert.IsProblemAsync(eleventh, HttpStatusCode.Conflict, HubErrorCodes.WebhookLimitReached);
        using HttpResponseMessage other = await b.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://ops.bbb.test/x" }, Ct);
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        Assert.Equal(WebhookDestinationPolicy.DefaultMaxPerAgency,
            await app.WithDbAsync(db => Task.FromResult(db.Webhooks.Count(w => w.AgencyCode == "AAA"))));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task NameResolvingToLoopback_FailsAsUnreachable_UnlessItsNetworkIsAllowed(bool allowed)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        Task<string> received = ReceiveOneAsync(listener);
        using var app = new HubApplication();
        app.Settings["Concord:Webhooks:Enabled"] = "true";
        app.Settings["Concord:Webhooks:AllowHttp"] = "true";
        if (allowed)
        {
            app.Settings["Concord:Webhooks:AllowedNetworks"] = "127.0.0.0/8,::1/128";
        }

        (HttpClient a, _, _) = await PrepareAsync(app);
        HttpClient admin = app.ClientWithKey((await app.IssueKeyAsync("AAA", "agency-admin")).Key);
        // A name, not a literal address: accepted at registration, checked where it is resolved.
        string url = string.Create(CultureInfo.InvariantCulture, $"http://localhost:{port}/hook");
        using (HttpResponseMessage created = await admin.PostAsJsonAsync("/api/v1/webhooks", new { url }, Ct))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        await ScreenAsync(app, a);

        if (allowed)
        {
            string request = await received.WaitAsync(TimeSpan.FromSeconds(20), Ct);
            Assert.StartsWith("POST /hook HTTP/1.1", request, StringComparison.Ordinal);
            JsonElement delivered = await WaitForAsync(admin, w => w.GetProperty("lastDeliveredSequence").GetInt64() > 0
                && w.GetProperty("consecutiveFailures").GetInt32() == 0 && w.GetProperty("lastAttemptAt").ValueKind != JsonValueKind.Null);
            Assert.Equal(JsonValueKind.Null, delivered.GetProperty("lastError").ValueKind);
        }
        else
        {
            JsonElement failed = await WaitForAsync(admin, w => w.GetProperty("consecutiveFailures").GetInt32() >= 1);
            Assert.Equal("unreachable", failed.GetProperty("lastError").GetString()); // nothing from the network echoed
            Assert.False(received.IsCompleted); // no connection was ever made
        }
    }

    private static async Task<HttpClient> AgencyAdminAsync(HubApplication app, string code)
    {
        await app.CreateAgencyAsync(code);
        return app.ClientWithKey((await app.IssueKeyAsync(code, "agency-admin")).Key);
    }

    /// <summary>Accepts one connection, reads one request's head and body, answers 200 and returns what it read.</summary>
    private static async Task<string> ReceiveOneAsync(TcpListener listener)
    {
        using TcpClient client = await listener.AcceptTcpClientAsync(Ct);
        NetworkStream stream = client.GetStream();
        var text = new StringBuilder();
        var buffer = new byte[8192];
        int headEnd = -1;
        int contentLength = 0;
        while (headEnd < 0 || Encoding.ASCII.GetByteCount(text.ToString()) < headEnd + 4 + contentLength)
        {
            int read = await stream.ReadAsync(buffer, Ct);
            if (read == 0)
            {
                break;
            }

            text.Append(Encoding.UTF8.GetString(buffer, 0, read));
            if (headEnd < 0 && (headEnd = text.ToString().IndexOf("\r\n\r\n", StringComparison.Ordinal)) >= 0)
            {
                string head = text.ToString(0, headEnd);
                string? length = head.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
                contentLength = length is null ? 0 : int.Parse(length["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
            }
        }

        await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray(), Ct);
        return text.ToString();
    }

    private static async Task<JsonElement> WaitForAsync(HttpClient agencyAdmin, Func<JsonElement, bool> condition)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        cts.CancelAfter(TimeSpan.FromSeconds(20));
        while (true)
        {
            JsonElement webhook = Assert.Single(await WebhookEndpointsTests.ListAsync(agencyAdmin));
            if (condition(webhook))
            {
                return webhook;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cts.Token);
        }
    }
}
