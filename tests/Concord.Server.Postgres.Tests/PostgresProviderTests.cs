using System.Net;
using System.Text.Json;
using Concord.Hub.Audit;
using Microsoft.EntityFrameworkCore;

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
}
