using System.Net;
using System.Text.Json;
using Concord.Hub.Storage;
using Concord.Server.Hosting;
using Concord.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Concord.Server.Tests.Health;

public sealed class ReadinessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ready_OnAHealthyHub_Is200WithEveryCheck()
    {
        using var app = new HubApplication();
        // Two workers on (the others are off in tests), so the workers check has something running to see.
        app.Settings["Concord:Webhooks:Enabled"] = "true";
        app.Settings["Concord:Coordination:EscalationEnabled"] = "true";

        using HttpResponseMessage response = await app.ClientWithKey(null).GetAsync("/health/ready", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(response);
        Assert.Equal("ready", body.RootElement.GetProperty("status").GetString());
        Dictionary<string, JsonElement> checks = body.RootElement.GetProperty("checks").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Equal(["database", "migrations", "workers"], checks.Keys.Order(StringComparer.Ordinal));
        Assert.All(checks.Values, c => Assert.Equal("healthy", c.GetProperty("status").GetString()));
        Assert.Equal("applied", checks["migrations"].GetProperty("description").GetString());
    }

    [Fact]
    public async Task Ready_WhenTheDatabaseIsUnreachable_Is503NamingIt()
    {
        // The hub starts against an unreachable database (its start-up migration is left out, as if the database went
        // away after it): a closed local port for PostgreSQL, a file in a directory that does not exist for SQLite.
        using var app = new HubApplication
        {
            ConfigureServices = services =>
            {
                services.RemoveAll<DbContextOptions<HubDbContext>>();
                services.RemoveAll<IDbContextOptionsConfiguration<HubDbContext>>();
#if HUB_POSTGRES
                services.AddDbContext<HubDbContext>(options => Concord.Storage.Postgres.PostgresStorage.Configure(options,
                    "Host=127.0.0.1;Port=1;Username=nobody;Password=none;Database=none;Timeout=2"));
#else
                services.AddDbContext<HubDbContext>(options => SqliteStorage.Configure(options,
                    $"Data Source={Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "absent.db")};Mode=ReadWrite"));
#endif
                ServiceDescriptor initializer = services.Single(d => d.ServiceType == typeof(IHostedService)
                    && d.ImplementationType == typeof(HubInitializer));
                services.Remove(initializer);
            },
        };

        using HttpResponseMessage response = await app.ClientWithKey(null).GetAsync("/health/ready", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using JsonDocument body = await HubApplication.ReadJsonAsync(response);
        Assert.Equal("health.not-ready", body.RootElement.GetProperty("code").GetString());
        Dictionary<string, JsonElement> checks = body.RootElement.GetProperty("checks").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Equal("unhealthy", checks["database"].GetProperty("status").GetString());
        Assert.Equal("unreachable", checks["database"].GetProperty("description").GetString());
        Assert.Equal("unhealthy", checks["migrations"].GetProperty("status").GetString());
        Assert.Equal("healthy", checks["workers"].GetProperty("status").GetString());
        Assert.DoesNotContain("127.0.0.1", body.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_WithAPendingMigration_Is503()
    {
        using var app = new HubApplication();
        HttpClient client = app.ClientWithKey(null);
        await app.WithDbAsync(async db =>
        {
            string last = db.Database.GetMigrations().Last();
            string table = db.GetService<IHistoryRepository>().GetDeleteScript(last);
            return await db.Database.ExecuteSqlRawAsync(table, Ct);
        });

        using HttpResponseMessage response = await client.GetAsync("/health/ready", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(response);
        JsonElement migrations = body.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "migrations");
        Assert.StartsWith("1 pending: ", migrations.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WorkerState_TellsRunningFromStoppedAndDisabled()
    {
        var on = new Worker(enabled: true);
        var off = new Worker(enabled: false);

        Assert.Equal("not started", Concord.Server.Health.WorkersHealthCheck.State(on, null));
        Assert.Equal("running", Concord.Server.Health.WorkersHealthCheck.State(on, new TaskCompletionSource().Task));
        Assert.Equal("stopped", Concord.Server.Health.WorkersHealthCheck.State(on, Task.CompletedTask));
        Assert.Equal("failed", Concord.Server.Health.WorkersHealthCheck.State(on, Task.FromException(new InvalidOperationException())));
        Assert.Equal("disabled", Concord.Server.Health.WorkersHealthCheck.State(off, Task.CompletedTask));
    }

    private sealed class Worker(bool enabled) : Concord.Server.Health.IHubWorker
    {
        public string WorkerName => "test";

        public bool WorkerEnabled => enabled;
    }
}
