using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Hub.Audit;
using Microsoft.EntityFrameworkCore;

namespace Concord.Server.Tests.Postgres;

/// <summary>The hub's behaviour on PostgreSQL (its own migrations assembly, timestamptz, the audit chain's hashing after
/// a round trip through the database). Each test gets a fresh database.</summary>
public sealed class PostgresSuiteTests
{
    [Fact]
    public async Task StartUpAppliesThePostgresMigrationsAndHealthReportsTheDatabase()
    {
        using var app = new HubApplication(PostgresTestDatabase.Create());
        using HttpResponseMessage health = await app.CreateClient().GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        string[] pending = await app.WithDbAsync(async db => (await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken)).ToArray());
        Assert.Empty(pending);
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", await app.WithDbAsync(db => Task.FromResult(db.Database.ProviderName)));
    }

    [Fact]
    public async Task AgenciesKeysAndRolesBehaveAsOnSqlite()
    {
        using var app = new HubApplication(PostgresTestDatabase.Create());
        await app.CreateAgencyAsync("AAA");
        using HttpResponseMessage duplicate = await app.AdminClient().PostAsJsonAsync("/api/v1/agencies",
            new { code = "AAA", name = "Again", country = "FR" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);

        (string analystId, string analyst) = await app.IssueKeyAsync("AAA", "analyst");
        using HttpResponseMessage forbidden = await app.ClientWithKey(analyst).GetAsync("/api/v1/audit", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        using HttpResponseMessage revoke = await app.AdminClient().DeleteAsync($"/api/v1/agencies/AAA/api-keys/{analystId}",
            TestContext.Current.CancellationToken);
        Assert.True(revoke.IsSuccessStatusCode, revoke.StatusCode.ToString());
        using HttpResponseMessage revoked = await app.ClientWithKey(analyst).GetAsync("/api/v1/agencies", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
    }

    [Fact]
    public async Task TheAuditChainVerifiesOnlineAndFromItsExport()
    {
        using var app = new HubApplication(PostgresTestDatabase.Create());
        await app.CreateAgencyAsync("AAA");
        await app.CreateAgencyAsync("BBB", "DE");
        (_, string auditor) = await app.IssueKeyAsync("AAA", "auditor");
        app.Time.Advance(TimeSpan.FromMilliseconds(1.2345678)); // sub-microsecond time must not break the stored hashes
        await app.IssueKeyAsync("BBB", "officer");
        HttpClient client = app.ClientWithKey(auditor);

        using JsonDocument verify = await JsonDocument.ParseAsync(
            await client.GetStreamAsync("/api/v1/audit/verify", TestContext.Current.CancellationToken), cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(verify.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(5, verify.RootElement.GetProperty("entries").GetInt64());

        string export = await client.GetStringAsync("/api/v1/audit", TestContext.Current.CancellationToken);
        AuditExportVerification? offline = AuditExport.Verify(export, out _);
        Assert.NotNull(offline);
        Assert.True(offline.Valid, offline.Problem);
        Assert.Equal(verify.RootElement.GetProperty("head").GetString(), offline.Head);
    }

    [Fact]
    public async Task SubmissionsAndTheGpCatalogBehaveAsOnSqlite()
    {
        using var app = new HubApplication(PostgresTestDatabase.Create());
        HttpClient aaa = await Submissions.SubmissionEndpointsTests.AnalystAsync(app, "AAA");
        HttpClient bbb = await Submissions.SubmissionEndpointsTests.AnalystAsync(app, "BBB");
        string sets = Concord.Catalog.Samples.CatalogSamples.OmmText(Concord.Formats.Ccsds.CcsdsFormat.Csv,
            Concord.Catalog.Samples.CatalogSamples.Set(90001, day: 10), Concord.Catalog.Samples.CatalogSamples.Set(90001, day: 11),
            Concord.Catalog.Samples.CatalogSamples.Set(90002));
        using HttpResponseMessage first = await Submissions.SubmissionEndpointsTests.PostAsync(aaa, sets, "text/csv", "?marking=public", "pg-1");
        using HttpResponseMessage again = await Submissions.SubmissionEndpointsTests.PostAsync(aaa, sets, "text/csv", "?marking=public", "pg-1");
        using HttpResponseMessage restricted = await Submissions.SubmissionEndpointsTests.PostAsync(aaa,
            Concord.Catalog.Samples.CatalogSamples.TleText(Concord.Catalog.Samples.CatalogSamples.Set(90003)), "text/plain", "?marking=restricted&relTo=AAA");
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Created), (first.StatusCode, again.StatusCode, restricted.StatusCode));
        Assert.Equal(4, await app.WithDbAsync(db => db.ElementSets.CountAsync(TestContext.Current.CancellationToken)));

        using JsonDocument gp = JsonDocument.Parse(await bbb.GetStringAsync("/api/v1/catalog/gp", TestContext.Current.CancellationToken));
        Assert.Equal([(90001, "2026-01-11T00:00:00"), (90002, "2026-01-10T00:00:00")], gp.RootElement.EnumerateArray()
            .Select(o => (o.GetProperty("NORAD_CAT_ID").GetInt32(), o.GetProperty("EPOCH").GetString()!)));
        using JsonDocument history = JsonDocument.Parse(await bbb.GetStringAsync(
            "/api/v1/catalog/gp/history?id=90001&from=2026-01-10T12:00:00Z", TestContext.Current.CancellationToken));
        Assert.Single(history.RootElement.EnumerateArray());
        Assert.True(await app.WithDbAsync(async db => (await new AuditLog(db, app.Time).VerifyAsync(TestContext.Current.CancellationToken)).Valid));
    }
}
