using System.CommandLine;
using Concord.Cli.Serve;
using Concord.Hub.Storage;
using Concord.Server.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Cli.Database;

/// <summary><c>concord db migrate [--data-dir DIR] [--db CONNECTION]</c>: applies the pending migrations of the hub's
/// database (SQLite in the data dir, or PostgreSQL) and exits, so that a deployment migrates as a separate, visible step
/// (house style R22; <c>concord serve</c> also migrates on start). Exit codes: 0 applied or up to date, 3 the database
/// cannot be reached or migrated.</summary>
internal static class DbCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var storage = new HubStorageOptions();
        var migrate = new Command("migrate", "Apply the pending database migrations and exit.") { storage.DataDir, storage.Database };
        migrate.SetAction(async (parse, cancellationToken) =>
        {
            List<string> args = storage.HostArguments(parse);
            if (!storage.UsesPostgres(parse))
            {
                Directory.CreateDirectory(parse.GetValue(storage.DataDir)!);
            }

            try
            {
                await using var app = HubServer.Build([.. args]);
                using IServiceScope scope = app.Services.CreateScope();
                HubDbContext context = scope.ServiceProvider.GetRequiredService<HubDbContext>();
                string[] pending = [.. await context.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)];
                await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
                await stdout.WriteLineAsync(pending.Length == 0
                    ? "db: up to date"
                    : $"db: applied {pending.Length} migration(s): {string.Join(", ", pending)}").ConfigureAwait(false);
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException or InvalidOperationException)
            {
                await stderr.WriteLineAsync($"error: cannot migrate the database: {e.Message}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }
        });
        return new Command("db", "Hub database tools.") { migrate };
    }
}
