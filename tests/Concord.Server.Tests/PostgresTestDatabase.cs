using System.Diagnostics;
using System.Globalization;
using Concord.Hub.Storage;
using Concord.Storage.Postgres;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Concord.Server.Tests;

/// <summary>A throwaway PostgreSQL database for one test, on the server named by <c>CONCORD_TEST_POSTGRES</c> (an admin
/// connection string; <c>.ci/postgres.sh</c> installs, starts and prints one). Without it the PostgreSQL suite is
/// skipped with the reason, except under <c>CI=true</c>, where that is a failure.</summary>
/// <remarks>
/// Migrating a database costs far more than copying one, so the first test of a run migrates a template database
/// (<c>concord_t_{pid}_{start}</c>) and every test gets <c>CREATE DATABASE … TEMPLATE</c> of it. The run's databases are
/// dropped when each test ends and when the process exits; a run that was killed leaves them behind, and the next run on
/// the same machine drops them (their process is gone). Databases of runs still alive, or on other machines, are left alone.
/// </remarks>
internal sealed class PostgresTestDatabase : IDisposable
{
    private const string Variable = "CONCORD_TEST_POSTGRES";
    private const string Prefix = "concord_t_";
    private static readonly string RunTag = $"{Prefix}{Environment.ProcessId}_{StartTime(Process.GetCurrentProcess())}";
    private static readonly Lazy<string> Template = new(CreateTemplate);
    private static int _counter;
    private readonly string _admin;

    private PostgresTestDatabase(string admin)
    {
        _admin = admin;
        string template = Template.Value;
        Name = $"{RunTag}_{Interlocked.Increment(ref _counter)}";
        Execute(_admin, $"CREATE DATABASE \"{Name}\" TEMPLATE \"{template}\"");
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = Name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    private static string Admin => Environment.GetEnvironmentVariable(Variable) ?? "";

    public static PostgresTestDatabase Create()
    {
        string admin = Admin;
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

    public void Dispose()
    {
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        // FORCE must terminate every backend still on the database; one the test role may not signal (seen once in CI:
        // 42501) is transient, so the drop is retried briefly rather than failing a test that already passed.
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                Execute(_admin, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 10)
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }

    private static string CreateTemplate()
    {
        string admin = Admin;
        DropStale(admin);
        string name = $"{RunTag}_template";
        Execute(admin, $"CREATE DATABASE \"{name}\"");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropRun(admin);
        var connection = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false };
        var options = (DbContextOptions<HubDbContext>)PostgresStorage.Configure(new DbContextOptionsBuilder<HubDbContext>(),
            connection.ConnectionString).Options;
        using (var db = new HubDbContext(options))
        {
            db.Database.Migrate();
        }

        return name;
    }

    /// <summary>Drops this run's databases (the template and any test database left undisposed).</summary>
    private static void DropRun(string admin)
    {
        foreach (string name in ListOurDatabases(admin).Where(n => n.StartsWith(RunTag + "_", StringComparison.Ordinal)))
        {
            Execute(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    /// <summary>Drops the databases of earlier runs on this machine whose process is gone (killed mid-run).</summary>
    private static void DropStale(string admin)
    {
        string host = new NpgsqlConnectionStringBuilder(admin).Host ?? "";
        if (host is not ("127.0.0.1" or "localhost" or "::1") && !host.StartsWith('/'))
        {
            return; // another machine's processes cannot be checked from here
        }

        foreach (string name in ListOurDatabases(admin))
        {
            string[] parts = name[Prefix.Length..].Split('_');
            if (parts.Length >= 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out int pid) && !IsAlive(pid, parts[1]))
            {
                Execute(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            }
        }
    }

    private static bool IsAlive(int pid, string start)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return StartTime(process) == start;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string StartTime(Process process) =>
        new DateTimeOffset(process.StartTime.ToUniversalTime()).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static List<string> ListOurDatabases(string admin)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(admin) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT datname FROM pg_database WHERE starts_with(datname, @prefix)", connection);
        command.Parameters.AddWithValue("prefix", Prefix);
        using NpgsqlDataReader reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static void Execute(string admin, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(admin) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
