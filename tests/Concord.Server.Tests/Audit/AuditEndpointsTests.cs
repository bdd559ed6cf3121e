using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Hub.Audit;
using Microsoft.EntityFrameworkCore;

namespace Concord.Server.Tests.Audit;

public sealed partial class AuditEndpointsTests
{
    [Fact]
    public async Task AgencyAndCredentialChanges_AreAudited_AndTheChainVerifies()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        (string auditorId, string auditor) = await app.IssueKeyAsync("AAA", "auditor");
        (string analystId, _) = await app.IssueKeyAsync("AAA", "analyst");
        using HttpResponseMessage revoked = await app.AdminClient().DeleteAsync($"/api/v1/agencies/AAA/api-keys/{analystId}",
            TestContext.Current.CancellationToken);
        HttpClient client = app.ClientWithKey(auditor);

        VerifyResponse? verify = await client.GetFromJsonAsync<VerifyResponse>("/api/v1/audit/verify", TestContext.Current.CancellationToken);
        // The hub administrator reads every entry in full (the bootstrap key's is hub-only).
        using JsonDocument list = await JsonDocument.ParseAsync(
            await app.AdminClient().GetStreamAsync("/api/v1/audit", TestContext.Current.CancellationToken), cancellationToken: TestContext.Current.CancellationToken);

        string[] actions = list.RootElement.EnumerateArray().Select(e => e.GetProperty("action").GetString()!).ToArray();
        Assert.Equal([AuditActions.ApiKeyIssued, AuditActions.AgencyCreated, AuditActions.ApiKeyIssued, AuditActions.ApiKeyIssued,
            AuditActions.ApiKeyRevoked], actions);
        Assert.Equal($"api-key:{auditorId}", list.RootElement[2].GetProperty("subject").GetString());
        Assert.Equal("AAA", list.RootElement[4].GetProperty("details").GetProperty("agency").GetString());
        Assert.NotNull(verify);
        Assert.True(verify.Valid);
        Assert.Equal(5, verify.Entries);
        Assert.Equal(list.RootElement[4].GetProperty("hash").GetString(), verify.Head);
    }

    [Fact]
    public async Task Verify_DetectsATamperedEntry()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        (_, string auditor) = await app.IssueKeyAsync("AAA", "auditor");
        string forged = "{\"code\":\"AAA\",\"contacts\":\"0\",\"country\":\"DE\",\"name\":\"Agency AAA\"}";
        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE audit_entries SET \"Details\" = {forged} WHERE \"Action\" = 'agency.created'", TestContext.Current.CancellationToken));

        VerifyResponse? verify = await app.ClientWithKey(auditor).GetFromJsonAsync<VerifyResponse>("/api/v1/audit/verify",
            TestContext.Current.CancellationToken);

        Assert.NotNull(verify);
        Assert.False(verify.Valid);
        Assert.Equal(2, verify.FirstInvalidSequence);
    }

    [Fact]
    public async Task List_Filters_ByActionPrefixActorAndSubject_BeforeTheLimit()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        await app.CreateAgencyAsync("BBB");
        await app.IssueKeyAsync("AAA", "auditor");
        (string analystId, _) = await app.IssueKeyAsync("BBB", "analyst");
        HttpClient client = app.AdminClient(); // reads every entry in full; an agency auditor's filters are in .Scoping
        CancellationToken ct = TestContext.Current.CancellationToken;
        async Task<JsonElement[]> ListAsync(string query)
        {
            using JsonDocument body = await JsonDocument.ParseAsync(await client.GetStreamAsync($"/api/v1/audit{query}", ct), cancellationToken: ct);
            return [.. body.RootElement.EnumerateArray().Select(e => e.Clone())];
        }

        JsonElement[] all = await ListAsync("?limit=1000");
        JsonElement[] keys = await ListAsync("?action=api-key.");
        JsonElement[] oneKey = await ListAsync($"?subject={analystId}");
        JsonElement[] firstKey = await ListAsync("?action=api-key.&limit=1");
        JsonElement[] nextKeys = await ListAsync($"?action=api-key.&after={firstKey[0].GetProperty("sequence").GetInt64()}");
        JsonElement[] byActor = await ListAsync($"?actor={Uri.EscapeDataString(all[0].GetProperty("actor").GetString()!)}");

        // Agencies AAA and BBB, the bootstrap admin key and two issued keys: the filters keep exactly the matching entries.
        string[] Actions(JsonElement[] entries) => [.. entries.Select(e => e.GetProperty("action").GetString()!)];
        Assert.Equal(all.Where(e => e.GetProperty("action").GetString()!.StartsWith("api-key.", StringComparison.Ordinal)).Select(e => e.GetProperty("sequence").GetInt64()),
            keys.Select(e => e.GetProperty("sequence").GetInt64()));
        Assert.Equal(3, keys.Length);
        Assert.Equal([AuditActions.ApiKeyIssued], Actions(oneKey));
        Assert.Equal($"api-key:{analystId}", oneKey[0].GetProperty("subject").GetString());
        Assert.Equal(keys[1..].Select(e => e.GetProperty("sequence").GetInt64()), nextKeys.Select(e => e.GetProperty("sequence").GetInt64()));
        Assert.Equal(all.Where(e => e.GetProperty("actor").GetString() == all[0].GetProperty("actor").GetString()).Count(), byActor.Length);
        // Case is ignored, the same on SQLite and PostgreSQL.
        Assert.Equal(keys.Select(e => e.GetProperty("sequence").GetInt64()), (await ListAsync("?action=API-KEY.")).Select(e => e.GetProperty("sequence").GetInt64()));
        Assert.Equal(oneKey.Length, (await ListAsync($"?subject={analystId.ToUpperInvariant()}")).Length);
    }

    [Theory]
    [InlineData("?limit=0")]
    [InlineData("?limit=1001")]
    [InlineData("?after=-1")]
    [InlineData("?action=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task List_BadPaging_Is422(string query)
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        (_, string auditor) = await app.IssueKeyAsync("AAA", "auditor");

        using HttpResponseMessage response = await app.ClientWithKey(auditor).GetAsync($"/api/v1/audit{query}", TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, Hub.Errors.HubErrorCodes.InvalidQuery);
    }

    private sealed record VerifyResponse(bool Valid, long Entries, string Head, long? FirstInvalidSequence);
}
