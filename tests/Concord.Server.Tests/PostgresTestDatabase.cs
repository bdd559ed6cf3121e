using Npgsql;

namespace Concord.Server.Tests;

/// <summary>A throwaway PostgreSQL database for one test, on the server named by <c>CONCORD_TEST_POSTGRES</c> (an admin
/// connection string; <c>.ci/postgres.sh</c> installs, starts and prints one). Without it the PostgreSQL suite is
/// skipped with the reason, except under <c>CI=true</c>, where that is a failure.</summary>
internal sealed class PostgresTestDatabase : IDisposable
{
    private const string Variable = "CONCORD_TEST_POSTGRES";
    private readonly string _admin;

    private PostgresTestDatabase(string admin)
    {
        _admin = admin;
        Name = $"concord_test_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE \"{Name}\"");
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = Name, Pooling = false }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static PostgresTestDatabase Create()
    {
        string? admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            string reason = $"PostgreSQL suite: {Variable} is not set (run .ci/postgres.sh and export what it prints).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(reason + " CI=true requires it.");
            }

            Assert.Skip(reason);
        }

        return new PostgresTestDatabase(admin);
    }

    public void Dispose() => Execute($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_admin) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
