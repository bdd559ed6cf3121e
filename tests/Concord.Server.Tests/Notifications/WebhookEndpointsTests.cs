using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Hub.Audit;
using Concord.Hub.Errors;
using Microsoft.EntityFrameworkCore;

namespace Concord.Server.Tests.Notifications;

public sealed class WebhookEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AgencyAdmin_CreatesListsAndDeletesItsWebhooks_SeeingTheSecretOnlyOnce()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        await app.CreateAgencyAsync("BBB");
        HttpClient adminA = app.ClientWithKey((await app.IssueKeyAsync("AAA", "agency-admin")).Key);
        HttpClient adminB = app.ClientWithKey((await app.IssueKeyAsync("BBB", "agency-admin")).Key);

        using HttpResponseMessage created = await adminA.PostAsJsonAsync("/api/v1/webhooks",
            new { url = "https://ops.aaa.test/concord", description = "Duty desk" }, Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(created.Headers.CacheControl?.NoStore);
        using JsonDocument body = await HubApplication.ReadJsonAsync(created);
        JsonElement root = body.RootElement;
        string id = root.GetProperty("id").GetString()!;
        Assert.Equal($"/api/v1/webhooks/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(("https://ops.aaa.test/concord", "Duty desk"), (root.GetProperty("url").GetString(), root.GetProperty("description").GetString()));
        string secret = root.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.Equal(6 + 43, secret.Length); // 32 bytes, base64url without padding
        // Stored encrypted (ASP.NET Core data protection, keys in the data directory): the database does not hold it.
        string stored = await app.WithDbAsync(db => db.Webhooks.Where(w => w.Id == Guid.Parse(id)).Select(w => w.Secret).SingleAsync(Ct));
        Assert.StartsWith("dp1:", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(secret["whsec_".Length..], stored, StringComparison.Ordinal);

        JsonElement listed = Assert.Single(await ListAsync(adminA));
        Assert.Equal(id, listed.GetProperty("id").GetString());
        Assert.False(listed.TryGetProperty("secret", out _));
        // It starts after the newest notification (here the notices of the keys the hub administrator issued).
        long newest = await app.WithDbAsync(db => db.Notifications.MaxAsync(n => (long?)n.Sequence, Ct)) ?? 0;
        Assert.Equal((newest, 0), (listed.GetProperty("lastDeliveredSequence").GetInt64(), listed.GetProperty("consecutiveFailures").GetInt32()));
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("lastError").ValueKind);
        Assert.Empty(await ListAsync(adminB));

        using HttpResponseMessage othersDelete = await adminB.DeleteAsync($"/api/v1/webhooks/{id}", Ct);
        await ProblemAssert.IsProblemAsync(othersDelete, HttpStatusCode.NotFound, HubErrorCodes.WebhookNotFound);
        using HttpResponseMessage deleted = await adminA.DeleteAsync($"/api/v1/webhooks/{id}", Ct);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(await ListAsync(adminA));
        using HttpResponseMessage again = await adminA.DeleteAsync($"/api/v1/webhooks/{id}", Ct);
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.NotFound, HubErrorCodes.WebhookNotFound);

        string[] actions = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Subject == $"webhook:{id}").Select(e => e.Action).ToArrayAsync(Ct));
        Assert.Equal([AuditActions.WebhookCreated, AuditActions.WebhookDeleted], actions.Order(StringComparer.Ordinal));
    }

    public static TheoryData<string, string> InvalidBodies() => new()
    {
        { """{"url":"ftp://ops.aaa.test/"}""", HubErrorCodes.WebhookInvalidUrl },
        { """{"url":"not a url"}""", HubErrorCodes.WebhookInvalidUrl },
        { """{"url":"/relative/path"}""", HubErrorCodes.WebhookInvalidUrl },
        { """{"url":"https://user:password@ops.aaa.test/"}""", HubErrorCodes.WebhookInvalidUrl },
        { """{"description":"no url"}""", HubErrorCodes.WebhookInvalidUrl },
        { $$"""{"url":"https://ops.aaa.test/","description":"{{new string('d', 257)}}"}""", HubErrorCodes.WebhookInvalidDescription },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task InvalidWebhook_IsRefusedWithItsCode_AndNothingIsStored(string json, string code)
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        HttpClient adminA = app.ClientWithKey((await app.IssueKeyAsync("AAA", "agency-admin")).Key);
        int auditBefore = await app.WithDbAsync(db => db.AuditEntries.CountAsync(Ct));

        using HttpResponseMessage response = await adminA.PostAsync("/api/v1/webhooks",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, code);
        Assert.Equal(0, await app.WithDbAsync(db => db.Webhooks.CountAsync(Ct)));
        Assert.Equal(auditBefore, await app.WithDbAsync(db => db.AuditEntries.CountAsync(Ct)));
    }

    [Theory]
    [InlineData("analyst")]
    [InlineData("officer")]
    [InlineData("auditor")]
    public async Task OtherRoles_AreRefused(string role)
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        HttpClient client = app.ClientWithKey((await app.IssueKeyAsync("AAA", role)).Key);

        using HttpResponseMessage create = await client.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://ops.aaa.test/" }, Ct);
        using HttpResponseMessage list = await client.GetAsync("/api/v1/webhooks", Ct);

        await ProblemAssert.IsProblemAsync(create, HttpStatusCode.Forbidden, HubErrorCodes.AuthMissingRole);
        await ProblemAssert.IsProblemAsync(list, HttpStatusCode.Forbidden, HubErrorCodes.AuthMissingRole);
    }

    internal static async Task<JsonElement[]> ListAsync(HttpClient client)
    {
        using HttpResponseMessage response = await client.GetAsync("/api/v1/webhooks", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(response);
        return [.. body.RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
