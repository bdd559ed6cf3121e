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
}
