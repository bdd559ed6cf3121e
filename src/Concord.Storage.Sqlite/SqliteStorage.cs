using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Storage.Sqlite;

/// <summary>Configures <see cref="HubDbContext"/> for SQLite with this assembly's migrations.</summary>
public static class SqliteStorage
{
    /// <summary>The name of this migrations assembly.</summary>
    public static string MigrationsAssembly { get; } = typeof(SqliteStorage).Assembly.GetName().Name!;

    /// <summary>Uses SQLite with the given connection string (for example <c>Data Source=concord-data/concord.db</c>).</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(MigrationsAssembly));

    /// <summary>Uses SQLite on an open connection (tests keep an in-memory database alive this way).</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, System.Data.Common.DbConnection connection) =>
        options.UseSqlite(connection, sqlite => sqlite.MigrationsAssembly(MigrationsAssembly));
}
