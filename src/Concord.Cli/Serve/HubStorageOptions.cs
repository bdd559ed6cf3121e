using System.CommandLine;
using Concord.Server.Hosting;

namespace Concord.Cli.Serve;

/// <summary>The <c>--data-dir</c>, <c>--db</c> and <c>--db-file</c> options shared by the commands that open the hub's
/// database (<c>serve</c>, <c>db migrate</c>, <c>admin rotate-key</c>), and their translation into the server's
/// configuration arguments.</summary>
/// <remarks>The PostgreSQL connection string comes from <c>--db</c>, else from the file named by <c>--db-file</c>, else
/// from the <c>CONCORD_DB</c> environment variable; without any of them the hub uses SQLite in the data directory.
/// <c>--db</c> puts the password on the command line, where <c>ps</c> shows it to every user of the host: use
/// <c>--db-file</c> (a file only the hub's user can read) or <c>CONCORD_DB</c> in production. The connection string is
/// passed to the server in-process and never logged with its password.</remarks>
internal sealed class HubStorageOptions
{
    /// <summary>The environment variable holding the connection string.</summary>
    public const string EnvironmentVariable = "CONCORD_DB";

    private readonly Func<string, string?> _environment;

    /// <summary>Options reading the process environment.</summary>
    public HubStorageOptions()
        : this(Environment.GetEnvironmentVariable)
    {
    }

    /// <summary>Options reading <paramref name="environment"/> (tests pass their own).</summary>
    public HubStorageOptions(Func<string, string?> environment)
    {
        _environment = environment;
    }

    public Option<string> DataDir { get; } = new("--data-dir")
    {
        Description = "Folder for the SQLite database, admin.key and the key ring (created with mode 0700).",
        DefaultValueFactory = _ => "concord-data",
    };

    public Option<string?> Database { get; } = new("--db")
    {
        Description = "PostgreSQL connection string (Npgsql); visible to other users in ps: prefer --db-file or CONCORD_DB. Default: SQLite in the data dir.",
    };

    public Option<string?> DatabaseFile { get; } = new("--db-file")
    {
        Description = "A file holding the PostgreSQL connection string (keep it mode 0600).",
    };

    /// <summary>Adds the three options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(DataDir);
        command.Options.Add(Database);
        command.Options.Add(DatabaseFile);
    }

    /// <summary>The PostgreSQL connection string (see the remarks), or null for SQLite.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="connection">The connection string, or null for SQLite.</param>
    /// <param name="error">Why none could be read (a usage error, exit 2): both <c>--db</c> and <c>--db-file</c>, or an
    /// unreadable or empty file.</param>
    public bool TryResolve(ParseResult parse, out string? connection, out string? error)
    {
        string? inline = parse.GetValue(Database);
        string? file = parse.GetValue(DatabaseFile);
        connection = null;
        error = null;
        if (!string.IsNullOrEmpty(inline) && !string.IsNullOrEmpty(file))
        {
            error = "error: give --db or --db-file, not both";
            return false;
        }

        if (!string.IsNullOrEmpty(inline))
        {
            connection = inline;
            return true;
        }

        if (!string.IsNullOrEmpty(file))
        {
            if (!InputFile.TryRead(file, out string text, out string readError))
            {
                error = readError;
                return false;
            }

            connection = text.Trim();
            if (connection.Length == 0)
            {
                error = $"error: {file}: the file holds no connection string";
                return false;
            }

            return true;
        }

        connection = _environment(EnvironmentVariable) is { } fromEnvironment && !string.IsNullOrWhiteSpace(fromEnvironment)
            ? fromEnvironment.Trim()
            : null;
        return true;
    }

    /// <summary>Configuration arguments for <see cref="HubServer.Build"/> (in-process: they never reach <c>ps</c>).</summary>
    public List<string> HostArguments(ParseResult parse, string? connection)
    {
        var args = new List<string> { $"--{HubServerOptions.Section}:DataDir={parse.GetValue(DataDir)}" };
        if (!string.IsNullOrEmpty(connection))
        {
            args.Add($"--{HubServerOptions.Section}:Database={connection}");
        }

        return args;
    }
}
