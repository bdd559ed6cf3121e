using System.CommandLine;

namespace Concord.Cli;

/// <summary>The root of the <c>concord</c> command line.</summary>
internal static class ConcordCommand
{
    /// <summary>Parses and runs one command line; returns the process exit code (see <see cref="ExitCodes"/>).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Concord: coordination hub for space safety. Astrodynamics, formats and screening tools.");
        root.Subcommands.Add(Propagate.PropagateCommand.Create(stdout, stderr));
        root.Subcommands.Add(Messages.ValidateCommand.Create(stdout, stderr));
        root.Subcommands.Add(Messages.ConvertCommand.Create(stdout, stderr));
        root.Subcommands.Add(Conjunctions.PcCommand.Create(stdout, stderr));
        root.Subcommands.Add(Conjunctions.ScreenCommand.Create(stdout, stderr));
        root.Subcommands.Add(Bench.BenchCommand.Create(stdout, stderr));
        root.Subcommands.Add(Serve.ServeCommand.Create(stdout, stderr));
        root.Subcommands.Add(Audit.AuditCommand.Create(stdout, stderr));
        root.Subcommands.Add(Database.DbCommand.Create(stdout, stderr));
        root.Subcommands.Add(Admin.AdminCommand.Create(stdout, stderr));
        // No response files: 'concord screen --primaries @FILE' reads FILE itself (one id a line, # comments).
        ParseResult parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync($"error: {error.Message}").ConfigureAwait(false);
            }

            await stderr.WriteLineAsync("Run 'concord --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr };
        return await parse.InvokeAsync(configuration).ConfigureAwait(false);
    }
}
