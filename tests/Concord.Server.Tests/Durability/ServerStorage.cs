namespace Concord.Server.Tests.Durability;

/// <summary>Storage for a <see cref="ServerProcess"/> that outlives its restarts: a temporary data directory and, in the
/// PostgreSQL suite, a fresh PostgreSQL database (<see cref="PostgresTestDatabase"/>).</summary>
internal sealed class ServerStorage : IDisposable
{
    private readonly PostgresTestDatabase? _postgres;

    private ServerStorage(PostgresTestDatabase? postgres)
    {
        _postgres = postgres;
    }

    public string DataDir { get; } = Directory.CreateTempSubdirectory("concord-durability-").FullName;

    /// <summary>The <c>--db</c> connection string, or null for SQLite in <see cref="DataDir"/>.</summary>
    public string? Database => _postgres?.ConnectionString;

    public static ServerStorage Create() =>
#if HUB_POSTGRES
        new(PostgresTestDatabase.Create());
#else
        new(null);
#endif

    /// <summary>Starts a server on this storage.</summary>
    public Task<ServerProcess> StartAsync(IReadOnlyDictionary<string, string>? environment = null) =>
        ServerProcess.StartAsync(DataDir, Database, environment);

    public void Dispose()
    {
        _postgres?.Dispose();
        Directory.Delete(DataDir, recursive: true);
    }
}
