using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace Concord.Server.Tests.Durability;

/// <summary>The real hub as a child process: <c>dotnet concord.dll serve --data-dir DIR [--db …] --urls http://127.0.0.1:PORT</c>,
/// started, waited for (<c>GET /health</c>), killed (SIGKILL, whole tree) or stopped, and restarted on the same storage.</summary>
/// <remarks>Each start picks a free port. <see cref="Output"/> holds what the process printed, for failure messages.</remarks>
internal sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180); // generous: CI runs the suites side by side on 2 cores
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(string dataDir, string? database, IReadOnlyDictionary<string, string> environment, int port)
    {
        DataDir = dataDir;
        Database = database;
        Environment = environment;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { CliPath(), "serve", "--data-dir", dataDir, "--urls", BaseAddress.ToString().TrimEnd('/') })
        {
            start.ArgumentList.Add(argument);
        }

        if (database is not null)
        {
            start.ArgumentList.Add("--db");
            start.ArgumentList.Add(database);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // Background conjunction screening after submissions appends its own audit entries at times of its choosing;
        // these tests count the entries their writes produce, so it is off unless a test turns it on.
        start.Environment["Concord__Screening__Enabled"] = "false";
        foreach ((string key, string value) in environment)
        {
            start.Environment[key] = value;
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The data directory (SQLite database and <c>admin.key</c>).</summary>
    public string DataDir { get; }

    /// <summary>The PostgreSQL connection string passed as <c>--db</c>, or null for SQLite in <see cref="DataDir"/>.</summary>
    public string? Database { get; }

    /// <summary>Extra environment variables (for example <c>Concord__MaxRequestBytes</c>).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>Where this process listens.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Everything the process printed so far.</summary>
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

    /// <summary>The hub administrator's key written on first start.</summary>
    public string AdminKey => File.ReadAllText(Path.Combine(DataDir, "admin.key")).Trim();

    /// <summary>Starts the server and waits until <c>/health</c> answers 200.</summary>
    public static async Task<ServerProcess> StartAsync(string dataDir, string? database = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var server = new ServerProcess(dataDir, database, environment ?? new Dictionary<string, string>(), FreePort());
        try
        {
            await server.WaitUntilHealthyAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>A new process on the same data directory and database (after <see cref="KillAsync"/> or <see cref="DisposeAsync"/>).</summary>
    public Task<ServerProcess> RestartAsync() => StartAsync(DataDir, Database, Environment);

    /// <summary>A client for this process, authenticated with <paramref name="key"/> when given.</summary>
    public HttpClient Client(string? key = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    /// <summary>Kills the process and its children with SIGKILL (no shutdown code runs) and waits for it to be gone.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Kills the process if it still runs.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        finally
        {
            _process.Dispose();
        }
    }

    /// <summary>The CLI built beside this test assembly (the test project references <c>Concord.Cli</c>).</summary>
    private static string CliPath()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "concord.dll");
        if (!File.Exists(path) || !File.Exists(Path.ChangeExtension(path, ".runtimeconfig.json")))
        {
            throw new FileNotFoundException($"The concord CLI was not built beside the tests ({path} and its runtimeconfig.json).", path);
        }

        return path;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using HttpClient client = Client();
        client.Timeout = TimeSpan.FromSeconds(5);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with {_process.ExitCode} before it was healthy:\n{Output}");
            }

            try
            {
                using HttpResponseMessage health = await client.GetAsync("/health", TestContext.Current.CancellationToken);
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                // a slow first request
            }

            if (clock.Elapsed > StartTimeout)
            {
                throw new TimeoutException($"The server was not healthy after {StartTimeout}:\n{Output}");
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
