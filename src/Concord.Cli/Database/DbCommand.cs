using System.CommandLine;
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
        var dataDir = new Option<string>("--data-dir")
        {
            Description = "Folder of the SQLite database.",
            DefaultValueFactory = _ => "concord-data",
        };
        var db = new Option<string?>("--db") { Description = "PostgreSQL connection string (Npgsql); default: SQLite in the data dir." };
        var migrate = new Command("migrate", "Apply the pending database migrations and exit.") { dataDir, db };
        migrate.SetAction(async (parse, cancellationToken) =>
        {
            string directory = parse.GetValue(dataDir)!;
            var args = new List<string> { $"--{HubServerOptions.Section}:DataDir={directory}" };
            if (parse.GetValue(db) is { Length: > 0 } connection)
            {
                args.Add($"--{HubServerOptions.Section}:Database={connection}");
            }
            else
            {
                Directory.CreateDirectory(directory);
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
