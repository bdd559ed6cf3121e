using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;
using Concord.Demo;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Omm;
using Concord.Hub.Catalog;
using Concord.Hub.Conjunctions;
using Concord.Hub.Notifications;
using Concord.Hub.SpaceObjects;
using Concord.Hub.Storage;
using Concord.Server.Conjunctions;
using Concord.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>End-to-end latency of a warning: the real server (Kestrel on loopback, SQLite file in a temporary directory)
/// seeded with the demo federation and catalog (<c>--Concord:Demo=true</c>, as <c>concord serve --demo</c>), then, per run,
/// one new object submitted (OMM KVN) by one demo agency on a designed collision course with an object of another agency
/// (TCA a few hours ahead, 50 m miss), timed (a) from the request sent to the 201 and (b) from the 201 to the
/// <c>conjunction.created</c> notification naming the new object on <c>GET /api/v1/stream</c> (SSE, read by the
/// submitting agency's analyst, who owns an endangered object). Run:
/// <c>dotnet run -c Release --project bench/Concord.Bench -- stream-latency [RUNS]</c>.</summary>
/// <remarks>
/// <para>Readiness: the server runs in this process, so the benchmark waits for the demo seeding (part of start-up)
/// and then for <see cref="ConjunctionScreeningQueue.WhenDrainedAsync"/> (the initial screening of the whole demo
/// catalog) instead of polling. It also times one all-on-all screening request (what the schedule stores).</para>
/// <para>Where the server has no <c>/api/v1/stream</c> route (404) the benchmark says so and measures (b) to the commit
/// of the notification in the outbox instead (read in process, woken by <see cref="NotificationSignal"/>): the stream
/// adds its delivery to that.</para>
/// </remarks>
internal static class StreamLatency
{
    public const string Command = "stream-latency";

    private const int FirstCatalogNumber = 700_000_001;
    private const string TargetAgencyIndexNote = "the first demo agency owns the target, the second submits";

    public static async Task<int> RunAsync(int runs)
    {
        string dataDir = Directory.CreateTempSubdirectory("concord-bench-").FullName;
        try
        {
            Console.WriteLine($"stream-latency: demo hub on SQLite ({dataDir}), {Environment.ProcessorCount} cores, {runs} runs ({TargetAgencyIndexNote})");
            var watch = Stopwatch.StartNew();
            WebApplication app = HubServer.Build([$"--Concord:DataDir={dataDir}", "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning",
                "--Concord:RateLimits:Enabled=false",
                "--Concord:Demo=true"]);
            await app.StartAsync();
            Console.WriteLine($"start-up with demo seeding: {watch.Elapsed.TotalSeconds:F1} s");
            ConjunctionScreeningQueue queue = app.Services.GetRequiredService<ConjunctionScreeningQueue>();
            watch.Restart();
            await queue.WhenDrainedAsync();
            Console.WriteLine($"initial screening of the demo catalog (submitted objects vs catalog): {watch.Elapsed.TotalSeconds:F1} s; "
                + $"{await CountAsync(app, db => db.ConjunctionEvents.CountAsync())} events");

            await using (AsyncServiceScope scope = app.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<ScreeningRequests>().AddAllAsync(ScreeningRequestReasons.Manual, CancellationToken.None);
            }

            watch.Restart();
            queue.Notify();
            await queue.WhenDrainedAsync();
            Console.WriteLine($"all-on-all screening request ({await CountAsync(app, db => db.ElementSets.Select(e => e.CatalogNumber).Distinct().CountAsync())} objects): "
                + $"{watch.Elapsed.TotalSeconds:F1} s");

            DemoAgency owner = DemoAgencies.All[0], submitter = DemoAgencies.All[1];
            string key = File.ReadAllText(Path.Combine(dataDir, HubServerOptions.DemoKeysDirectoryName, $"{submitter.Code}-analyst.key")).Trim();
            var baseAddress = new Uri(app.Urls.First());
            using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var streamClient = new HttpClient { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
            streamClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

            List<(int CatalogNumber, Sgp4Propagator Propagator)> targets = await TargetsAsync(app, owner.Code);
            using var stop = new CancellationTokenSource();
            var seen = new Dictionary<int, TaskCompletionSource<long>>();
            for (int run = 0; run < runs; run++)
            {
                seen[FirstCatalogNumber + run] = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/stream");
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            HttpResponseMessage stream = await streamClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            bool sse = stream.StatusCode == HttpStatusCode.OK;
            Task reader = sse
                ? ReadStreamAsync(stream, seen, stop.Token)
                : WatchOutboxAsync(app, seen, stop.Token);
            Console.WriteLine(sse
                ? $"notifications: GET /api/v1/stream (SSE) as {submitter.Code} analyst"
                : $"notifications: GET /api/v1/stream answered {(int)stream.StatusCode}; measuring to the outbox commit instead (in process)");

            var accepted = new List<double>();
            var notified = new List<double>();
            for (int run = 0; run < runs; run++)
            {
                int number = FirstCatalogNumber + run;
                (int targetNumber, Sgp4Propagator target) = targets[run % targets.Count];
                Sgp4Elements elements = Design(target, run);
                using (HttpResponseMessage registered = await client.PostAsJsonAsync("/api/v1/objects", new
                {
                    noradId = number.ToString(CultureInfo.InvariantCulture),
                    name = $"BENCH {run}",
                    owner = submitter.Code,
                    perigeeKilometers = 500.0,
                    apogeeKilometers = 520.0,
                    status = "operational",
                }))
                {
                    registered.EnsureSuccessStatusCode();
                }

                string kvn = OmmWriter.Write(OmmConverter.FromSgp4Elements(elements, number, $"BENCH {run}", "2026-999A"), CcsdsFormat.Kvn).Text!;
                using var content = new StringContent(kvn, Encoding.UTF8, "text/plain");
                long sent = Stopwatch.GetTimestamp();
                using HttpResponseMessage response = await client.PostAsync("/api/v1/submissions", content);
                long created = Stopwatch.GetTimestamp();
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    Console.Error.WriteLine($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                    return 1;
                }

                Task<long> arrival = seen[number].Task;
                if (await Task.WhenAny(arrival, Task.Delay(TimeSpan.FromSeconds(60))) != arrival)
                {
                    Console.Error.WriteLine($"run {run + 1}: no conjunction.created for {number} (vs {targetNumber}) within 60 s");
                    return 1;
                }

                accepted.Add(Stopwatch.GetElapsedTime(sent, created).TotalMilliseconds);
                notified.Add(Stopwatch.GetElapsedTime(created, await arrival).TotalMilliseconds);
                Console.WriteLine($"run {run + 1}: {number} vs {targetNumber}: 201 in {accepted[^1]:F0} ms, notification {notified[^1]:F0} ms after the 201");
            }

            await ProfileAsync(app, FirstCatalogNumber);
            Console.WriteLine($"(a) request -> 201:          {Summary(accepted)}");
            Console.WriteLine($"(b) 201 -> {(sse ? "SSE conjunction.created" : "outbox commit         ")}: {Summary(notified)}");
            Console.WriteLine($"(a)+(b):                     {Summary([.. accepted.Zip(notified, (x, y) => x + y)])}");
            await stop.CancelAsync();
            stream.Dispose();
            try
            {
                await reader;
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or HttpRequestException or ObjectDisposedException)
            {
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

    // Where one new object's screening spends its time: the steps of ConjunctionScreeningService.ScreenAsync, timed apart.
    private static async Task ProfileAsync(WebApplication app, int primary)
    {
        await using AsyncServiceScope scope = app.Services.CreateAsyncScope();
        HubDbContext db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        ConjunctionScreeningOptions options = app.Services.GetRequiredService<ConjunctionScreeningOptions>();
        for (int round = 0; round < 3; round++)
        {
            long t0 = Stopwatch.GetTimestamp();
            var keys = await db.ElementSets.AsNoTracking().Select(e => new { e.Id, e.CatalogNumber, e.Epoch, e.StoredAt }).ToListAsync();
            Guid[] newest = [.. keys.GroupBy(k => k.CatalogNumber).Select(g => g.OrderByDescending(k => k.Epoch).ThenByDescending(k => k.StoredAt).First().Id)];
            List<ElementSet> sets = await db.ElementSets.AsNoTracking().Where(e => newest.Contains(e.Id)).ToListAsync();
            long t1 = Stopwatch.GetTimestamp();
            var objects = new List<Concord.Astro.Conjunctions.Screening.ScreeningObject>();
            var primaries = new List<int>();
            foreach (ElementSet set in sets.OrderBy(s => s.CatalogNumber))
            {
                if (OmmConverter.ToSgp4Elements(ElementSetMapping.ToOmm(set, DateTimeOffset.UnixEpoch)).Value is { } elements
                    && Sgp4Propagator.Create(elements, Sgp4Options.Default) is { Success: true } init)
                {
                    if (set.CatalogNumber == primary)
                    {
                        primaries.Add(objects.Count);
                    }

                    objects.Add(Concord.Astro.Conjunctions.Screening.ScreeningObject.FromSgp4(set.CatalogNumber.ToString(CultureInfo.InvariantCulture), init.Propagator!));
                }
            }

            var engine = Concord.Astro.Conjunctions.Assessment.ConjunctionCatalog.Create(
                [.. sets.DistinctBy(s => s.CatalogNumber).Select(s => new Concord.Astro.Conjunctions.Assessment.ConjunctionCatalogObject
                {
                    Id = s.CatalogNumber.ToString(CultureInfo.InvariantCulture),
                    Elements = ElementSetMapping.ToSgp4Elements(s),
                })],
                new Concord.Astro.Frames.FrameTransformer(Concord.Astro.Frames.EarthOrientationParameters.Zero));
            long t2 = Stopwatch.GetTimestamp();
            Epoch start = Epoch.FromUtc(DateTimeOffset.UtcNow);
            var result = Concord.Astro.Conjunctions.Screening.ConjunctionScreener.Screen(objects, new Concord.Astro.Conjunctions.Screening.ScreeningOptions
            {
                Start = start,
                Stop = start + Duration.FromMinutes(options.WindowHours * 60.0),
                Volume = Concord.Astro.Conjunctions.Screening.ScreeningVolume.Sphere(options.ThresholdMeters),
                PrimaryIndices = primaries,
            });
            long t3 = Stopwatch.GetTimestamp();
            var candidates = Concord.Astro.Conjunctions.Assessment.ApogeePerigeeFilter.Candidates(engine,
                [primary.ToString(CultureInfo.InvariantCulture)], start, start + Duration.FromMinutes(options.WindowHours * 60.0), options.ThresholdMeters);
            long t4 = Stopwatch.GetTimestamp();
            int[] kept = [.. candidates.Entries.Select(c => int.Parse(c.Id, CultureInfo.InvariantCulture))];
            var filtered = objects.Where(o => kept.Contains(int.Parse(o.Id, CultureInfo.InvariantCulture))).ToList();
            var filteredResult = Concord.Astro.Conjunctions.Screening.ConjunctionScreener.Screen(filtered, new Concord.Astro.Conjunctions.Screening.ScreeningOptions
            {
                Start = start,
                Stop = start + Duration.FromMinutes(options.WindowHours * 60.0),
                Volume = Concord.Astro.Conjunctions.Screening.ScreeningVolume.Sphere(options.ThresholdMeters),
                PrimaryIndices = [filtered.FindIndex(o => o.Id == primary.ToString(CultureInfo.InvariantCulture))],
            });
            long t5 = Stopwatch.GetTimestamp();
            var steps = new StringBuilder();
            foreach (double seconds in new[] { 180.0, 300.0 })
            {
                long s0 = Stopwatch.GetTimestamp();
                var stepped = Concord.Astro.Conjunctions.Screening.ConjunctionScreener.Screen(filtered, new Concord.Astro.Conjunctions.Screening.ScreeningOptions
                {
                    Start = start,
                    Stop = start + Duration.FromMinutes(options.WindowHours * 60.0),
                    Volume = Concord.Astro.Conjunctions.Screening.ScreeningVolume.Sphere(options.ThresholdMeters),
                    PrimaryIndices = [filtered.FindIndex(o => o.Id == primary.ToString(CultureInfo.InvariantCulture))],
                    SampleStep = Duration.FromSeconds(seconds),
                });
                steps.Append(CultureInfo.InvariantCulture, $"; step {seconds} s: {Stopwatch.GetElapsedTime(s0).TotalMilliseconds:F0} ms ({stepped.Conjunctions.Length} found)");
            }

            Console.WriteLine($"profile {round + 1}: newest sets ({sets.Count} of {keys.Count}) {Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds:F0} ms, "
                + $"propagators {Stopwatch.GetElapsedTime(t1, t2).TotalMilliseconds:F0} ms, screening 1 primary over {options.WindowHours} h "
                + $"{Stopwatch.GetElapsedTime(t2, t3).TotalMilliseconds:F0} ms ({result.Conjunctions.Length} found); apogee/perigee pre-filter "
                + $"{Stopwatch.GetElapsedTime(t3, t4).TotalMilliseconds:F0} ms keeps {candidates.Entries.Length}, screening them "
                + $"{Stopwatch.GetElapsedTime(t4, t5).TotalMilliseconds:F0} ms ({filteredResult.Conjunctions.Length} found){steps}");
        }
    }

    private static string Summary(List<double> values)
    {
        double[] sorted = [.. values.Order()];
        double Percentile(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return $"median {Percentile(0.5):F0} ms, p95 {Percentile(0.95):F0} ms, max {sorted[^1]:F0} ms (n={sorted.Length})";
    }

    private static async Task<T> CountAsync<T>(WebApplication app, Func<HubDbContext, Task<T>> query)
    {
        await using AsyncServiceScope scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<HubDbContext>());
    }

    // LEO objects of the owner agency, with their newest stored sets.
    private static async Task<List<(int, Sgp4Propagator)>> TargetsAsync(WebApplication app, string ownerCode)
    {
        await using AsyncServiceScope scope = app.Services.CreateAsyncScope();
        HubDbContext db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        List<int> owned = await db.SpaceObjects.AsNoTracking().Where(o => o.Owner == ownerCode && o.NodalPeriodMinutes < 100.0)
            .Select(o => o.CatalogNumber).ToListAsync();
        List<ElementSet> sets = await db.ElementSets.AsNoTracking().Where(e => owned.Contains(e.CatalogNumber)).ToListAsync();
        var targets = new List<(int, Sgp4Propagator)>();
        foreach (ElementSet set in sets.OrderBy(s => s.CatalogNumber).Take(50))
        {
            if (OmmConverter.ToSgp4Elements(ElementSetMapping.ToOmm(set, DateTimeOffset.UnixEpoch)).Value is { } elements
                && Sgp4Propagator.Create(elements, Sgp4Options.Default) is { Success: true } init)
            {
                targets.Add((set.CatalogNumber, init.Propagator!));
            }
        }

        return targets.Count > 0 ? targets : throw new InvalidOperationException($"No LEO object of {ownerCode} in the demo catalog.");
    }

    // A secondary crossing the target 50 m away 3 h (+ a few minutes, until the geometry allows it) after now.
    private static Sgp4Elements Design(Sgp4Propagator target, int run)
    {
        Epoch now = Epoch.FromUtc(DateTimeOffset.UtcNow);
        Sgp4Elements template = target.Elements with
        {
            Epoch = now,
            InclinationRadians = target.Elements.InclinationRadians + (run % 2 == 0 ? 0.35 : -0.3),
        };
        for (int minute = 0; minute < 120; minute++)
        {
            Epoch tca = now + Duration.FromMinutes(180 + minute);
            if (ConjunctionDesigner.Design(target, template, tca, 50.0, 1.0, descending: minute % 2 == 1) is { } designed)
            {
                return designed;
            }
        }

        throw new InvalidOperationException("No encounter could be designed for this target.");
    }

    private static async Task ReadStreamAsync(HttpResponseMessage response, Dictionary<int, TaskCompletionSource<long>> seen, CancellationToken cancellationToken)
    {
        using var lines = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken), Encoding.UTF8);
        string? kind = null;
        var data = new StringBuilder();
        while (await lines.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (kind == NotificationKinds.ConjunctionCreated && data.Length > 0)
                {
                    long at = Stopwatch.GetTimestamp();
                    using JsonDocument body = JsonDocument.Parse(data.ToString());
                    if (body.RootElement.TryGetProperty("conjunction", out JsonElement conjunction))
                    {
                        foreach (string side in new[] { "primaryNoradId", "secondaryNoradId" })
                        {
                            if (conjunction.TryGetProperty(side, out JsonElement id) && id.ValueKind == JsonValueKind.String
                                && int.TryParse(id.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out int number)
                                && seen.TryGetValue(number, out TaskCompletionSource<long>? source))
                            {
                                source.TrySetResult(at);
                            }
                        }
                    }
                }

                kind = null;
                data.Clear();
            }
            else if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                kind = line["event:".Length..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Append(line["data:".Length..].TrimStart());
            }
        }
    }

    private static async Task WatchOutboxAsync(WebApplication app, Dictionary<int, TaskCompletionSource<long>> seen, CancellationToken cancellationToken)
    {
        NotificationSignal signal = app.Services.GetRequiredService<NotificationSignal>();
        long last;
        await using (AsyncServiceScope scope = app.Services.CreateAsyncScope())
        {
            last = await scope.ServiceProvider.GetRequiredService<HubDbContext>().Notifications.MaxAsync(n => (long?)n.Sequence, cancellationToken) ?? 0;
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            Task woken = signal.WaitAsync(TimeSpan.FromMilliseconds(200), cancellationToken);
            await using (AsyncServiceScope scope = app.Services.CreateAsyncScope())
            {
                HubDbContext db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
                long from = last;
                var created = await db.Notifications.AsNoTracking().Where(n => n.Sequence > from)
                    .Join(db.ConjunctionEvents, n => n.EventId, e => e.Id, (n, e) => new { n.Sequence, n.Kind, e.PrimaryCatalogNumber, e.SecondaryCatalogNumber })
                    .ToListAsync(cancellationToken);
                long at = Stopwatch.GetTimestamp();
                foreach (var n in created)
                {
                    last = Math.Max(last, n.Sequence);
                    if (n.Kind == NotificationKinds.ConjunctionCreated)
                    {
                        foreach (int number in new[] { n.PrimaryCatalogNumber, n.SecondaryCatalogNumber })
                        {
                            if (seen.TryGetValue(number, out TaskCompletionSource<long>? source))
                            {
                                source.TrySetResult(at);
                            }
                        }
                    }
                }
            }

            await woken;
        }
    }
}
