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
        var storage = new HubStorageOptions();
        var urls = new Option<string>("--urls")
        {
            Description = "Listening URL(s), separated by ';'.",
            DefaultValueFactory = _ => HubServerOptions.DefaultUrl,
        };
        var serve = new Command("serve", "Run the coordination hub (REST API, OpenAPI at /openapi/v1.json, UI at /scalar).")
        {
            storage.DataDir, storage.Database, urls,
        };
        serve.SetAction(async (parse, cancellationToken) =>
        {
            List<string> args = storage.HostArguments(parse);
            args.Add($"--urls={parse.GetValue(urls)}");

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
