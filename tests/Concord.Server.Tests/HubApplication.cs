using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Hub.Storage;
using Concord.Storage.Sqlite;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Concord.Server.Tests;

/// <summary>The real server on a private database (migrated by the server's own start-up, with the real migrations), a
/// fake clock and a temporary data directory (house style R25). One per test.</summary>
/// <remarks>
/// In <c>Concord.Server.Tests</c> the database is a SQLite file in the test's data directory. <c>Concord.Server.Postgres.Tests</c> compiles the same
/// test files with <c>HUB_POSTGRES</c> defined, and there every <c>new HubApplication()</c> gets a fresh PostgreSQL
/// database (<see cref="PostgresTestDatabase"/>: a copy of a template migrated once per run; without
/// <c>CONCORD_TEST_POSTGRES</c> the test is skipped, or fails under <c>CI=true</c>).
/// </remarks>
internal sealed class HubApplication : WebApplicationFactory<Program>
{
    private readonly PostgresTestDatabase? _postgres;

    /// <summary>The server on the test project's provider, or with <paramref name="postgres"/> on that PostgreSQL
    /// database (the server's start-up applies the PostgreSQL migrations).</summary>
    public HubApplication(PostgresTestDatabase? postgres = null)
    {
#if HUB_POSTGRES
        _postgres = postgres ?? PostgresTestDatabase.Create();
#else
        _postgres = postgres;
#endif
    }

    /// <summary>True when this server runs on PostgreSQL.</summary>
    public bool OnPostgres => _postgres is not null;

    /// <summary>Extra configuration (for example <c>Concord:MaxRequestBytes</c>); set before the first request.</summary>
    /// <remarks>Conjunction screening of accepted submissions, webhook delivery and the background escalation of
    /// unacknowledged conjunctions are off unless a test turns them on (<c>Concord:Screening:Enabled</c>,
    /// <c>Concord:Webhooks:Enabled</c>, <c>Concord:Coordination:EscalationEnabled</c>): they would write audit entries or
    /// use the database beside the test's requests. Element sets may be dated up to a year ahead of the fake clock
    /// (<see cref="MaxEpochAheadHoursSetting"/>).</remarks>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Concord:Screening:Enabled"] = "false",
        ["Concord:Webhooks:Enabled"] = "false",
        ["Concord:Coordination:EscalationEnabled"] = "false",
        // The clock starts at 2026-01-01 and the sample sets are dated from 2026-01-10 on: epochs up to a year ahead pass.
        // Tests of the future-epoch check remove this setting (default 24 h).
        [MaxEpochAheadHoursSetting] = "8784",
    };

    /// <summary>The setting of <c>CatalogOptions.MaxEpochAheadHours</c>.</summary>
    public const string MaxEpochAheadHoursSetting = "Concord:Catalog:MaxEpochAheadHours";

    /// <summary>Extra service registrations, applied after the server's own (for example a webhook receiver as the
    /// primary handler of the <c>webhooks</c> HTTP client); set before first use.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    /// <summary>The data directory: a fresh temporary one unless set (to start a second server on a first one's
    /// <c>concord.db</c>, with <see cref="KeepDataDir"/> on the first).</summary>
    public string DataDir { get; init; } = Directory.CreateTempSubdirectory("concord-test-").FullName;

    /// <summary>Leave <see cref="DataDir"/> in place on dispose (a later server of the same test reuses it and deletes it).</summary>
    public bool KeepDataDir { get; init; }

    /// <summary>The hub administrator's key, as written by the server on first start.</summary>
    public string AdminKey
    {
        get
        {
            _ = Services; // starts the host, which migrates and writes admin.key
            return File.ReadAllText(Path.Combine(DataDir, "admin.key")).Trim();
        }
    }

    public HttpClient ClientWithKey(string? key)
    {
        HttpClient client = CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    public HttpClient AdminClient() => ClientWithKey(AdminKey);

    /// <summary>Registers an agency as the hub administrator.</summary>
    public async Task CreateAgencyAsync(string code, string country = "FR")
    {
        using HttpResponseMessage response = await AdminClient().PostAsJsonAsync("/api/v1/agencies",
            new { code, name = $"Agency {code}", country }, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>Issues a key as the hub administrator; returns (id, secret).</summary>
    public async Task<(string Id, string Key)> IssueKeyAsync(string agency, string role)
    {
        using HttpResponseMessage response = await AdminClient().PostAsJsonAsync($"/api/v1/agencies/{agency}/api-keys",
            new { role }, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        using JsonDocument body = await ReadJsonAsync(response);
        return (body.RootElement.GetProperty("id").GetString()!, body.RootElement.GetProperty("key").GetString()!);
    }

    /// <summary>Confirms a pending claim as the hub administrator (<c>200</c> asserted): the claimant becomes the
    /// confirmed owner, with owner rights.</summary>
    public async Task ConfirmClaimAsync(string noradId)
    {
        using HttpResponseMessage response = await AdminClient().PostAsync($"/api/v1/objects/{noradId}/confirm", null,
            TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Gives an agency a standing grant of [first, last] as the hub administrator (<c>201</c> asserted).</summary>
    public async Task GrantAsync(string agency, int first, int last)
    {
        using HttpResponseMessage response = await AdminClient().PostAsJsonAsync($"/api/v1/agencies/{agency}/ownership-grants",
            new { first, last }, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>Runs code against the server's database in a fresh scope.</summary>
    public async Task<T> WithDbAsync<T>(Func<HubDbContext, Task<T>> action)
    {
        using IServiceScope scope = Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<HubDbContext>());
    }

    public static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response) =>
        await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken),
            cancellationToken: TestContext.Current.CancellationToken);

    /// <summary>A context on the test's database that does not depend on the host's services (usable after the host
    /// has stopped and disposed them). Dispose it.</summary>
    public HubDbContext DetachedDb()
    {
        var options = new DbContextOptionsBuilder<HubDbContext>();
        if (_postgres is not null)
        {
            Concord.Storage.Postgres.PostgresStorage.Configure(options, _postgres.ConnectionString);
        }
        else
        {
            SqliteStorage.Configure(options, $"Data Source={Path.Combine(DataDir, Concord.Server.Hosting.HubServerOptions.SqliteFileName)}");
        }

        return new HubDbContext(options.Options);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Concord:DataDir", DataDir);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach ((string key, string? value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<DbContextOptions<HubDbContext>>();
            services.RemoveAll<IDbContextOptionsConfiguration<HubDbContext>>();
            if (_postgres is null)
            {
                // The server's own storage, the concord.db file in DataDir: the server works beside the test's requests
                // (the read-audit writer, streams re-checking their keys), which one in-memory connection cannot serve.
                services.AddDbContext<HubDbContext>(options => SqliteStorage.Configure(options,
                    $"Data Source={Path.Combine(DataDir, Concord.Server.Hosting.HubServerOptions.SqliteFileName)}"));
            }
            else
            {
                services.AddDbContext<HubDbContext>(options => Concord.Storage.Postgres.PostgresStorage.Configure(options, _postgres.ConnectionString));
            }
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
            ConfigureServices?.Invoke(services);
        });
        return base.CreateHost(builder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools(); // pooled connections would keep concord.db open
            _postgres?.Dispose();
            // WebApplicationFactory disposes through both Dispose and DisposeAsync; the second call finds nothing.
            if (!KeepDataDir && Directory.Exists(DataDir))
            {
                Directory.Delete(DataDir, recursive: true);
            }
        }
    }
}
