using Concord.Hub.Agencies;
using Concord.Hub.Audit;
using Concord.Hub.Storage;
using Concord.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Cli.Tests.Admin;

public sealed class AdminCommandTests
{
    [Fact]
    public async Task RotateKey_RevokesTheOldHubAdminKey_WritesTheNewOne0600_AndIsAudited()
    {
        string directory = Path.Combine(Path.GetTempPath(), $"concord-admin-{Guid.NewGuid():N}");
        try
        {
            Assert.Equal(0, (await CliRunner.RunAsync("db", "migrate", "--data-dir", directory)).ExitCode);

            CliRunner.Outcome first = await CliRunner.RunAsync("admin", "rotate-key", "--data-dir", directory);
            Assert.True(first.ExitCode == 0, first.Stderr);
            string firstKey = File.ReadAllText(Path.Combine(directory, "admin.key")).Trim();
            CliRunner.Outcome second = await CliRunner.RunAsync("admin", "rotate-key", "--data-dir", directory);
            Assert.True(second.ExitCode == 0, second.Stderr);
            string secondKey = File.ReadAllText(Path.Combine(directory, "admin.key")).Trim();

            Assert.StartsWith("admin: revoked 0 hub administrator key(s)", first.StdoutLines[0], StringComparison.Ordinal);
            Assert.StartsWith("admin: revoked 1 hub administrator key(s)", second.StdoutLines[0], StringComparison.Ordinal);
            Assert.NotEqual(firstKey, secondKey);
            Assert.StartsWith(ApiKeySecret.Prefix, secondKey, StringComparison.Ordinal);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(directory, "admin.key")));
            }

            await using WebApplication app = HubServer.Build([$"--Concord:DataDir={directory}"]);
            using IServiceScope scope = app.Services.CreateScope();
            HubDbContext db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            List<ApiKey> hubKeys = await db.ApiKeys.Where(k => k.AgencyId == null).ToListAsync(TestContext.Current.CancellationToken);
            Assert.Equal(2, hubKeys.Count);
            Assert.NotNull(hubKeys.Single(k => k.SecretHash == ApiKeySecret.Hash(firstKey)).RevokedAt);
            Assert.Null(hubKeys.Single(k => k.SecretHash == ApiKeySecret.Hash(secondKey)).RevokedAt);
            Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.HubAdminKeyRotated, TestContext.Current.CancellationToken));
            Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.ApiKeyRevoked, TestContext.Current.CancellationToken));
            Assert.True((await scope.ServiceProvider.GetRequiredService<AuditLog>().VerifyAsync(TestContext.Current.CancellationToken)).Valid);
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
    public async Task RotateKey_OnAnUnmigratedDatabase_Exits3_AndWritesNoKey()
    {
        string directory = Path.Combine(Path.GetTempPath(), $"concord-admin-{Guid.NewGuid():N}");
        try
        {
            CliRunner.Outcome outcome = await CliRunner.RunAsync("admin", "rotate-key", "--data-dir", directory);

            Assert.Equal(3, outcome.ExitCode);
            Assert.Contains("concord db migrate", outcome.Stderr, StringComparison.Ordinal);
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
}
