using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Concord.Server.Tests.Health;

public sealed class HostingTests
{
    [Fact]
    public async Task Health_IsAnonymousAndReportsTheDatabase()
    {
        using var app = new HubApplication();

        using HttpResponseMessage response = await app.ClientWithKey(null).GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(response);
        Assert.Equal("reachable", body.RootElement.GetProperty("database").GetString());
    }

    [Fact]
    public async Task StartUp_AppliesEveryRealMigration()
    {
        using var app = new HubApplication();

        string[] pending = await app.WithDbAsync(async db => (await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken)).ToArray());
        string[] applied = await app.WithDbAsync(async db => (await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken)).ToArray());

        Assert.Empty(pending);
        Assert.Contains(applied, m => m.EndsWith("_InitialAgenciesKeysAndAudit", StringComparison.Ordinal));
        Assert.False(await app.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges())), "Model changed without a migration.");
    }

    [Fact]
    public void FirstStart_WritesTheAdminKeyOwnerOnly()
    {
        using var app = new HubApplication();

        string key = app.AdminKey;

        Assert.StartsWith("concord_", key, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(app.DataDir, "admin.key")));
        }
    }

    [Fact]
    public async Task OpenApiDocument_AndBrowsableUi_AreServedAnonymously()
    {
        using var app = new HubApplication();
        HttpClient client = app.ClientWithKey(null);

        using HttpResponseMessage document = await client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        using HttpResponseMessage ui = await client.GetAsync("/scalar/v1", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(document);
        JsonElement paths = body.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/agencies", out _));
        Assert.True(paths.TryGetProperty("/api/v1/audit/verify", out _));
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
    }
}
