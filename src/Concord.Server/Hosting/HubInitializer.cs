using Concord.Hub.Agencies;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Concord.Server.Hosting;

/// <summary>Runs before the server accepts requests: applies pending migrations (the provider's migrations assembly,
/// never <c>EnsureCreated</c>), then on first start creates the hub administrator and writes its key to
/// <c>&lt;data-dir&gt;/admin.key</c> with mode 0600.</summary>
internal sealed partial class HubInitializer(IServiceScopeFactory scopes, IOptions<HubServerOptions> options, ILogger<HubInitializer> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using IServiceScope scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            // Write-ahead logging lets requests read while another writes; with the default rollback journal, concurrent
            // requests failed with "database is locked". The mode is stored in the file (an in-memory database ignores it).
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL", cancellationToken).ConfigureAwait(false);
        }

        IssuedApiKey? admin = await scope.ServiceProvider.GetRequiredService<ApiKeyService>()
            .BootstrapHubAdminAsync(cancellationToken).ConfigureAwait(false);
        if (admin is not null)
        {
            string path = WriteAdminKey(options.Value.DataDir, admin.Secret);
            LogAdminKeyWritten(logger, path);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Writes the key readable by the owner only. On Windows the file inherits the directory's ACL.</summary>
    internal static string WriteAdminKey(string dataDir, string secret)
    {
        Directory.CreateDirectory(dataDir);
        string path = Path.GetFullPath(Path.Combine(dataDir, HubServerOptions.AdminKeyFileName));
        // A stale file from a deleted database would hold a dead key; replace it rather than append or keep it.
        File.Delete(path);
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(path, System.Text.Encoding.ASCII, fileOptions))
        {
            writer.Write(secret);
            writer.Write('\n');
        }

        return path;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hub administrator created; its API key was written once to {Path}. Keep it secret.")]
    private static partial void LogAdminKeyWritten(ILogger logger, string path);
}
