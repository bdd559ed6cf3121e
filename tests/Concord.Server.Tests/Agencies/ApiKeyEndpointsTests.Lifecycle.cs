using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Hub.Agencies;
using Concord.Hub.Audit;
using Concord.Hub.Errors;
using Microsoft.EntityFrameworkCore;

namespace Concord.Server.Tests.Agencies;

/// <summary>Listing keys, expiry and the last-used time.</summary>
public sealed partial class ApiKeyEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_GivesEveryKeysTimes_NeverASecret_ToTheHubAdminAndTheAgencysOwnAdmin()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        await app.CreateAgencyAsync("BBB");
        (string adminId, string agencyAdmin) = await app.IssueKeyAsync("AAA", "agency-admin");
        app.Time.Advance(TimeSpan.FromSeconds(1)); // the list is oldest first
        (string revokedId, string revokedKey) = await app.IssueKeyAsync("AAA", "analyst");
        (_, string otherAdmin) = await app.IssueKeyAsync("BBB", "agency-admin");
        using HttpResponseMessage revoke = await app.AdminClient().DeleteAsync($"/api/v1/agencies/AAA/api-keys/{revokedId}", Ct);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);

        using HttpResponseMessage byHubAdmin = await app.AdminClient().GetAsync("/api/v1/agencies/AAA/api-keys", Ct);
        using HttpResponseMessage byOwnAdmin = await app.ClientWithKey(agencyAdmin).GetAsync("/api/v1/agencies/AAA/api-keys", Ct);
        using HttpResponseMessage byOtherAdmin = await app.ClientWithKey(otherAdmin).GetAsync("/api/v1/agencies/AAA/api-keys", Ct);
        using HttpResponseMessage unknown = await app.AdminClient().GetAsync("/api/v1/agencies/ZZZ/api-keys", Ct);

        Assert.Equal(HttpStatusCode.OK, byHubAdmin.StatusCode);
        Assert.True(byHubAdmin.Headers.CacheControl?.NoStore);
        string text = await byHubAdmin.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain(revokedKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKeySecret.Hash(revokedKey), text, StringComparison.Ordinal);
        using JsonDocument list = JsonDocument.Parse(text);
        JsonElement[] keys = [.. list.RootElement.EnumerateArray()];
        Assert.Equal([adminId, revokedId], keys.Select(k => k.GetProperty("id").GetString()));
        Assert.All(keys, k => Assert.Equal(["id", "role", "createdAt", "lastUsedAt", "expiresAt", "revokedAt"], k.EnumerateObject().Select(p => p.Name)));
        Assert.Equal("analyst", keys[1].GetProperty("role").GetString());
        Assert.Equal(app.Time.GetUtcNow(), keys[1].GetProperty("revokedAt").GetDateTimeOffset());
        Assert.Equal(app.Time.GetUtcNow(), keys[1].GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, keys[1].GetProperty("expiresAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, keys[0].GetProperty("revokedAt").ValueKind);

        Assert.Equal(HttpStatusCode.OK, byOwnAdmin.StatusCode);
        await ProblemAssert.IsProblemAsync(byOtherAdmin, HttpStatusCode.Forbidden, HubErrorCodes.AuthMissingRole);
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound, HubErrorCodes.AgencyNotFound);
    }

    [Fact]
    public async Task ExpiringKey_WorksUntilExpiresAt_ThenIs401ExpiredKey()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        DateTimeOffset expiresAt = app.Time.GetUtcNow().AddHours(1);

        using HttpResponseMessage issue = await app.AdminClient().PostAsJsonAsync("/api/v1/agencies/AAA/api-keys",
            new { role = "analyst", expiresAt }, Ct);
        Assert.Equal(HttpStatusCode.Created, issue.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(issue);
        Assert.Equal(expiresAt, body.RootElement.GetProperty("expiresAt").GetDateTimeOffset());
        string key = body.RootElement.GetProperty("key").GetString()!;
        string subject = $"api-key:{body.RootElement.GetProperty("id").GetString()}";
        HttpClient analyst = app.ClientWithKey(key);

        app.Time.Advance(TimeSpan.FromMinutes(59));
        using HttpResponseMessage before = await analyst.GetAsync("/api/v1/objects", Ct);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        app.Time.Advance(TimeSpan.FromMinutes(1));
        using HttpResponseMessage after = await analyst.GetAsync("/api/v1/objects", Ct);
        await ProblemAssert.IsProblemAsync(after, HttpStatusCode.Unauthorized, HubErrorCodes.AuthExpiredKey);
        using HttpResponseMessage signIn = await app.CreateClient().PostAsJsonAsync("/api/v1/session", new { apiKey = key }, Ct);
        await ProblemAssert.IsProblemAsync(signIn, HttpStatusCode.Unauthorized, HubErrorCodes.AuthExpiredKey);

        using HttpResponseMessage list = await app.AdminClient().GetAsync("/api/v1/agencies/AAA/api-keys", Ct);
        using JsonDocument keys = await HubApplication.ReadJsonAsync(list);
        Assert.Equal(expiresAt, Assert.Single(keys.RootElement.EnumerateArray()).GetProperty("expiresAt").GetDateTimeOffset());
        string? details = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.ApiKeyIssued && e.Subject == subject)
            .Select(e => e.Details).SingleAsync(Ct));
        Assert.Contains("\"expiresAt\":\"2026-01-01T01:00:00.0000000Z\"", details, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-60)]
    public async Task Issue_ExpiresAtNotInTheFuture_Is422_AndStoresNothing(int secondsFromNow)
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        int before = await app.WithDbAsync(db => db.ApiKeys.CountAsync(Ct));

        using HttpResponseMessage response = await app.AdminClient().PostAsJsonAsync("/api/v1/agencies/AAA/api-keys",
            new { role = "analyst", expiresAt = app.Time.GetUtcNow().AddSeconds(secondsFromNow) }, Ct);

        JsonElement problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, HubErrorCodes.ApiKeyInvalidExpiry);
        Assert.Equal("2026-01-01T00:00:00.0000000Z", problem.GetProperty("errors")[0].GetProperty("arguments")[1].GetString());
        Assert.Equal(before, await app.WithDbAsync(db => db.ApiKeys.CountAsync(Ct)));
    }

    [Fact]
    public async Task LastUsedAt_IsWrittenOnUse_AtMostOnceAMinute()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        (string id, string key) = await app.IssueKeyAsync("AAA", "analyst");
        HttpClient analyst = app.ClientWithKey(key);
        Assert.Null(await LastUsedAtAsync(app, id));
        DateTimeOffset start = app.Time.GetUtcNow();

        using (HttpResponseMessage first = await analyst.GetAsync("/api/v1/objects", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        Assert.Equal(start, await LastUsedAtAsync(app, id));
        app.Time.Advance(TimeSpan.FromSeconds(59));
        using (HttpResponseMessage second = await analyst.GetAsync("/api/v1/objects", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        }

        Assert.Equal(start, await LastUsedAtAsync(app, id)); // within the minute: no write
        app.Time.Advance(TimeSpan.FromSeconds(1));
        using (HttpResponseMessage third = await analyst.GetAsync("/api/v1/objects", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        }

        Assert.Equal(start.AddMinutes(1), await LastUsedAtAsync(app, id));
        using HttpResponseMessage list = await app.AdminClient().GetAsync("/api/v1/agencies/AAA/api-keys", Ct);
        using JsonDocument keys = await HubApplication.ReadJsonAsync(list);
        Assert.Equal(start.AddMinutes(1), Assert.Single(keys.RootElement.EnumerateArray()).GetProperty("lastUsedAt").GetDateTimeOffset());
    }

    private static Task<DateTimeOffset?> LastUsedAtAsync(HubApplication app, string id) =>
        app.WithDbAsync(db => db.ApiKeys.Where(k => k.Id == Guid.Parse(id)).Select(k => k.LastUsedAt).SingleAsync(Ct));
}
