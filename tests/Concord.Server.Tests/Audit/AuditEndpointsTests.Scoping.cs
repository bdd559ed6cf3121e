using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Hub.Audit;

namespace Concord.Server.Tests.Audit;

// The audit log scoped to agencies: an agency's auditor reads its agency's entries in full and the others redacted.
public sealed partial class AuditEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>AAA and BBB with an auditor of AAA and an analyst of BBB. The chain is then: 1 the bootstrap admin key
    /// (hub-only), 2 agency AAA, 3 agency BBB, 4 AAA's auditor key, 5 BBB's analyst key.</summary>
    private static async Task<HttpClient> AuditorOfAAsync(HubApplication app)
    {
        await app.CreateAgencyAsync("AAA");
        await app.CreateAgencyAsync("BBB", "DE");
        (_, string auditor) = await app.IssueKeyAsync("AAA", "auditor");
        await app.IssueKeyAsync("BBB", "analyst");
        return app.ClientWithKey(auditor);
    }

    private static async Task<JsonElement[]> ListAsync(HttpClient client, string query = "")
    {
        using JsonDocument body = await JsonDocument.ParseAsync(await client.GetStreamAsync($"/api/v1/audit{query}", Ct), cancellationToken: Ct);
        return [.. body.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    private static long[] Sequences(IEnumerable<JsonElement> entries) => [.. entries.Select(e => e.GetProperty("sequence").GetInt64())];

    private static bool IsRedacted(JsonElement entry) => entry.TryGetProperty("redacted", out JsonElement r) && r.GetBoolean();

    [Fact]
    public async Task AnAgencysAuditor_ReadsItsEntriesInFull_AndTheOthersRedacted()
    {
        using var app = new HubApplication();
        HttpClient auditorOfA = await AuditorOfAAsync(app);

        JsonElement[] seen = await ListAsync(auditorOfA);
        JsonElement[] all = await ListAsync(app.AdminClient());

        Assert.Equal([1L, 2L, 3L, 4L, 5L], Sequences(seen));
        Assert.Equal([2L, 4L], Sequences(seen.Where(e => !IsRedacted(e))));
        Assert.All(seen.Where(e => !IsRedacted(e)), e => Assert.Equal(["AAA"], e.GetProperty("agencies").EnumerateArray().Select(a => a.GetString())));
        // A redacted entry keeps its place in the chain and nothing else: not whom it concerns, not what happened.
        Assert.All(seen.Where(IsRedacted), e => Assert.Equal(["sequence", "recordedAt", "previousHash", "hash", "redacted"],
            e.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(all.Select(e => (e.GetProperty("hash").GetString(), e.GetProperty("previousHash").GetString(), e.GetProperty("recordedAt").GetString())),
            seen.Select(e => (e.GetProperty("hash").GetString(), e.GetProperty("previousHash").GetString(), e.GetProperty("recordedAt").GetString())));
        // The hub administrator reads every entry, hub-only ones included.
        Assert.DoesNotContain(all, IsRedacted);
        Assert.Equal([[], ["AAA"], ["BBB"], ["AAA"], ["BBB"]],
            all.Select(e => e.GetProperty("agencies").EnumerateArray().Select(a => a.GetString()!).ToArray()));
        Assert.Equal(AuditActions.AgencyCreated, all[2].GetProperty("action").GetString());
    }

    [Fact]
    public async Task AFilter_NeverMatchesARedactedEntry_NorDoesPagingRevealOne()
    {
        using var app = new HubApplication();
        HttpClient auditorOfA = await AuditorOfAAsync(app);
        string adminActor = (await ListAsync(app.AdminClient()))[1].GetProperty("actor").GetString()!;

        Assert.Equal(new long[] { 2 }, Sequences(await ListAsync(auditorOfA, "?action=agency.")));
        Assert.Equal(new long[] { 2 }, Sequences(await ListAsync(auditorOfA, "?subject=agency:")));
        Assert.Empty(await ListAsync(auditorOfA, "?subject=BBB"));
        Assert.Equal(new long[] { 2, 4 }, Sequences(await ListAsync(auditorOfA, $"?actor={Uri.EscapeDataString(adminActor)}")));
        // The first matching api-key entry it may read is its own key's (4), not the bootstrap key's (1); nothing after.
        Assert.Equal(new long[] { 4 }, Sequences(await ListAsync(auditorOfA, "?action=api-key.&limit=1")));
        Assert.Empty(await ListAsync(auditorOfA, "?action=api-key.&after=4"));
        Assert.All(await ListAsync(auditorOfA, "?action=a"), e => Assert.False(IsRedacted(e)));
        // Without a filter a page is consecutive entries, full or redacted, exactly as in the whole list.
        JsonElement[] page = await ListAsync(auditorOfA, "?after=2&limit=2");
        Assert.Equal([3L, 4L], Sequences(page));
        Assert.True(IsRedacted(page[0]));
        Assert.False(IsRedacted(page[1]));
    }

    [Fact]
    public async Task VerifyStaysAvailable_ToAnAgencysAuditor()
    {
        using var app = new HubApplication();
        HttpClient auditorOfA = await AuditorOfAAsync(app);

        VerifyResponse? verify = await auditorOfA.GetFromJsonAsync<VerifyResponse>("/api/v1/audit/verify", Ct);
        JsonElement[] seen = await ListAsync(auditorOfA);

        Assert.NotNull(verify);
        Assert.True(verify.Valid);
        Assert.Equal(5, verify.Entries);
        Assert.Equal(seen[^1].GetProperty("hash").GetString(), verify.Head);
    }

    [Fact]
    public async Task AnAgreementsEntries_ConcernEveryParty_AndNoOneElse()
    {
        using var app = new HubApplication();
        foreach ((string code, string country) in new[] { ("AAA", "FR"), ("BBB", "DE"), ("CCC", "IT") })
        {
            await app.CreateAgencyAsync(code, country);
        }

        (_, string officer) = await app.IssueKeyAsync("AAA", "officer");
        (_, string auditorB) = await app.IssueKeyAsync("BBB", "auditor");
        (_, string auditorC) = await app.IssueKeyAsync("CCC", "auditor");
        using HttpResponseMessage proposed = await app.ClientWithKey(officer).PostAsJsonAsync("/api/v1/agreements", new
        {
            title = "Orbit sharing",
            parties = new[] { "AAA", "BBB" },
            categories = new[] { "orbit-elements" },
            objectScope = "owned-by-parties",
            conditions = new { embargoMinutes = 0 },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);

        JsonElement byB = Assert.Single(await ListAsync(app.ClientWithKey(auditorB), "?action=agreement."));
        JsonElement[] byC = await ListAsync(app.ClientWithKey(auditorC));

        Assert.Equal(AuditActions.AgreementProposed, byB.GetProperty("action").GetString());
        Assert.Equal(["AAA", "BBB"], byB.GetProperty("agencies").EnumerateArray().Select(a => a.GetString()));
        Assert.Empty(await ListAsync(app.ClientWithKey(auditorC), "?action=agreement."));
        Assert.True(IsRedacted(byC[^1]));
        Assert.Equal(byB.GetProperty("hash").GetString(), byC[^1].GetProperty("hash").GetString());
    }
}
