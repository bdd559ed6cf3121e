using System.CommandLine;
using Concord.Server.Hosting;
using Microsoft.Extensions.Hosting;

namespace Concord.Cli.Serve;

/// <summary><c>concord serve [--data-dir DIR] [--db CONNECTION] [--urls URL]</c>: runs the hub until stopped (Ctrl+C).
/// On first start it migrates the database and writes the hub administrator's key to <c>DIR/admin.key</c> (mode 0600).</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dataDir = new Option<string>("--data-dir")
        {
            Description = "Folder for the SQLite database and admin.key.",
            DefaultValueFactory = _ => "concord-data",
        };
        var db = new Option<string?>("--db") { Description = "PostgreSQL connection string (Npgsql); default: SQLite in the data dir." };
        var urls = new Option<string>("--urls")
        {
            Description = "Listening URL(s), separated by ';'.",
            DefaultValueFactory = _ => HubServerOptions.DefaultUrl,
        };
        var serve = new Command("serve", "Run the coordination hub (REST API, OpenAPI at /openapi/v1.json, UI at /scalar).")
        {
            dataDir, db, urls,
        };
        serve.SetAction(async (parse, cancellationToken) =>
        {
            var args = new List<string>
            {
                $"--{HubServerOptions.Section}:DataDir={parse.GetValue(dataDir)}",
                $"--urls={parse.GetValue(urls)}",
            };
            if (parse.GetValue(db) is { Length: > 0 } connection)
            {
                args.Add($"--{HubServerOptions.Section}:Database={connection}");
            }

            try
            {
                await using var app = HubServer.Build([.. args]);
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
                await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException)
            {
                await stderr.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }
        });
        _ = stdout;
        return serve;
    }
}
