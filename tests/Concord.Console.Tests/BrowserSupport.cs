namespace Concord.Console.Tests;

/// <summary>Whether the browser tests can run: Debian's Chromium at <see cref="ChromiumPath"/> and the built console
/// in <c>wwwroot/</c> beside the tests. Outside CI a missing piece skips them with the reason; under <c>CI=true</c> it
/// fails them (a console that exists in the repository, web/package.json, must have been built and tested).</summary>
internal static class BrowserSupport
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Chromium's launch arguments: headless, no sandbox (containers), nothing that reaches the network.</summary>
    public static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    public static bool UnderCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The reason the tests cannot run, or null.</summary>
    public static string? Unavailable()
    {
        if (!File.Exists(ChromiumPath))
        {
            return $"{ChromiumPath} is missing (apt-get install chromium; .ci/run does).";
        }

        if (!File.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot", "index.html")))
        {
            return "the web console was not built into wwwroot/ (web/ with Node.js 20+ and npm at build time).";
        }

        return null;
    }

    /// <summary>Skips the test (or fails it under CI, where it should have run) when the tests cannot run.</summary>
    public static void RequireAvailable(ConsoleServer server)
    {
        if (server.Unavailable is not { } reason)
        {
            return;
        }

        if (UnderCi && (!File.Exists(ChromiumPath) || RepositoryHasConsole()))
        {
            Assert.Fail($"CI=true but the browser tests cannot run: {reason}");
        }

        Assert.Skip($"Browser tests skipped: {reason}");
    }

    /// <summary>Whether the repository has the console's sources (web/package.json above the test output).</summary>
    private static bool RepositoryHasConsole()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Concord.slnx")))
            {
                return File.Exists(Path.Combine(dir.FullName, "web", "package.json"));
            }
        }

        return false;
    }
}
