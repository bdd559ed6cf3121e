using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Hub.Audit;
using Concord.Hub.Notifications;
using Concord.Server.Tests.Conjunctions;
using Concord.Server.Tests.Durability;
using Concord.Server.Tests.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Concord.Server.Tests.MultiServer;

/// <summary>Two real <c>concord serve</c> processes on one PostgreSQL database behave as one hub: concurrent writers on
/// both lose nothing, every stream reader on either server receives every notification released to it exactly once and
/// in sequence order (a cursor never skips one committed late by the other process), and there is one valid audit chain
/// holding every write and every audited read of both.</summary>
public sealed class MultiServerTests
{
    /// <summary>Statements of intent per writer; four writers (two parties on two servers).</summary>
    private const int WritesPerWriter = 12;

    /// <summary>Catalog reads per server, audited through each server's read-audit queue.</summary>
    private const int ReadsPerServer = 10;

    private static readonly TimeSpan s_deliveryTimeout = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoServers_OnOneDatabase_LoseNothing_AndStreamEveryNotificationOnceInOrder()
    {
        // The conjunction both parties act on: screened by an in-process server (its fake clock puts the sample TCA in the
        // screening window), which stays up as a third member of the hub until the end; its disposal drops the database.
        using var seed = new HubApplication();
        (HttpClient seedA, HttpClient seedB, _) = await ConjunctionObjects.ScreenedAsync(seed);
        string keyA = seedA.DefaultRequestHeaders.Authorization!.Parameter!;
        string keyB = seedB.DefaultRequestHeaders.Authorization!.Parameter!;
        string admin = seed.AdminKey;
        Guid eventId = (await NotificationScenario.NewestAsync(seed)).EventId;
        string database = await seed.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));

        // One data directory for both, as behind a load balancer (shared data-protection keys).
        string dataDir = Directory.CreateTempSubdirectory("concord-multi-").FullName;
        try
        {
            // Escalation would add notifications at a time of its choosing (the seeded event is long overdue on the real
            // clock); screening is off in ServerProcess already.
            var environment = new Dictionary<string, string> { ["Concord__Coordination__EscalationEnabled"] = "false" };
            await using ServerProcess first = await ServerProcess.StartAsync(dataDir, database, environment);
            await using ServerProcess second = await ServerProcess.StartAsync(dataDir, database, environment);
            ServerProcess[] servers = [first, second];

            using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            var readers = new List<StreamCollector>();
            foreach (ServerProcess server in servers)
            {
                readers.Add(await StreamCollector.OpenAsync(server, keyA, "AAA", stopReading.Token));
                readers.Add(await StreamCollector.OpenAsync(server, keyB, "BBB", stopReading.Token));
            }

            // Writers: each party states intents on each server at once; readers of the catalog on each server meanwhile.
            var written = new List<string>[4];
            Task[] writers = [.. new[] { (first, keyA, 0), (second, keyA, 1), (first, keyB, 2), (second, keyB, 3) }
                .Select(w => Task.Run(async () => written[w.Item3] = await StateIntentsAsync(w.Item1, w.Item2, eventId, $"w{w.Item3}"), Ct))];
            Task[] catalogReaders = [.. servers.Select(s => Task.Run(() => ReadCatalogAsync(s, keyA), Ct))];
            await Task.WhenAll([.. writers, .. catalogReaders]);

            // Nothing lost or duplicated: one intent row and one audit entry per acknowledged write.
            string[] comments = [.. written.SelectMany(w => w).Order(StringComparer.Ordinal)];
            Assert.Equal(4 * WritesPerWriter, comments.Length);
            Assert.Equal(comments, await seed.WithDbAsync(async db => (await db.ConjunctionIntents.AsNoTracking()
                .Where(i => i.Comment != null && i.Comment.StartsWith("w")).Select(i => i.Comment!).ToListAsync(Ct)).Order(StringComparer.Ordinal).ToArray()));

            // Every reader receives exactly the notifications released to its agency, each once, in sequence order.
            List<HubNotification> outbox = await seed.WithDbAsync(db => db.Notifications.AsNoTracking().OrderBy(n => n.Sequence).ToListAsync(Ct));
            Assert.Equal(4 * WritesPerWriter, outbox.Count(n => n.Kind == NotificationKinds.ConjunctionIntent));
            long newest = outbox[^1].Sequence;
            await Task.WhenAll(readers.Select(r => r.WaitForAsync(newest, s_deliveryTimeout)));
            await stopReading.CancelAsync();
            foreach (StreamCollector reader in readers)
            {
                // Notices about the agency's administration (a key the hub administrator issued) go to agency-admins only.
                long[] expected = [.. outbox.Where(n => (n.Agency is null || n.Agency == reader.Agency) && !NotificationKinds.IsAgencyAdministration(n.Kind))
                    .Select(n => n.Sequence)];
                Assert.True(expected.SequenceEqual(await reader.StopAsync()),
                    $"{reader.Agency} on {reader.Server}: expected [{string.Join(',', expected)}], received [{string.Join(',', reader.Received)}]");
            }

            // One chain: each server's verification (after writing its queued read entries) is valid, and both agree.
            await VerifyAsync(first, admin);
            AuditHead afterBoth = await VerifyAsync(second, admin);
            Assert.Equal(afterBoth, await VerifyAsync(first, admin));
            Dictionary<string, int> actions = await seed.WithDbAsync(async db => (await db.AuditEntries.AsNoTracking()
                .Where(e => e.Action == AuditActions.ConjunctionIntent || e.Action == AuditActions.CatalogReleased)
                .Select(e => e.Action).ToListAsync(Ct)).CountBy(a => a).ToDictionary());
            Assert.Equal(4 * WritesPerWriter, actions[AuditActions.ConjunctionIntent]);
            Assert.Equal(servers.Length * ReadsPerServer, actions[AuditActions.CatalogReleased]);
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    private static async Task<List<string>> StateIntentsAsync(ServerProcess server, string key, Guid eventId, string writer)
    {
        using HttpClient client = server.Client(key);
        var comments = new List<string>();
        for (int n = 0; n < WritesPerWriter; n++)
        {
            string comment = string.Create(CultureInfo.InvariantCulture, $"{writer}-{n:D2}");
            using HttpResponseMessage response = await client.PostAsJsonAsync($"/api/v1/conjunctions/{eventId:D}/intent",
                new { intent = n % 2 == 0 ? "will-mitigate" : "undetermined", maneuverable = "yes", comment }, Ct);
            Assert.True(response.IsSuccessStatusCode, $"{writer} intent {n} on {server.BaseAddress}: {(int)response.StatusCode} "
                + await response.Content.ReadAsStringAsync(Ct));
            comments.Add(comment);
        }

        return comments;
    }

    private static async Task ReadCatalogAsync(ServerProcess server, string key)
    {
        using HttpClient client = server.Client(key);
        for (int n = 0; n < ReadsPerServer; n++)
        {
            using JsonDocument sets = JsonDocument.Parse(await client.GetStringAsync("/api/v1/catalog/gp?ids=90001,90002", Ct));
            Assert.Equal(2, sets.RootElement.GetArrayLength());
        }
    }

    private static async Task<AuditHead> VerifyAsync(ServerProcess server, string admin)
    {
        using HttpClient client = server.Client(admin);
        AuditHead? head = await client.GetFromJsonAsync<AuditHead>("/api/v1/audit/verify", Ct);
        Assert.NotNull(head);
        Assert.True(head.Valid, $"the audit chain is broken at {head.FirstInvalidSequence} ({server.BaseAddress})");
        return head;
    }

    private sealed record AuditHead(bool Valid, long Entries, string Head, long? FirstInvalidSequence);

    /// <summary>Reads one agency's stream from the start of the outbox (<c>Last-Event-ID: 0</c>) and records each event's
    /// id, until stopped.</summary>
    private sealed class StreamCollector
    {
        private readonly List<long> _received = [];
        private readonly HttpClient _client;
        private readonly HttpResponseMessage _response;
        private readonly Task _reading;
        private TaskCompletionSource _progress = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private StreamCollector(ServerProcess server, string agency, HttpClient client, HttpResponseMessage response, Stream body,
            CancellationToken stop)
        {
            Server = server.BaseAddress;
            Agency = agency;
            _client = client;
            _response = response;
            _reading = Task.Run(() => ReadAsync(body, stop), CancellationToken.None);
        }

        public Uri Server { get; }

        public string Agency { get; }

        public IReadOnlyList<long> Received
        {
            get
            {
                lock (_received)
                {
                    return [.. _received];
                }
            }
        }

        public static async Task<StreamCollector> OpenAsync(ServerProcess server, string key, string agency, CancellationToken stop)
        {
            HttpClient client = server.Client(key);
            client.Timeout = Timeout.InfiniteTimeSpan;
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/stream");
            request.Headers.Add("Last-Event-ID", "0");
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Ct);
            Assert.True(response.IsSuccessStatusCode, $"stream on {server.BaseAddress}: {(int)response.StatusCode}");
            return new StreamCollector(server, agency, client, response, await response.Content.ReadAsStreamAsync(Ct), stop);
        }

        /// <summary>Waits until an event with sequence <paramref name="sequence"/> or later has arrived.</summary>
        public async Task WaitForAsync(long sequence, TimeSpan timeout)
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            deadline.CancelAfter(timeout);
            while (true)
            {
                Task progress;
                lock (_received)
                {
                    if (_received.Count > 0 && _received[^1] >= sequence)
                    {
                        return;
                    }

                    progress = _progress.Task;
                }

                try
                {
                    await progress.WaitAsync(deadline.Token);
                }
                catch (OperationCanceledException) when (!Ct.IsCancellationRequested)
                {
                    Assert.Fail($"{Agency} on {Server} did not receive sequence {sequence} within {timeout}; it has [{string.Join(',', Received)}]");
                }
            }
        }

        /// <summary>Waits for the reading to end (after the stop token) and returns every id received, in order.</summary>
        public async Task<IReadOnlyList<long>> StopAsync()
        {
            await _reading;
            _response.Dispose();
            _client.Dispose();
            return Received;
        }

        private async Task ReadAsync(Stream body, CancellationToken stop)
        {
            using var reader = new StreamReader(body);
            long? id = null;
            try
            {
                while (await reader.ReadLineAsync(stop) is { } line)
                {
                    if (line.StartsWith("id:", StringComparison.Ordinal))
                    {
                        id = long.Parse(line[3..].Trim(), CultureInfo.InvariantCulture);
                    }
                    else if (line.Length == 0 && id is { } complete)
                    {
                        lock (_received)
                        {
                            _received.Add(complete);
                            _progress.TrySetResult();
                            _progress = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                        }

                        id = null;
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (IOException) when (stop.IsCancellationRequested)
            {
            }
        }
    }
}
