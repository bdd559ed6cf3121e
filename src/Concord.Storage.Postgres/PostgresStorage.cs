using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Storage.Postgres;

/// <summary>Configures <see cref="HubDbContext"/> for PostgreSQL (Npgsql) with this assembly's migrations.</summary>
public static class PostgresStorage
{
    /// <summary>The name of this migrations assembly.</summary>
    public static string MigrationsAssembly { get; } = typeof(PostgresStorage).Assembly.GetName().Name!;

    /// <summary>Uses PostgreSQL with an Npgsql connection string (for example
    /// <c>Host=localhost;Database=concord;Username=concord;Password=…</c>).</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(MigrationsAssembly));

    /// <summary>The coordination of the processes sharing <paramref name="db"/>'s database: a
    /// <see cref="PostgresHubCoordination"/> on PostgreSQL, null on any other provider (one process per database).</summary>
    public static PostgresHubCoordination? CoordinationFor(HubDbContext db, Microsoft.Extensions.Logging.ILogger<PostgresHubCoordination> logger)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.IsNpgsql() && db.Database.GetConnectionString() is { Length: > 0 } connectionString
            ? new PostgresHubCoordination(connectionString, logger)
            : null;
    }
}
