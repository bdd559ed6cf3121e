using System.CommandLine;
using Concord.Server.Hosting;
using Microsoft.Extensions.Hosting;

namespace Concord.Cli.Serve;

/// <summary><c>concord serve [--data-dir DIR] [--db CONNECTION | --db-file PATH] [--urls URL] [--demo]</c> (or the connection
/// string in <c>CONCORD_DB</c>): runs the hub until stopped (Ctrl+C).
/// On first start it migrates the database and writes the hub administrator's key to <c>DIR/admin.key</c> (mode 0600);
/// with <c>--demo</c> an empty hub is seeded with the demo federation, its keys in <c>DIR/demo-keys</c>.</summary>
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
        var demo = new Option<bool>("--demo")
        {
            Description = "On first start, seed a fictional federation (agencies, people, keys in DIR/demo-keys, a generated catalog in DIR/demo-catalog).",
        };
        var serve = new Command("serve", "Run the coordination hub (REST API, OpenAPI at /openapi/v1.json, UI at /scalar).")
        {
            urls, demo,
        };
        storage.AddTo(serve);
        serve.SetAction(async (parse, cancellationToken) =>
        {
            if (!storage.TryResolve(parse, out string? connection, out string? usage))
            {
                await stderr.WriteLineAsync(usage).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            List<string> args = storage.HostArguments(parse, connection);
            args.Add($"--urls={parse.GetValue(urls)}");
            if (parse.GetValue(demo))
            {
                args.Add($"--{HubServerOptions.Section}:Demo=true");
            }

            try
            {
                await using var app = HubServer.Build([.. args]);
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
                if (parse.GetValue(demo))
                {
                    string keys = Path.GetFullPath(Path.Combine(parse.GetValue(storage.DataDir)!, HubServerOptions.DemoKeysDirectoryName));
                    await stdout.WriteLineAsync($"serve: demo keys are in {keys} (see README.txt there)").ConfigureAwait(false);
                }

                await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException)
            {
                await stderr.WriteLineAsync($"error: {ConnectionStrings.Redact(e.Message, connection)}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }
        });
        return serve;
    }
}
