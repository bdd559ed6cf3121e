using System.CommandLine;
using Concord.Cli.Serve;
using Concord.Hub.Storage;
using Concord.Server.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Cli.Database;

/// <summary><c>concord db migrate [--data-dir DIR] [--db CONNECTION | --db-file PATH]</c> (or <c>CONCORD_DB</c>): applies the pending migrations of the hub's
/// database (SQLite in the data dir, or PostgreSQL) and exits, so that a deployment migrates as a separate, visible step
/// (house style R22; <c>concord serve</c> also migrates on start). Exit codes: 0 applied or up to date, 3 the database
/// cannot be reached or migrated.</summary>
internal static class DbCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var storage = new HubStorageOptions();
        var migrate = new Command("migrate", "Apply the pending database migrations and exit.");
        storage.AddTo(migrate);
        migrate.SetAction(async (parse, cancellationToken) =>
        {
            if (!storage.TryResolve(parse, out string? connection, out string? usage))
            {
                await stderr.WriteLineAsync(usage).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            List<string> args = storage.HostArguments(parse, connection);

            try
            {
                await using var app = HubServer.Build([.. args]);
                using IServiceScope scope = app.Services.CreateScope();
                HubDbContext context = scope.ServiceProvider.GetRequiredService<HubDbContext>();
                DataFiles.Prepare(context, parse.GetValue(storage.DataDir)!);
                string[] pending = [.. await context.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)];
                await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
                await stdout.WriteLineAsync(pending.Length == 0
                    ? "db: up to date"
                    : $"db: applied {pending.Length} migration(s): {string.Join(", ", pending)}").ConfigureAwait(false);
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException or InvalidOperationException)
            {
                await stderr.WriteLineAsync($"error: cannot migrate the database: {ConnectionStrings.Redact(e.Message, connection)}")
                    .ConfigureAwait(false);
                return ExitCodes.Failure;
            }
        });
        return new Command("db", "Hub database tools.") { migrate };
    }
}
