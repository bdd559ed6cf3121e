using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Concord.Astro.Time;
using Npgsql;

/// <summary>A load test against a real <c>concord serve --demo</c> child process (Kestrel on loopback, SQLite file in a
/// temporary data directory, or a fresh PostgreSQL database): <c>--clients</c> concurrent clients for <c>--minutes</c>
/// (submitters posting 100 OMMs at a time, readers of the catalog and the conjunctions), <c>--streams</c> open SSE streams
/// and one webhook per demo agency received by a local listener. Run:
/// <c>dotnet run -c Release --project bench/Concord.Bench -- load [--minutes 10] [--clients 50] [--streams 20]
/// [--postgres ADMIN-CONNECTION]</c>.</summary>
/// <remarks>
/// <para>What it checks, and prints as a report (docs/benchmarks.md): throughput and p50/p99 latency per route; every
/// answer 2xx except the intended 429s of the rate limits (which the clients honour through <c>Retry-After</c>); every
/// stream and every webhook got every notification released to it, once and in order (after the run each stream's key
/// replays its notifications from the start, <c>Last-Event-ID: 0</c>, and the live stream must equal that replay; each
/// webhook must equal its agency administrator's replay after the webhook's creation); the server's resident memory
/// (VmRSS) after warm-up and at the end.</para>
/// <para>Clients are spread over the demo agencies' keys (analysts submit, analysts, officers and agency administrators
/// read), so the per-key rate limits are shared the way one agency's integration would share them.</para>
/// </remarks>
internal static class LoadTest
{
    public const string Command = "load";

    private const int OmmsPerSubmission = 100;
    private static readonly string[] ReaderRoles = ["analyst", "officer", "agency-admin"];
    private static readonly TimeSpan WarmUp = TimeSpan.FromMinutes(2);

    public static async Task<int> RunAsync(string[] args)
    {
        double minutes = Option(args, "--minutes", 10.0);
        int clients = (int)Option(args, "--clients", 50.0);
        int streams = (int)Option(args, "--streams", 20.0);
        string? postgresAdmin = args.SkipWhile(a => a != "--postgres").Skip(1).FirstOrDefault();
        string dataDir = Directory.CreateTempSubdirectory("concord-load-").FullName;
        string? database = null;
        string? connection = null;
        if (postgresAdmin is not null)
        {
            database = "concord_load_" + Guid.NewGuid().ToString("N")[..12];
            await ExecuteAsync(postgresAdmin, $"CREATE DATABASE {database}");
            connection = new NpgsqlConnectionStringBuilder(postgresAdmin) { Database = database }.ConnectionString;
        }

        using var server = new ServerUnderLoad(dataDir, connection);
        try
        {
            Console.WriteLine($"load: concord serve --demo on {(connection is null ? "SQLite" : "PostgreSQL")}, {Environment.ProcessorCount} cores, "
                + $"{clients} clients, {streams} streams, 4 webhooks, {minutes} min");
            await server.StartAsync();
            return await RunAgainstAsync(server, TimeSpan.FromMinutes(minutes), clients, streams);
        }
        finally
        {
            await server.StopAsync();
            Directory.Delete(dataDir, recursive: true);
            if (database is not null)
            {
                NpgsqlConnection.ClearAllPools();
                await ExecuteAsync(postgresAdmin!, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            }
        }
    }

    private static async Task<int> RunAgainstAsync(ServerUnderLoad server, TimeSpan duration, int clientCount, int streamCount)
    {
        string[] agencies = [.. Directory.GetFiles(Path.Combine(server.DataDir, "demo-keys"), "*-analyst.key")
            .Select(f => Path.GetFileName(f)[..^"-analyst.key".Length]).Order(StringComparer.Ordinal)];
        var stats = new LoadStatistics();

        // One webhook per agency, received here.
        using var receiver = new WebhookReceiver();
        var webhooks = new List<(string Agency, string Id, long Cursor)>();
        foreach (string agency in agencies)
        {
            using HttpClient admin = server.Client(server.Key(agency, "agency-admin"));
            using HttpResponseMessage created = await admin.PostAsJsonAsync("/api/v1/webhooks",
                new { url = $"{receiver.Address}{agency}", description = "load test" });
            string body = await created.Content.ReadAsStringAsync();
            if (!created.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Webhook registration for {agency}: {(int)created.StatusCode} {body}");
            }

            string id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
            using JsonDocument list = JsonDocument.Parse(await admin.GetStringAsync("/api/v1/webhooks"));
            long cursor = FindArray(list.RootElement).EnumerateArray().Single(w => w.GetProperty("id").GetString() == id)
                .GetProperty("lastDeliveredSequence").GetInt64();
            webhooks.Add((agency, id, cursor));
        }

        // Streams from the start (Last-Event-ID: 0), spread over readers' keys (at most 5 per key, the default limit).
        using var stop = new CancellationTokenSource();
        var liveStreams = new List<(string Key, StreamRecorder Recorder, Task Reading)>();
        for (int i = 0; i < streamCount; i++)
        {
            string key = server.Key(agencies[i % agencies.Length], ReaderRoles[i / agencies.Length % ReaderRoles.Length]);
            var recorder = new StreamRecorder();
            liveStreams.Add((key, recorder, recorder.ReadAsync(server, key, 0, stop.Token)));
        }

        var random = new Random(2026);
        var load = new List<Task>();
        using var loadStop = new CancellationTokenSource(duration);
        int submitters = Math.Max(1, clientCount / 5);
        for (int i = 0; i < clientCount; i++)
        {
            string agency = agencies[i % agencies.Length];
            load.Add(i < submitters
                ? SubmitLoopAsync(server, server.Key(agency, "analyst"), 800_000 + (i * 1_000), stats, loadStop.Token)
                : ReadLoopAsync(server, server.Key(agency, ReaderRoles[i % ReaderRoles.Length]), new Random(random.Next()), stats, loadStop.Token));
        }

        var memory = new List<(TimeSpan At, long Kib)>();
        var clock = Stopwatch.StartNew();
        while (!loadStop.IsCancellationRequested)
        {
            memory.Add((clock.Elapsed, server.ResidentKib()));
            Console.WriteLine($"{clock.Elapsed:mm\\:ss} requests {stats.Count}, 429s {stats.RateLimited}, errors {stats.Errors}, "
                + $"RSS {memory[^1].Kib / 1024} MiB, stream events {liveStreams.Sum(s => s.Recorder.Count)}, webhook deliveries {receiver.Count}");
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(15), loadStop.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }

        await Task.WhenAll(load);
        TimeSpan loaded = clock.Elapsed;
        memory.Add((clock.Elapsed, server.ResidentKib()));

        // Let screening and delivery finish: wait until streams and webhooks have been quiet for 20 s.
        long seen = -1;
        var quiet = Stopwatch.StartNew();
        while (quiet.Elapsed < TimeSpan.FromSeconds(20) && clock.Elapsed < loaded + TimeSpan.FromMinutes(5))
        {
            long now = liveStreams.Sum(s => (long)s.Recorder.Count) + receiver.Count;
            if (now != seen)
            {
                seen = now;
                quiet.Restart();
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        // Notifications written after this (escalations keep coming after the load) cannot be in the live streams: the
        // comparison leaves out those at the end of a replay written after stoppedAt less the streams' poll interval.
        DateTimeOffset stoppedAt = DateTimeOffset.UtcNow;
        await stop.CancelAsync();
        await Task.WhenAll(liveStreams.Select(s => s.Reading));

        // Replays: what each key may receive, from the start.
        var replays = new Dictionary<string, StreamRecorder>();
        foreach (string key in liveStreams.Select(s => s.Key).Concat(webhooks.Select(w => server.Key(w.Agency, "agency-admin"))).Distinct())
        {
            var replay = new StreamRecorder();
            using var replayStop = new CancellationTokenSource();
            Task reading = replay.ReadAsync(server, key, 0, replayStop.Token);
            int last = -1;
            while (replay.Count != last)
            {
                last = replay.Count;
                await Task.Delay(TimeSpan.FromSeconds(3));
            }

            await replayStop.CancelAsync();
            await reading;
            replays[key] = replay;
        }

        int failures = 0, leftOut = 0;
        foreach ((string key, StreamRecorder recorder, _) in liveStreams)
        {
            List<long> expected = UpTo(replays[key], stoppedAt, recorder.Sequences);
            leftOut += replays[key].Count - expected.Count;
            string? problem = Compare(recorder.Sequences, expected);
            if (problem is not null)
            {
                failures++;
                Console.WriteLine($"stream {key[..8]}…: {problem}");
                // What the missing ones were (from the replay), and what the live stream got around them.
                List<long> live = recorder.Sequences;
                foreach (long missing in replays[key].Sequences.Except(live).Take(5))
                {
                    long before = live.LastOrDefault(q => q < missing), after = live.FirstOrDefault(q => q > missing);
                    Console.WriteLine($"  missing {missing}: {replays[key].Detail(missing)}");
                    Console.WriteLine($"    live before {before}: {recorder.Detail(before)}; after {after}: {recorder.Detail(after)}");
                }
            }
        }

        foreach ((string agency, _, long cursor) in webhooks)
        {
            List<long> expected = [.. replays[server.Key(agency, "agency-admin")].Sequences.Where(s => s > cursor)];
            string? problem = Compare(receiver.Sequences(agency), expected);
            if (problem is not null)
            {
                failures++;
                Console.WriteLine($"webhook {agency}: {problem}");
            }
        }

        Console.WriteLine($"left out of the live streams' expectations: {leftOut} notifications written after they closed (all streams together)");
        Report(stats, loaded, memory, liveStreams.Select(s => s.Recorder.Count).ToList(), webhooks.Select(w => receiver.Sequences(w.Agency).Count).ToList(), failures);
        return failures == 0 && stats.Errors == 0 ? 0 : 1;
    }

    /// <summary>The replay without its tail of notifications written after the live streams closed (after
    /// <paramref name="stoppedAt"/> less 2 s: the stream polls every second) and beyond the last one received live.</summary>
    private static List<long> UpTo(StreamRecorder replay, DateTimeOffset stoppedAt, List<long> live)
    {
        List<long> expected = replay.Sequences;
        long lastLive = live.Count == 0 ? 0 : live[^1];
        while (expected.Count > 0 && expected[^1] > lastLive && replay.CreatedAt(expected[^1]) is { } at && at > stoppedAt - TimeSpan.FromSeconds(2))
        {
            expected.RemoveAt(expected.Count - 1);
        }

        return expected;
    }

    private static double Median(List<long> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2.0;
    }

    private static string? Compare(List<long> received, List<long> expected)
    {
        for (int i = 1; i < received.Count; i++)
        {
            if (received[i] <= received[i - 1])
            {
                return $"out of order or repeated: {received[i - 1]} then {received[i]}";
            }
        }

        if (received.Count != expected.Count || !received.SequenceEqual(expected))
        {
            var missing = expected.Except(received).Take(5).ToList();
            var extra = received.Except(expected).Take(5).ToList();
            return $"received {received.Count}, expected {expected.Count}; missing {string.Join(',', missing)}; unexpected {string.Join(',', extra)}";
        }

        return null;
    }

    private static void Report(LoadStatistics stats, TimeSpan loaded, List<(TimeSpan At, long Kib)> memory, List<int> streamCounts,
        List<int> webhookCounts, int failures)
    {
        Console.WriteLine();
        Console.WriteLine($"| route | requests | per second | p50 ms | p99 ms | 429 | errors |");
        Console.WriteLine($"|---|---:|---:|---:|---:|---:|---:|");
        foreach ((string route, RouteStatistics r) in stats.Routes.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {route} | {r.Count} | {r.Count / loaded.TotalSeconds:F1} | {r.Percentile(0.50):F0} | {r.Percentile(0.99):F0} | {r.RateLimited} | {r.Errors} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| all | {stats.Count} | {stats.Count / loaded.TotalSeconds:F1} | | | {stats.RateLimited} | {stats.Errors} |"));
        (TimeSpan _, long warm) = memory.FirstOrDefault(m => m.At >= WarmUp, memory[^1]);
        long end = memory[^1].Kib, peak = memory.Max(m => m.Kib);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RSS after {WarmUp.TotalMinutes:F0} min warm-up {warm / 1024} MiB, at the end {end / 1024} MiB ({(end - warm) * 100.0 / warm:+0.0;-0.0} %), peak {peak / 1024} MiB"));
        // One sample falls anywhere in the GC's sawtooth: compare the medians of the first and the last two minutes after
        // the warm-up, and fit a line through every sample after it (least squares), to tell growth from the swing.
        List<(TimeSpan At, long Kib)> after = [.. memory.Where(m => m.At >= WarmUp)];
        if (after.Count >= 4)
        {
            TimeSpan window = TimeSpan.FromMinutes(2);
            double first = Median([.. after.Where(m => m.At < after[0].At + window).Select(m => m.Kib)]);
            double last = Median([.. after.Where(m => m.At > after[^1].At - window).Select(m => m.Kib)]);
            double meanT = after.Average(m => m.At.TotalMinutes), meanK = after.Average(m => (double)m.Kib);
            double slope = after.Sum(m => (m.At.TotalMinutes - meanT) * (m.Kib - meanK)) / after.Sum(m => Math.Pow(m.At.TotalMinutes - meanT, 2));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"RSS median of the first 2 min after warm-up {first / 1024:F0} MiB, of the last 2 min {last / 1024:F0} MiB ({(last - first) * 100.0 / first:+0.0;-0.0} %); trend {slope / 1024:+0.0;-0.0} MiB/min over {after.Count} samples"));
        }
        Console.WriteLine($"streams: {streamCounts.Count}, events received {string.Join('/', streamCounts)}; webhooks: deliveries {string.Join('/', webhookCounts)}");
        Console.WriteLine(failures == 0 ? "every stream and webhook received every released notification once, in order" : $"{failures} streams/webhooks differ from the replay");
        foreach ((string code, int count) in stats.ErrorSamples.Take(10))
        {
            Console.WriteLine($"error sample ({count}x): {code}");
        }
    }

    private static async Task SubmitLoopAsync(ServerUnderLoad server, string key, int firstNumber, LoadStatistics stats, CancellationToken cancellationToken)
    {
        using HttpClient client = server.Client(key);
        int round = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            Epoch epoch = Epoch.FromUtc(DateTimeOffset.UtcNow.AddHours(-6));
            string csv = SubmissionEndToEnd.Generate(OmmsPerSubmission, seed: firstNumber + round, firstNumber, epoch);
            using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            await stats.TimeAsync("POST /api/v1/submissions (100 OMMs)", () => client.PostAsync("/api/v1/submissions", content, cancellationToken), cancellationToken);
            round++;
            await Pause(TimeSpan.FromSeconds(5), cancellationToken);
        }
    }

    private static async Task ReadLoopAsync(ServerUnderLoad server, string key, Random random, LoadStatistics stats, CancellationToken cancellationToken)
    {
        using HttpClient client = server.Client(key);
        string[] conjunctionIds = [];
        while (!cancellationToken.IsCancellationRequested)
        {
            int pick = random.Next(100);
            if (pick < 25)
            {
                await stats.TimeAsync("GET /api/v1/catalog/gp (one object)", () => client.GetAsync(
                    $"/api/v1/catalog/gp?ids={random.Next(1, 1600).ToString(CultureInfo.InvariantCulture)}", cancellationToken), cancellationToken);
            }
            else if (pick < 35)
            {
                await stats.TimeAsync("GET /api/v1/catalog/gp?format=omm-csv (a page)", () => client.GetAsync("/api/v1/catalog/gp?format=omm-csv", cancellationToken), cancellationToken);
            }
            else if (pick < 60)
            {
                string? body = await stats.TimeAsync("GET /api/v1/conjunctions", () => client.GetAsync("/api/v1/conjunctions", cancellationToken), cancellationToken);
                if (body is not null)
                {
                    using JsonDocument list = JsonDocument.Parse(body);
                    conjunctionIds = [.. FindArray(list.RootElement).EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
                }
            }
            else if (pick < 80 && conjunctionIds.Length > 0)
            {
                string id = conjunctionIds[random.Next(conjunctionIds.Length)];
                await stats.TimeAsync("GET /api/v1/conjunctions/{id}", () => client.GetAsync($"/api/v1/conjunctions/{id}", cancellationToken), cancellationToken);
            }
            else
            {
                await stats.TimeAsync("GET /api/v1/objects", () => client.GetAsync("/api/v1/objects", cancellationToken), cancellationToken);
            }

            await Pause(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }

    private static async Task Pause(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    // Collection routes answer a JSON array (or, paged, an object holding one).
    private static JsonElement FindArray(JsonElement root) =>
        root.ValueKind == JsonValueKind.Array ? root : root.EnumerateObject().First(p => p.Value.ValueKind == JsonValueKind.Array).Value;

    private static double Option(string[] args, string name, double fallback)
    {
        string? value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return value is null ? fallback : double.Parse(value, CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(string connection, string sql)
    {
        await using var c = new NpgsqlConnection(connection);
        await c.OpenAsync();
        await using var command = new NpgsqlCommand(sql, c);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Latencies and outcomes per route.</summary>
    private sealed class LoadStatistics
    {
        private long _count, _rateLimited, _errors;

        public ConcurrentDictionary<string, RouteStatistics> Routes { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, int> ErrorSamples { get; } = new(StringComparer.Ordinal);

        public long Count => Interlocked.Read(ref _count);

        public long RateLimited => Interlocked.Read(ref _rateLimited);

        public long Errors => Interlocked.Read(ref _errors);

        /// <summary>Sends, times and classifies one request; honours <c>Retry-After</c> on 429. Returns the body of a 2xx.</summary>
        public async Task<string?> TimeAsync(string route, Func<Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
        {
            RouteStatistics r = Routes.GetOrAdd(route, _ => new RouteStatistics());
            long started = Stopwatch.GetTimestamp();
            HttpResponseMessage response;
            try
            {
                response = await send();
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return null; // the run ended during this request: not counted
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException)
            {
                Interlocked.Increment(ref _count);
                Interlocked.Increment(ref _errors);
                r.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds, HttpStatusCode.ServiceUnavailable);
                ErrorSamples.AddOrUpdate($"{route}: {ex.GetType().Name} {ex.Message}", 1, (_, n) => n + 1);
                return null;
            }

            using (response)
            {
                string body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                double ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                Interlocked.Increment(ref _count);
                r.Add(ms, response.StatusCode);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    Interlocked.Increment(ref _rateLimited);
                    TimeSpan wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
                    await Pause(wait, cancellationToken);
                    return null;
                }

                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref _errors);
                    ErrorSamples.AddOrUpdate($"{route}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}", 1, (_, n) => n + 1);
                    return null;
                }

                return body;
            }
        }
    }

    private sealed class RouteStatistics
    {
        private readonly List<double> _latencies = [];

        public int Count { get; private set; }

        public int RateLimited { get; private set; }

        public int Errors { get; private set; }

        public void Add(double milliseconds, HttpStatusCode status)
        {
            lock (_latencies)
            {
                Count++;
                if (status == HttpStatusCode.TooManyRequests)
                {
                    RateLimited++;
                }
                else if ((int)status >= 300)
                {
                    Errors++;
                }
                else
                {
                    _latencies.Add(milliseconds);
                }
            }
        }

        // Percentiles of the served (2xx) requests.
        public double Percentile(double p)
        {
            lock (_latencies)
            {
                if (_latencies.Count == 0)
                {
                    return double.NaN;
                }

                double[] sorted = [.. _latencies.Order()];
                return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
            }
        }
    }

    /// <summary>Reads one SSE stream and records the sequence of every event (the <c>id:</c> lines).</summary>
    private sealed class StreamRecorder
    {
        private readonly List<long> _sequences = [];
        private readonly ConcurrentDictionary<long, string> _details = new();
        private readonly ConcurrentDictionary<long, DateTimeOffset> _created = new();

        /// <summary>When the hub wrote a received notification (its <c>createdAt</c>).</summary>
        public DateTimeOffset? CreatedAt(long sequence) => _created.TryGetValue(sequence, out DateTimeOffset at) ? at : null;

        /// <summary>What the stream said about a sequence (kind, event, times), for the report of a difference.</summary>
        public string Detail(long sequence) => _details.TryGetValue(sequence, out string? detail) ? detail : "(not received)";

        public int Count
        {
            get
            {
                lock (_sequences)
                {
                    return _sequences.Count;
                }
            }
        }

        public List<long> Sequences
        {
            get
            {
                lock (_sequences)
                {
                    return [.. _sequences];
                }
            }
        }

        public async Task ReadAsync(ServerUnderLoad server, string key, long after, CancellationToken cancellationToken)
        {
            using HttpClient client = server.Client(key, Timeout.InfiniteTimeSpan);
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/stream");
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            request.Headers.Add("Last-Event-ID", after.ToString(CultureInfo.InvariantCulture));
            try
            {
                using HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"GET /api/v1/stream answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
                }

                using var lines = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken), Encoding.UTF8);
                long sequence = 0;
                string kind = "";
                while (await lines.ReadLineAsync(cancellationToken) is { } line)
                {
                    if (line.StartsWith("id:", StringComparison.Ordinal))
                    {
                        sequence = long.Parse(line.AsSpan(3).Trim(), NumberStyles.None, CultureInfo.InvariantCulture);
                        lock (_sequences)
                        {
                            _sequences.Add(sequence);
                        }
                    }
                    else if (line.StartsWith("event:", StringComparison.Ordinal))
                    {
                        kind = line[6..].Trim();
                    }
                    else if (line.StartsWith("data:", StringComparison.Ordinal))
                    {
                        using var data = System.Text.Json.JsonDocument.Parse(line[5..]);
                        string eventId = data.RootElement.TryGetProperty("eventId", out var e) ? e.GetString() ?? "" : "";
                        string at = data.RootElement.TryGetProperty("createdAt", out var c) ? c.ToString() : "";
                        _details[sequence] = $"{kind} event {eventId} created {at}, received {DateTimeOffset.UtcNow:HH:mm:ss.fff}";
                        if (data.RootElement.TryGetProperty("createdAt", out var created) && created.TryGetDateTimeOffset(out DateTimeOffset createdAt))
                        {
                            _created[sequence] = createdAt;
                        }
                    }
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
            }
        }
    }

    /// <summary>A webhook receiver on loopback (one path per agency): records each delivery's sequence and answers 200.</summary>
    private sealed class WebhookReceiver : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly ConcurrentDictionary<string, List<long>> _received = new(StringComparer.Ordinal);
        private readonly Task _loop;
        private int _count;

        public WebhookReceiver()
        {
            int port = FreePort();
            Address = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/";
            _listener.Prefixes.Add(Address);
            _listener.Start();
            _loop = Task.Run(LoopAsync);
        }

        public string Address { get; }

        public int Count => Volatile.Read(ref _count);

        public List<long> Sequences(string agency)
        {
            List<long> list = _received.GetOrAdd(agency, _ => []);
            lock (list)
            {
                return [.. list];
            }
        }

        public void Dispose()
        {
            _listener.Close();
            try
            {
                _loop.Wait(TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
            }
        }

        private async Task LoopAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
                {
                    using JsonDocument body = JsonDocument.Parse(await reader.ReadToEndAsync());
                    string agency = context.Request.Url!.AbsolutePath.Trim('/');
                    List<long> list = _received.GetOrAdd(agency, _ => []);
                    lock (list)
                    {
                        list.Add(body.RootElement.GetProperty("sequence").GetInt64());
                    }
                }

                Interlocked.Increment(ref _count);
                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        }
    }

    /// <summary>The <c>concord serve --demo</c> child process (concord.dll is built beside this benchmark).</summary>
    private sealed class ServerUnderLoad(string dataDir, string? connection) : IDisposable
    {
        private readonly StringBuilder _output = new();
        private Process? _process;

        public string DataDir => dataDir;

        public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

        public string Key(string agency, string role) => File.ReadAllText(Path.Combine(dataDir, "demo-keys", $"{agency}-{role}.key")).Trim();

        public HttpClient Client(string key, TimeSpan? timeout = null)
        {
            var client = new HttpClient { BaseAddress = BaseAddress, Timeout = timeout ?? TimeSpan.FromMinutes(2) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            return client;
        }

        public long ResidentKib()
        {
            foreach (string line in File.ReadLines($"/proc/{_process!.Id.ToString(CultureInfo.InvariantCulture)}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }

            return 0;
        }

        public async Task StartAsync()
        {
            int port = FreePort();
            BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string argument in new[] { Path.Combine(AppContext.BaseDirectory, "concord.dll"), "serve", "--demo", "--data-dir", dataDir,
                         "--urls", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}" })
            {
                start.ArgumentList.Add(argument);
            }

            if (connection is not null)
            {
                start.Environment["CONCORD_DB"] = connection; // not on the command line (ps)
            }

            // The receiver listens on plain http on loopback: allowed here, as an operator would for an internal receiver.
            start.Environment["Concord__Webhooks__AllowHttp"] = "true";
            start.Environment["Concord__Webhooks__AllowedNetworks"] = "127.0.0.0/8";
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            _process = new Process { StartInfo = start };
            _process.OutputDataReceived += (_, e) => Append(e.Data);
            _process.ErrorDataReceived += (_, e) => Append(e.Data);
            _process.Start();
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < TimeSpan.FromMinutes(5))
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"concord serve exited ({_process.ExitCode}):\n{_output}");
                }

                try
                {
                    using HttpResponseMessage health = await client.GetAsync(new Uri("health", UriKind.Relative));
                    if (health.IsSuccessStatusCode && File.Exists(Path.Combine(dataDir, "demo-keys", "README.txt")))
                    {
                        Console.WriteLine($"start-up with demo seeding: {watch.Elapsed.TotalSeconds:F1} s");
                        return;
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                }

                await Task.Delay(250);
            }

            throw new TimeoutException($"concord serve did not become healthy:\n{_output}");
        }

        public async Task StopAsync()
        {
            if (_process is { HasExited: false })
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        public void Dispose() => _process?.Dispose();

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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
