using Concord.Cli;

namespace Concord.Cli.Tests;

/// <summary>Runs the <c>concord</c> command line in-process and captures its output.</summary>
internal static class CliRunner
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr)
    {
        public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

        public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
    }

    public static async Task<Outcome> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = await ConcordCommand.RunAsync(args, stdout, stderr);
        return new Outcome(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Writes a temporary file that is deleted when the returned handle is disposed.</summary>
    public static TempFile WriteTemp(string content, string extension = ".tle") => new(content, extension);

    public sealed class TempFile : IDisposable
    {
        public TempFile(string content, string extension)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"concord-test-{Guid.NewGuid():N}{extension}");
            File.WriteAllText(Path, content);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
