using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Concord.Console.Tests;

/// <summary>The real hub with its web console: <c>dotnet concord.dll serve --demo --data-dir TEMP --urls
/// http://127.0.0.1:PORT</c>, started once for the browser tests and waited for (<c>GET /health</c>).</summary>
public sealed class ConsoleServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(300); // generous: CI runs the suites side by side on 2 cores
    private readonly StringBuilder _output = new();
    private Process? _process;

    /// <summary>Why the browser tests cannot run here (no Chromium, no built console), or null when they can.</summary>
    public string? Unavailable { get; private set; }

    /// <summary>The temporary data directory (database, admin.key, demo-keys/).</summary>
    public string DataDir { get; } = Directory.CreateTempSubdirectory("concord-console-").FullName;

    /// <summary>Where the hub listens.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Where screenshots go: TestResults/screenshots beside the test assembly.</summary>
    public string ScreenshotDir { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>Everything the hub printed so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>A demo key (<c>demo-keys/AGENCY-ROLE.key</c>).</summary>
    public string DemoKey(string agency, string role) =>
        File.ReadAllText(Path.Combine(DataDir, "demo-keys", $"{agency}-{role}.key")).Trim();

    /// <summary>The hub administrator's key.</summary>
    public string AdminKey => File.ReadAllText(Path.Combine(DataDir, "admin.key")).Trim();

    /// <summary>A client with a bearer key.</summary>
    public HttpClient Client(string key)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public async ValueTask InitializeAsync()
    {
        Unavailable = BrowserSupport.Unavailable();
        if (Unavailable is not null)
        {
            return;
        }

        Directory.CreateDirectory(ScreenshotDir);
        int port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { Path.Combine(AppContext.BaseDirectory, "concord.dll"), "serve", "--demo", "--data-dir", DataDir,
                     "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"concord serve --demo exited ({_process.ExitCode}):\n{Output}");
            }

            try
            {
                using HttpResponseMessage health = await client.GetAsync(new Uri("health", UriKind.Relative));
                if (health.StatusCode == HttpStatusCode.OK && File.Exists(Path.Combine(DataDir, "demo-keys", "README.txt")))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"concord serve --demo did not answer /health with its demo keys written within {StartTimeout}:\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(DataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
