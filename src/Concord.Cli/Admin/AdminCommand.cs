using System.CommandLine;
using Concord.Cli.Serve;
using Concord.Hub.Agencies;
using Concord.Hub.Storage;
using Concord.Server.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Cli.Admin;

/// <summary><c>concord admin rotate-key [--data-dir DIR] [--db CONNECTION | --db-file PATH]</c> (or <c>CONCORD_DB</c>):
/// replaces the hub administrator's key offline, against the database (the SQLite file in the data directory, or
/// PostgreSQL). Every hub-level key that is not revoked is revoked (its console sessions end; a running hub refuses it
/// from the next request, 401) and a new one is issued, in one transaction with its audit entries
/// (<c>api-key.revoked</c>, <c>api-key.issued</c>, <c>api-key.hub-admin-rotated</c>, actor <c>system</c>). The new key
/// is written to <c>DIR/admin.key</c> (mode 0600), replacing the old file. Exit codes: 0 rotated, 2 usage error, 3 the
/// database cannot be reached, is not migrated (run <c>concord db migrate</c>) or the file cannot be written.</summary>
internal static class AdminCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var storage = new HubStorageOptions();
        var rotate = new Command("rotate-key", "Replace the hub administrator's key (the old one stops working) and write the new one to DIR/admin.key.");
        storage.AddTo(rotate);
        rotate.SetAction(async (parse, cancellationToken) =>
        {
            if (!storage.TryResolve(parse, out string? connection, out string? usage))
            {
                await stderr.WriteLineAsync(usage).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            string dataDir = parse.GetValue(storage.DataDir)!;
            try
            {
                await using var app = HubServer.Build([.. storage.HostArguments(parse, connection)]);
                using IServiceScope scope = app.Services.CreateScope();
                HubDbContext context = scope.ServiceProvider.GetRequiredService<HubDbContext>();
                DataFiles.Prepare(context, parse.GetValue(storage.DataDir)!);
                string[] pending = [.. await context.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)];
                if (pending.Length > 0)
                {
                    await stderr.WriteLineAsync($"error: the database is not migrated ({pending.Length} pending migration(s)); run 'concord db migrate' first")
                        .ConfigureAwait(false);
                    return ExitCodes.Failure;
                }

                (IssuedApiKey issued, IReadOnlyList<Guid> revoked) = await scope.ServiceProvider.GetRequiredService<ApiKeyService>()
                    .RotateHubAdminAsync(cancellationToken).ConfigureAwait(false);
                string path = AdminKeyFile.Write(dataDir, issued.Secret);
                await stdout.WriteLineAsync($"admin: revoked {revoked.Count} hub administrator key(s); the new key {issued.Id:D} is in {path}")
                    .ConfigureAwait(false);
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException or InvalidOperationException)
            {
                await stderr.WriteLineAsync($"error: cannot rotate the key: {ConnectionStrings.Redact(e.Message, connection)}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }
        });
        return new Command("admin", "Hub administration tools (offline, against the database).") { rotate };
    }
}
