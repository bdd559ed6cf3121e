using System.Net;
using System.Text.Json;
using Concord.Hub.Audit;
using Microsoft.EntityFrameworkCore;
using System.Net.Http.Json;

namespace Concord.Server.Tests.Postgres;

/// <summary>What only PostgreSQL can get wrong (its own migrations assembly, timestamptz and the audit chain's hashing
/// after a round trip through the database), beyond the whole server suite that this project also runs on PostgreSQL.
/// Each test gets a fresh database.</summary>
public sealed class PostgresProviderTests
{
    [Fact]
    public async Task StartUpAppliesThePostgresMigrationsAndHealthReportsTheDatabase()
    {
        using var app = new HubApplication();
        using HttpResponseMessage health = await app.CreateClient().GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        string[] pending = await app.WithDbAsync(async db => (await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken)).ToArray());
        Assert.Empty(pending);
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", await app.WithDbAsync(db => Task.FromResult(db.Database.ProviderName)));
    }

    [Fact]
    public async Task TheAuditChainVerifiesOnlineAndFromItsExport()
    {
        using var app = new HubApplication();
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
    public async Task SpaceObjectsRegisterFilterPageAndReleaseAsOnSqlite()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        await app.CreateAgencyAsync("BBB", "DE");
        (_, string a) = await app.IssueKeyAsync("AAA", "analyst");
        (_, string b) = await app.IssueKeyAsync("BBB", "analyst");
        HttpClient clientA = app.ClientWithKey(a);
        foreach ((string noradId, string name, double perigee, double apogee, string marking) in new[]
        {
            ("999999999", "Sentinel-1A", 690.0, 700.0, "public"),
            ("2", "Meteosat-11", 35_780.0, 35_795.0, "public"),
            ("3", "Hidden GEO", 35_781.0, 35_790.0, "restricted"),
        })
        {
            using HttpResponseMessage created = await clientA.PostAsJsonAsync("/api/v1/objects", new
            {
                noradId, name, owner = "AAA", perigeeKilometers = perigee, apogeeKilometers = apogee, marking,
                relTo = marking == "restricted" ? new[] { "AAA" } : null, launchDate = "2025-01-31",
            }, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using HttpResponseMessage duplicate = await app.ClientWithKey(b).PostAsJsonAsync("/api/v1/objects",
            new { noradId = "3", name = "Mine", owner = "BBB" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);

        async Task<string[]> ListAsync(HttpClient client, string query)
        {
            using JsonDocument page = await JsonDocument.ParseAsync(await client.GetStreamAsync($"/api/v1/objects{query}",
                TestContext.Current.CancellationToken), cancellationToken: TestContext.Current.CancellationToken);
            return page.RootElement.EnumerateArray().Select(o => o.GetProperty("noradId").GetString()!).ToArray();
        }

        Assert.Equal(["2", "3"], await ListAsync(clientA, "?regime=geo"));
        Assert.Equal(["2"], await ListAsync(app.ClientWithKey(b), "?regime=geo"));
        Assert.Equal(["999999999"], await ListAsync(app.ClientWithKey(b), "?name=SENTINEL"));
        Assert.Equal(["3", "999999999"], await ListAsync(clientA, "?after=2&limit=2"));
        using HttpResponseMessage hidden = await app.ClientWithKey(b).GetAsync("/api/v1/objects/3", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        using JsonDocument one = await JsonDocument.ParseAsync(await clientA.GetStreamAsync("/api/v1/objects/999999999",
            TestContext.Current.CancellationToken), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("2025-01-31", one.RootElement.GetProperty("launchDate").GetString());
        Assert.Equal(app.Time.GetUtcNow(), one.RootElement.GetProperty("createdAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task AgreementsRoundTripAndTheirLifecycleIsAudited()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        await app.CreateAgencyAsync("BBB", "DE");
        (_, string a) = await app.IssueKeyAsync("AAA", "officer");
        (_, string b) = await app.IssueKeyAsync("BBB", "officer");
        using HttpResponseMessage proposed = await app.ClientWithKey(a).PostAsJsonAsync("/api/v1/agreements", new
        {
            title = "Shared list",
            parties = new[] { "AAA", "BBB" },
            categories = new[] { "orbit-elements", "conjunctions" },
            objectScope = "list",
            objectIds = new[] { "90001", "999999999" },
            conditions = new { embargoMinutes = 5, minimumPc = 1e-5, expiresAt = app.Time.GetUtcNow().AddDays(30) },
        }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        using JsonDocument created = await HubApplication.ReadJsonAsync(proposed);
        string id = created.RootElement.GetProperty("id").GetString()!;
        foreach (string key in new[] { a, b })
        {
            using HttpResponseMessage sign = await app.ClientWithKey(key).PostAsync($"/api/v1/agreements/{id}/sign", null,
                TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, sign.StatusCode);
        }

        using JsonDocument stored = await JsonDocument.ParseAsync(await app.ClientWithKey(b)
            .GetStreamAsync($"/api/v1/agreements/{id}", TestContext.Current.CancellationToken), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("active", stored.RootElement.GetProperty("status").GetString());
        Assert.Equal(["90001", "999999999"], stored.RootElement.GetProperty("objectIds").EnumerateArray().Select(x => x.GetString()));
        using JsonDocument matrix = await JsonDocument.ParseAsync(await app.ClientWithKey(a)
            .GetStreamAsync("/api/v1/agreements/release-matrix", TestContext.Current.CancellationToken), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("BBB", matrix.RootElement.GetProperty("partners")[0].GetProperty("agency").GetString());
        Assert.True(await app.WithDbAsync(async db => (await new AuditLog(db, app.Time).VerifyAsync(TestContext.Current.CancellationToken)).Valid));
    }

    [Fact]
    public async Task SubmissionsAndTheGpCatalogBehaveAsOnSqlite()
    {
        using var app = new HubApplication();
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
