using Concord.Hub.Audit;
using Concord.Hub.Catalog;
using Concord.Hub.Storage;
using Concord.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Concord.Hub.Tests;

/// <summary>A private in-memory SQLite database with the real migrations applied, and a fake clock.</summary>
internal sealed class HubDatabase : IAsyncDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    private HubDatabase()
    {
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public HubWriteGate Gate { get; } = new();

    /// <summary>The catalog settings of services built here. Epochs may lie up to a year ahead: the clock starts at
    /// 2026-01-01 and the sample sets are dated from 2026-01-10 on. Tests of the future-epoch check set their own.</summary>
    public CatalogOptions Catalog { get; set; } = new() { MaxEpochAheadHours = 366.0 * 24.0 };

    public static async Task<HubDatabase> CreateAsync()
    {
        var database = new HubDatabase();
        await database._connection.OpenAsync(TestContext.Current.CancellationToken);
        await using HubDbContext db = database.NewContext();
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        return database;
    }

    public HubDbContext NewContext() =>
        new(SqliteStorage.Configure(new DbContextOptionsBuilder<HubDbContext>(), _connection).Options as DbContextOptions<HubDbContext>
            ?? throw new InvalidOperationException());

    public AuditLog NewAuditLog(HubDbContext db) => new(db, Time);

    public async ValueTask DisposeAsync()
    {
        Gate.Dispose();
        await _connection.DisposeAsync();
    }
}
