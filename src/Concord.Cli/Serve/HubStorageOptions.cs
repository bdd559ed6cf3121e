using System.CommandLine;
using Concord.Server.Hosting;

namespace Concord.Cli.Serve;

/// <summary>The <c>--data-dir</c> and <c>--db</c> options shared by the commands that open the hub's database
/// (<c>serve</c>, <c>db migrate</c>), and their translation into the server's configuration arguments.</summary>
internal sealed class HubStorageOptions
{
    public Option<string> DataDir { get; } = new("--data-dir")
    {
        Description = "Folder for the SQLite database and admin.key.",
        DefaultValueFactory = _ => "concord-data",
    };

    public Option<string?> Database { get; } = new("--db") { Description = "PostgreSQL connection string (Npgsql); default: SQLite in the data dir." };

    /// <summary>True when <c>--db</c> names a PostgreSQL database.</summary>
    public bool UsesPostgres(ParseResult parse) => parse.GetValue(Database) is { Length: > 0 };

    /// <summary>Configuration arguments for <see cref="HubServer.Build"/>.</summary>
    public List<string> HostArguments(ParseResult parse)
    {
        var args = new List<string> { $"--{HubServerOptions.Section}:DataDir={parse.GetValue(DataDir)}" };
        if (parse.GetValue(Database) is { Length: > 0 } connection)
        {
            args.Add($"--{HubServerOptions.Section}:Database={connection}");
        }

        return args;
    }
}
