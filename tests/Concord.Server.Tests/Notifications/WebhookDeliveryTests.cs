using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Concord.Hub.Notifications;
using Microsoft.Extensions.DependencyInjection;
using static Concord.Server.Tests.Conjunctions.ConjunctionObjects;
using static Concord.Server.Tests.Notifications.NotificationScenario;

namespace Concord.Server.Tests.Notifications;

public sealed class WebhookDeliveryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Delivery_IsSigned_RetriedWithTheSameEventIdAfterAFailure_AndAThirdAgencyGetsNothing()
    {
        var receiver = new WebhookReceiver();
        using var app = new HubApplication
        {
            ConfigureServices = services => services.AddHttpClient("webhooks").ConfigurePrimaryHttpMessageHandler(receiver.CreateHandler),
        };
        app.Settings["Concord:Webhooks:Enabled"] = "true";
        (HttpClient a, _, _) = await PrepareAsync(app);
        HttpClient adminA = app.ClientWithKey((await app.IssueKeyAsync("AAA", "agency-admin")).Key);
        HttpClient adminC = app.ClientWithKey((await app.IssueKeyAsync("CCC", "agency-admin")).Key);
        (string idA, string secretA) = await CreateAsync(adminA, "https://receiver.test/aaa");
        (string idC, _) = await CreateAsync(adminC, "https://receiver.test/ccc");
        int calls = 0;
        receiver.Answer = _ => Interlocked.Increment(ref calls) == 1 ? HttpStatusCode.InternalServerError : HttpStatusCode.OK;

        await ScreenAsync(app, a);
        HubNotification created = await NewestAsync(app);

        WebhookReceiver.Delivery first = await receiver.NextAsync();
        Assert.Equal(new Uri("https://receiver.test/aaa"), first.Url);
        Assert.Equal(created.Id.ToString("D"), first.EventId);
        Assert.Equal("application/json", first.ContentType);
        AssertSigned(first, secretA);
        using (JsonDocument body = JsonDocument.Parse(first.Body))
        {
            JsonElement root = body.RootElement;
            Assert.Equal((created.Id, created.Sequence, NotificationKinds.ConjunctionCreated),
                (root.GetProperty("id").GetGuid(), root.GetProperty("sequence").GetInt64(), root.GetProperty("kind").GetString()));
            Assert.Equal(("full", "AAA"), (root.GetProperty("conjunction").GetProperty("detail").GetString(),
                root.GetProperty("conjunction").GetProperty("primaryOwner").GetString()));
        }

        JsonElement failing = await WaitForAsync(adminA, idA, w => w.GetProperty("consecutiveFailures").GetInt32() == 1);
        Assert.Contains("500", failing.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.True(failing.GetProperty("lastDeliveredSequence").GetInt64() < created.Sequence); // the cursor stays
        Assert.Equal(failing.GetProperty("lastAttemptAt").GetDateTimeOffset() + TimeSpan.FromSeconds(1),
            failing.GetProperty("nextAttemptAt").GetDateTimeOffset()); // first backoff: 1 s

        app.Time.Advance(TimeSpan.FromSeconds(1));
        app.Services.GetRequiredService<NotificationSignal>().Pulse();
        WebhookReceiver.Delivery retried = await receiver.NextAsync();

        Assert.Equal((first.Url, first.EventId, first.Body), (retried.Url, retried.EventId, retried.Body)); // at least once
        AssertSigned(retried, secretA);
        JsonElement delivered = await WaitForAsync(adminA, idA, w => w.GetProperty("lastDeliveredSequence").GetInt64() == created.Sequence);
        Assert.Equal(0, delivered.GetProperty("consecutiveFailures").GetInt32());
        Assert.Equal(JsonValueKind.Null, delivered.GetProperty("lastError").ValueKind);
        Assert.Equal(JsonValueKind.Null, delivered.GetProperty("nextAttemptAt").ValueKind);

        // CCC may not see the event: its cursor passes the notification without a delivery ever being tried.
        JsonElement third = await WaitForAsync(adminC, idC, w => w.GetProperty("lastDeliveredSequence").GetInt64() == created.Sequence);
        Assert.Equal(JsonValueKind.Null, third.GetProperty("lastAttemptAt").ValueKind);
        Assert.False(receiver.HasMore);
        Assert.Equal(2, calls);

        // A webhook created now starts after the newest notification: nothing old is sent to it.
        HttpClient adminB = app.ClientWithKey((await app.IssueKeyAsync("BBB", "agency-admin")).Key);
        (string idB, _) = await CreateAsync(adminB, "https://receiver.test/bbb");
        long newest = (await NewestAsync(app)).Sequence; // the conjunction's, or the notice of BBB's new key after it
        Assert.True(newest >= created.Sequence);
        Assert.Equal(newest, Assert.Single(await WebhookEndpointsTests.ListAsync(adminB)).GetProperty("lastDeliveredSequence").GetInt64());
        Assert.NotEmpty(idB);
    }

    [Fact]
    public void Backoff_DoublesFromOneSecond_AndIsCappedAtFiveMinutes()
    {
        Assert.Equal([1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300],
            Enumerable.Range(1, 11).Select(n => WebhookRules.Backoff(n).TotalSeconds));
        Assert.Equal(TimeSpan.FromMinutes(5), WebhookRules.Backoff(int.MaxValue));
    }

    /// <summary>Checks the signature as a receiver would: HMAC-SHA256 (RFC 2104) keyed with the secret's UTF-8 bytes over
    /// <c>timestamp + "." + body</c>, lower-case hex after <c>sha256=</c>.</summary>
    private static void AssertSigned(WebhookReceiver.Delivery delivery, string secret)
    {
        Assert.NotNull(delivery.Timestamp);
        Assert.True(long.TryParse(delivery.Timestamp, out long unixSeconds));
        Assert.InRange(unixSeconds, 1_700_000_000, 2_000_000_000);
        byte[] mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{delivery.Timestamp}.{delivery.Body}"));
        Assert.Equal("sha256=" + Convert.ToHexStringLower(mac), delivery.Signature);
    }

    private static async Task<(string Id, string Secret)> CreateAsync(HttpClient agencyAdmin, string url)
    {
        using HttpResponseMessage response = await agencyAdmin.PostAsJsonAsync("/api/v1/webhooks", new { url }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(response);
        return (body.RootElement.GetProperty("id").GetString()!, body.RootElement.GetProperty("secret").GetString()!);
    }

    /// <summary>Polls <c>GET /api/v1/webhooks</c> until the webhook satisfies <paramref name="condition"/> (30 s at most).</summary>
    private static async Task<JsonElement> WaitForAsync(HttpClient agencyAdmin, string id, Func<JsonElement, bool> condition)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        cts.CancelAfter(TimeSpan.FromSeconds(30));
        while (true)
        {
            JsonElement webhook = (await WebhookEndpointsTests.ListAsync(agencyAdmin)).Single(w => w.GetProperty("id").GetString() == id);
            if (condition(webhook))
            {
                return webhook;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), cts.Token);
        }
    }
}
