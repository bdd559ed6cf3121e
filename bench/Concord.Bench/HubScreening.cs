using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Concord.Astro.Time;
using Concord.Hub.Conjunctions;
using Concord.Hub.Storage;
using Concord.Server.Conjunctions;
using Concord.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>The hub's screening of submissions end to end (issue 16 speed goals), on the real server (Kestrel on
/// loopback, SQLite file in a temporary directory, default screening settings: 72 h, 5 km, Pc):
/// <list type="bullet">
/// <item><c>hub-catalog [CSV]</c>: a whole catalogue (CelesTrak's 14,683 active objects as OMM CSV by default) posted to
/// <c>POST /api/v1/submissions</c>: time to the 201, then time until the screening that the submission queued has stored
/// its events, the events stored and the process's peak working set. <c>--events FILE</c> writes the open events (pair,
/// TCA, miss, Pc, risk) as CSV for comparing two builds.</item>
/// <item><c>hub-one [COUNT] [RUNS]</c>: a generated catalogue of COUNT objects (30,000 by default) stored by a submission
/// whose screening is not run (the hub is started with screening off, the request is then marked done), then the hub
/// restarted with screening on and RUNS single objects submitted one after the other: each timed from the POST to its
/// screening's events stored.</item>
/// </list>
/// Run: <c>dotnet run -c Release --project bench/Concord.Bench -- hub-catalog</c> (or <c>hub-one</c>).</summary>
/// <remarks>The hub screens from its own clock (now), so the element sets are propagated from their epochs to today.
/// The schedule (all-on-all every hour) is turned off so that only the submissions' runs are timed.</remarks>
internal static class HubScreening
{
    public const string CatalogCommand = "hub-catalog";
    public const string OneCommand = "hub-one";

    private const string DefaultCatalog = "/work/shared/reference/catalog/celestrak_gp_2026-03-10/celestrak_active_gp.csv";
    private const int FirstGeneratedNumber = 100_000;
    private const int FirstSingleNumber = 900_000;

    public static async Task<int> RunCatalogAsync(string[] args)
    {
        string path = DefaultCatalog;
        string? eventsFile = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--events")
            {
                eventsFile = args[++i];
            }
            else
            {
                path = args[i];
            }
        }

        byte[] csv = await File.ReadAllBytesAsync(path);
        string dataDir = Directory.CreateTempSubdirectory("concord-bench-").FullName;
        try
        {
            WebApplication app = Start(dataDir, screening: true);
            await app.StartAsync();
            ConjunctionScreeningQueue queue = app.Services.GetRequiredService<ConjunctionScreeningQueue>();
            await queue.WhenDrainedAsync();
            using HttpClient client = await ClientAsync(app, dataDir);
            Console.WriteLine($"{CatalogCommand}: {path} ({csv.Length / 1024.0 / 1024.0:F1} MiB) to {client.BaseAddress} on SQLite ({dataDir}), "
                + $"{Environment.ProcessorCount} cores");

            using var content = new ByteArrayContent(csv);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            var watch = Stopwatch.StartNew();
            using HttpResponseMessage response = await client.PostAsync("/api/v1/submissions", content);
            double accepted = watch.Elapsed.TotalSeconds;
            string body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.Created)
            {
                Console.Error.WriteLine($"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 2000)]}");
                return 1;
            }

            await queue.WhenDrainedAsync();
            double screened = watch.Elapsed.TotalSeconds;
            using JsonDocument receipt = JsonDocument.Parse(body);
            (int events, int updates, int notifications) = await CountsAsync(app);
            Console.WriteLine($"records {receipt.RootElement.GetProperty("records").GetInt32():N0}; submission accepted (201) in {accepted:F2} s; "
                + $"screening stored in {screened - accepted:F1} s more ({screened:F1} s from the POST)");
            Console.WriteLine($"events {events:N0}, updates {updates:N0}, notifications {notifications:N0}; "
                + $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MiB");
            if (eventsFile is not null)
            {
                await WriteEventsAsync(app, eventsFile);
            }

            await app.StopAsync();
            await app.DisposeAsync();
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDir, recursive: true);
        }
    }

    public static async Task<int> RunOneAsync(int count, int runs)
    {
        string dataDir = Directory.CreateTempSubdirectory("concord-bench-").FullName;
        try
        {
            Epoch today = Epoch.FromUtc(DateTimeOffset.UtcNow.AddHours(-12));
            // The catalogue: stored by a submission whose screening request is marked done without running (screening off).
            WebApplication store = Start(dataDir, screening: false);
            await store.StartAsync();
            using (HttpClient client = await ClientAsync(store, dataDir))
            {
                using var content = new StringContent(SubmissionEndToEnd.Generate(count, seed: 1, FirstGeneratedNumber, today), Encoding.UTF8, "text/csv");
                using HttpResponseMessage response = await client.PostAsync("/api/v1/submissions", content);
                response.EnsureSuccessStatusCode();
            }

            await using (AsyncServiceScope scope = store.Services.CreateAsyncScope())
            {
                ScreeningRequests requests = scope.ServiceProvider.GetRequiredService<ScreeningRequests>();
                await requests.CompleteAsync([.. (await requests.PendingAsync(CancellationToken.None)).Select(r => r.Id)], CancellationToken.None);
            }

            await store.StopAsync();
            await store.DisposeAsync();

            WebApplication app = Start(dataDir, screening: true);
            await app.StartAsync();
            ConjunctionScreeningQueue queue = app.Services.GetRequiredService<ConjunctionScreeningQueue>();
            await queue.WhenDrainedAsync();
            using HttpClient analyst = await ClientAsync(app, dataDir, newAgency: false);
            Console.WriteLine($"{OneCommand}: {count:N0} objects stored, {runs} single objects submitted (OMM CSV) to {analyst.BaseAddress} on SQLite, "
                + $"{Environment.ProcessorCount} cores");
            var accepted = new List<double>();
            var total = new List<double>();
            for (int run = 0; run < runs; run++)
            {
                string one = SubmissionEndToEnd.Generate(1, seed: 1000 + run, FirstSingleNumber + run, today);
                using var content = new StringContent(one, Encoding.UTF8, "text/csv");
                var watch = Stopwatch.StartNew();
                using HttpResponseMessage response = await analyst.PostAsync("/api/v1/submissions", content);
                double created = watch.Elapsed.TotalMilliseconds;
                response.EnsureSuccessStatusCode();
                await queue.WhenDrainedAsync();
                double done = watch.Elapsed.TotalMilliseconds;
                accepted.Add(created);
                total.Add(done);
                Console.WriteLine($"run {run + 1}: 201 in {created:F0} ms, events stored {done:F0} ms after the POST");
            }

            (int events, _, _) = await CountsAsync(app);
            Console.WriteLine($"median: 201 in {Median(accepted):F0} ms, screened and stored in {Median(total):F0} ms; {events} events; "
                + $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MiB");
            await app.StopAsync();
            await app.DisposeAsync();
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDir, recursive: true);
        }
    }

    private static WebApplication Start(string dataDir, bool screening) =>
        HubServer.Build([$"--Concord:DataDir={dataDir}", "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning",
            "--Concord:RateLimits:Enabled=false", "--Concord:Screening:ScheduleMinutes=0",
            // The worker's line per run: objects, catalog, created/updated/closed and its own duration.
            "--Logging:LogLevel:Concord.Server.Conjunctions.ConjunctionScreeningWorker=Information",
            $"--Concord:Screening:Enabled={(screening ? "true" : "false")}"]);

    // The admin key is written at the first start; the benchmark agency and its analyst key are made once.
    private static async Task<HttpClient> ClientAsync(WebApplication app, string dataDir, bool newAgency = true)
    {
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromMinutes(10) };
        string keyFile = Path.Combine(dataDir, "bench-analyst.key");
        if (newAgency)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", File.ReadAllText(Path.Combine(dataDir, "admin.key")).Trim());
            (await client.PostAsJsonAsync("/api/v1/agencies", new { code = "BENCH", name = "Benchmark agency", country = "FR" })).EnsureSuccessStatusCode();
            using HttpResponseMessage issued = await client.PostAsJsonAsync("/api/v1/agencies/BENCH/api-keys", new { role = "analyst" });
            using JsonDocument key = JsonDocument.Parse(await issued.EnsureSuccessStatusCode().Content.ReadAsStringAsync());
            await File.WriteAllTextAsync(keyFile, key.RootElement.GetProperty("key").GetString());
        }

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", File.ReadAllText(keyFile).Trim());
        return client;
    }

    private static async Task<(int Events, int Updates, int Notifications)> CountsAsync(WebApplication app)
    {
        await using AsyncServiceScope scope = app.Services.CreateAsyncScope();
        HubDbContext db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        return (await db.ConjunctionEvents.CountAsync(), await db.ConjunctionUpdates.CountAsync(), await db.Notifications.CountAsync());
    }

    private static async Task WriteEventsAsync(WebApplication app, string file)
    {
        await using AsyncServiceScope scope = app.Services.CreateAsyncScope();
        HubDbContext db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var rows = await db.ConjunctionEvents.AsNoTracking()
            .Select(e => new { e.PrimaryCatalogNumber, e.SecondaryCatalogNumber, e.Tca, e.MissDistanceMeters, e.Pc, e.RiskLevel, e.Status })
            .ToListAsync();
        var text = new StringBuilder("primary,secondary,tca,miss_m,pc,risk,status\n");
        foreach (var e in rows.OrderBy(r => r.PrimaryCatalogNumber).ThenBy(r => r.SecondaryCatalogNumber).ThenBy(r => r.Tca.ToString()))
        {
            text.Append(CultureInfo.InvariantCulture, $"{e.PrimaryCatalogNumber},{e.SecondaryCatalogNumber},{e.Tca},{e.MissDistanceMeters:F3},{e.Pc:G6},{e.RiskLevel},{e.Status}\n");
        }

        await File.WriteAllTextAsync(file, text.ToString());
        Console.WriteLine($"events written to {file}");
    }

    private static double Median(List<double> values)
    {
        double[] sorted = [.. values.Order()];
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2.0;
    }
}
