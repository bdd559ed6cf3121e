using Concord.Hub.Storage;
using Concord.Server.Hosting;
using Concord.Storage.Postgres;
using Microsoft.Extensions.Logging.Abstractions;

namespace Concord.Server.Tests.MultiServer;

/// <summary>The coordination of processes sharing one PostgreSQL database, each process played by its own
/// <see cref="PostgresHubCoordination"/> (own sessions) on one fresh database.</summary>
public sealed class PostgresHubCoordinationTests
{
    private static readonly TimeSpan s_blocked = TimeSpan.FromMilliseconds(500);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WriteLock_IsHeldByOneProcessAtATime()
    {
        using PostgresTestDatabase database = PostgresTestDatabase.Create();
        await using PostgresHubCoordination first = Coordination(database);
        await using PostgresHubCoordination second = Coordination(database);

        await first.AcquireWriteLockAsync(Ct);
        Task waiting = second.AcquireWriteLockAsync(Ct);
        await Task.Delay(s_blocked, Ct);
        Assert.False(waiting.IsCompleted);

        await first.ReleaseWriteLockAsync();
        await waiting.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        await second.ReleaseWriteLockAsync();
    }

    [Fact]
    public async Task WriteLock_OfAProcessThatDies_IsFreed()
    {
        using PostgresTestDatabase database = PostgresTestDatabase.Create();
        PostgresHubCoordination dying = Coordination(database);
        await using PostgresHubCoordination survivor = Coordination(database);
        await dying.AcquireWriteLockAsync(Ct);
        Task waiting = survivor.AcquireWriteLockAsync(Ct);
        await Task.Delay(s_blocked, Ct);
        Assert.False(waiting.IsCompleted);

        await dying.DisposeAsync(); // its sessions end, as when a process is killed

        await waiting.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        await survivor.ReleaseWriteLockAsync();
    }

    [Fact]
    public async Task Gates_OfTwoProcesses_NeverOverlap()
    {
        using PostgresTestDatabase database = PostgresTestDatabase.Create();
        await using PostgresHubCoordination first = Coordination(database);
        await using PostgresHubCoordination second = Coordination(database);
        using var gateA = new HubWriteGate(first);
        using var gateB = new HubWriteGate(second);
        int inside = 0;
        int overlaps = 0;

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            HubWriteGate gate = i % 2 == 0 ? gateA : gateB;
            for (int n = 0; n < 25; n++)
            {
                using IDisposable writer = await gate.EnterAsync(Ct);
                if (Interlocked.Increment(ref inside) != 1)
                {
                    Interlocked.Increment(ref overlaps);
                }

                await Task.Yield();
                Interlocked.Decrement(ref inside);
            }
        }, Ct)));

        Assert.Equal(0, overlaps);
    }

    [Fact]
    public async Task Leadership_OfAJob_HeldByOneProcess_AndPassesOnWhenItDies()
    {
        using PostgresTestDatabase database = PostgresTestDatabase.Create();
        PostgresHubCoordination leader = Coordination(database);
        await using PostgresHubCoordination follower = Coordination(database);

        Assert.True(await leader.TryLeadAsync("screening", Ct));
        Assert.False(await follower.TryLeadAsync("screening", Ct));
        Assert.True(await leader.TryLeadAsync("screening", Ct)); // confirmed, still held
        Assert.True(await follower.TryLeadAsync("escalation", Ct)); // another job, another leader

        await leader.DisposeAsync();

        // The server ends the closed session a moment later; a follower asks again until then (HubJobLeader every 5 s).
        Assert.True(await EventuallyAsync(() => follower.TryLeadAsync("screening", Ct)));
    }

    [Fact]
    public async Task JobLeader_RunsTheJobInOneProcessOnly_AndHandsItOverWhenTheLeaderStops()
    {
        using PostgresTestDatabase database = PostgresTestDatabase.Create();
        PostgresHubCoordination first = Coordination(database);
        await using PostgresHubCoordination second = Coordination(database);
        int running = 0;
        int maxRunning = 0;
        var started = new[] { new TaskCompletionSource(), new TaskCompletionSource() };
        using var stopFirst = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        using var stopSecond = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        Func<CancellationToken, Task> Job(int process) => async token =>
        {
            int now = Interlocked.Increment(ref running);
            InterlockedMax(ref maxRunning, now);
            started[process].TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, token);
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        };

        Task firstRuns = new HubJobLeader(first, NullLogger<HubJobLeader>.Instance).RunAsync("schedule", Job(0), stopFirst.Token);
        await started[0].Task.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        Task secondRuns = new HubJobLeader(second, NullLogger<HubJobLeader>.Instance).RunAsync("schedule", Job(1), stopSecond.Token);
        await Task.Delay(s_blocked, Ct);
        Assert.False(started[1].Task.IsCompleted);

        await stopFirst.CancelAsync(); // the leader stops: its job ends, then its sessions
        await firstRuns;
        await first.DisposeAsync();

        await started[1].Task.WaitAsync(HubJobLeader.CheckInterval * 3, Ct);
        Assert.Equal(1, maxRunning);
        await stopSecond.CancelAsync();
        await secondRuns;
    }

    [Fact]
    public async Task Publish_WakesTheListenersOfOtherProcesses()
    {
        using PostgresTestDatabase database = PostgresTestDatabase.Create();
        await using PostgresHubCoordination publisher = Coordination(database);
        await using PostgresHubCoordination listener = Coordination(database);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var listening = new TaskCompletionSource();
        var received = new TaskCompletionSource<string>();
        Task listen = listener.ListenAsync(topic =>
        {
            if (topic == HubChangeTopics.All)
            {
                listening.TrySetResult(); // subscribed
            }
            else
            {
                received.TrySetResult(topic);
            }
        }, stop.Token);
        await listening.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        publisher.Publish(HubChangeTopics.Notifications);

        Assert.Equal(HubChangeTopics.Notifications, await received.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct));
        await stop.CancelAsync();
        await listen;
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        for (int attempt = 0; attempt < 100; attempt++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100, Ct);
        }

        return false;
    }

    private static PostgresHubCoordination Coordination(PostgresTestDatabase database) =>
        new(database.ConnectionString, NullLogger<PostgresHubCoordination>.Instance);

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
