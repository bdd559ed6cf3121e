using Concord.Hub.Agencies;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Concord.Server.Hosting;

/// <summary>Runs before the server accepts requests: applies pending migrations (the provider's migrations assembly,
/// never <c>EnsureCreated</c>), upgrades rows stored before typed storage (<see cref="TypedStorageUpgrade"/>), then on first start creates the hub administrator and writes its key to
/// <c>&lt;data-dir&gt;/admin.key</c> with mode 0600.</summary>
internal sealed partial class HubInitializer(IServiceScopeFactory scopes, IOptions<HubServerOptions> options, ILogger<HubInitializer> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using IServiceScope scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        DataFiles.Prepare(db, options.Value.DataDir); // before SQLite creates the file with the umask's mode

        LogDatabase(logger, db.Database.ProviderName ?? "?", ConnectionStrings.Masked(db.Database.GetConnectionString()));
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            // Write-ahead logging lets requests read while another writes; with the default rollback journal, concurrent
            // requests failed with "database is locked". The mode is stored in the file (an in-memory database ignores it).
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL", cancellationToken).ConfigureAwait(false);
        }

        // Rows stored before typed storage get their typed columns once (idempotent: nothing to do afterwards).
        TypedStorageUpgradeReport upgraded = await scope.ServiceProvider.GetRequiredService<TypedStorageUpgrade>()
            .RunAsync(cancellationToken).ConfigureAwait(false);
        if (upgraded.Segments + upgraded.Plans + upgraded.Updates > 0)
        {
            LogTypedStorageUpgraded(logger, upgraded.Segments, upgraded.Plans, upgraded.Updates);
        }

        IssuedApiKey? admin = await scope.ServiceProvider.GetRequiredService<ApiKeyService>()
            .BootstrapHubAdminAsync(cancellationToken).ConfigureAwait(false);
        if (admin is not null)
        {
            string path = AdminKeyFile.Write(options.Value.DataDir, admin.Secret);
            LogAdminKeyWritten(logger, path);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Hub database: {Provider} {ConnectionString}")]
    private static partial void LogDatabase(ILogger logger, string provider, string connectionString);

    [LoggerMessage(Level = LogLevel.Information, Message = "Typed storage upgrade: {Segments} OEM segments, {Plans} plans, {Updates} conjunction updates")]
    private static partial void LogTypedStorageUpgraded(ILogger logger, int segments, int plans, int updates);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hub administrator created; its API key was written once to {Path}. Keep it secret.")]
    private static partial void LogAdminKeyWritten(ILogger logger, string path);
}
