namespace Concord.Cli.Tests.Database;

public sealed class DbCommandTests
{
    [Fact]
    public async Task MigrateAppliesTheMigrationsOnceThenIsUpToDate()
    {
        string directory = Path.Combine(Path.GetTempPath(), $"concord-db-{Guid.NewGuid():N}");
        try
        {
            CliRunner.Outcome first = await CliRunner.RunAsync("db", "migrate", "--data-dir", directory);
            Assert.True(first.ExitCode == 0, first.Stderr);
            Assert.StartsWith("db: applied ", first.StdoutLines[0], StringComparison.Ordinal);
            Assert.Contains("InitialAgenciesKeysAndAudit", first.Stdout, StringComparison.Ordinal);
            Assert.NotEmpty(Directory.GetFiles(directory, "*.db"));

            CliRunner.Outcome second = await CliRunner.RunAsync("db", "migrate", "--data-dir", directory);
            Assert.Equal(0, second.ExitCode);
            Assert.Equal("db: up to date", second.StdoutLines[0]);

            // Migrating does not create the administrator: that is the first `serve`'s job.
            Assert.False(File.Exists(Path.Combine(directory, "admin.key")));
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public async Task AnUnreachableDatabaseExits3()
    {
        CliRunner.Outcome outcome = await CliRunner.RunAsync("db", "migrate", "--db", "Host=127.0.0.1;Port=1;Database=x;Username=x;Password=x;Timeout=2");
        Assert.Equal(3, outcome.ExitCode);
        Assert.Contains("cannot migrate the database", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DbFile_ReadsTheConnectionString_AndNoOutputShowsItsPassword()
    {
        const string password = "n0t-in-any-output";
        using CliRunner.TempFile file = CliRunner.WriteTemp($"Host=127.0.0.1;Port=1;Database=x;Username=x;Password={password};Timeout=2\n", ".conn");

        CliRunner.Outcome outcome = await CliRunner.RunAsync("db", "migrate", "--db-file", file.Path);

        Assert.Equal(3, outcome.ExitCode); // it tried PostgreSQL at port 1, not SQLite
        Assert.Contains("cannot migrate the database", outcome.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(password, outcome.Stderr + outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DbAndDbFileTogether_OrAnUnreadableFile_AreUsageErrors()
    {
        CliRunner.Outcome both = await CliRunner.RunAsync("db", "migrate", "--db", "Host=x", "--db-file", "/nonexistent/conn");
        CliRunner.Outcome missing = await CliRunner.RunAsync("admin", "rotate-key", "--db-file", "/nonexistent/conn");

        Assert.Equal(2, both.ExitCode);
        Assert.Contains("--db or --db-file", both.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("/nonexistent/conn", missing.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ConnectionString_ComesFromDb_ThenDbFile_ThenConcordDb()
    {
        var environment = new Dictionary<string, string?> { ["CONCORD_DB"] = "Host=from-env" };
        var storage = new Concord.Cli.Serve.HubStorageOptions(name => environment.GetValueOrDefault(name));
        var command = new System.CommandLine.Command("test");
        storage.AddTo(command);
        using CliRunner.TempFile file = CliRunner.WriteTemp("Host=from-file\n", ".conn");

        Assert.True(storage.TryResolve(command.Parse(["--db", "Host=inline"]), out string? inline, out _));
        Assert.True(storage.TryResolve(command.Parse(["--db-file", file.Path]), out string? fromFile, out _));
        Assert.True(storage.TryResolve(command.Parse([]), out string? fromEnvironment, out _));
        environment.Clear();
        Assert.True(storage.TryResolve(command.Parse([]), out string? sqlite, out _));

        Assert.Equal("Host=inline", inline);
        Assert.Equal("Host=from-file", fromFile);
        Assert.Equal("Host=from-env", fromEnvironment);
        Assert.Null(sqlite);
    }
}
