using Concord.Hub.Agencies;
using Concord.Hub.Audit;

namespace Concord.Hub.Tests.Audit;

public sealed class ReadAuditQueueTests
{
    private static readonly TimeSpan s_blocked = TimeSpan.FromMilliseconds(200);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ReadAudit Read(string subject) =>
        new(new Actor(Guid.CreateVersion7(), HubRole.Analyst, "AAA"), AuditActions.CatalogReleased, subject, new Dictionary<string, string?>());

    [Fact]
    public async Task AFullQueue_MakesTheReadWait_AndDropsNothing()
    {
        var queue = new ReadAuditQueue(capacity: 1);
        await queue.EnqueueAsync(Read("first"), Ct);

        ValueTask second = queue.EnqueueAsync(Read("second"), Ct);
        await Task.Delay(s_blocked, Ct);
        Assert.False(second.IsCompleted);

        var subjects = new List<string>((await queue.TakeBatchAsync(Ct))!.Reads.Select(r => r.Subject)); // makes room
        await second.AsTask().WaitAsync(TimeSpan.FromSeconds(5), Ct);
        if (subjects.Count == 1)
        {
            subjects.AddRange((await queue.TakeBatchAsync(Ct))!.Reads.Select(r => r.Subject)); // unless the first batch took it
        }

        Assert.Equal(["first", "second"], subjects);
    }

    [Fact]
    public async Task Flush_CompletesWhenTheEntriesQueuedBeforeItAreWritten()
    {
        var queue = new ReadAuditQueue();
        await queue.EnqueueAsync(Read("a"), Ct);
        await queue.EnqueueAsync(Read("b"), Ct);
        Task flushed = queue.FlushAsync(Ct);
        await queue.EnqueueAsync(Read("c"), Ct);

        ReadAuditBatch? batch = await queue.TakeBatchAsync(Ct);
        Assert.Equal(["a", "b"], batch!.Reads.Select(r => r.Subject)); // a batch ends at a flush
        Assert.False(flushed.IsCompleted);
        batch.MarkWritten();
        await flushed.WaitAsync(TimeSpan.FromSeconds(5), Ct);
        Assert.Equal(["c"], (await queue.TakeBatchAsync(Ct))!.Reads.Select(r => r.Subject));
    }

    [Fact]
    public async Task Flush_FailsWhenItsEntriesAreLost()
    {
        var queue = new ReadAuditQueue();
        await queue.EnqueueAsync(Read("a"), Ct);
        Task flushed = queue.FlushAsync(Ct);

        (await queue.TakeBatchAsync(Ct))!.MarkLost(new OperationCanceledException("stopped"));

        await Assert.ThrowsAsync<OperationCanceledException>(() => flushed);
    }

    [Fact]
    public async Task Complete_LetsTheWriterDrainWhatIsQueued_AndRefusesMore()
    {
        var queue = new ReadAuditQueue();
        await queue.EnqueueAsync(Read("a"), Ct);

        queue.Complete();

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await queue.EnqueueAsync(Read("late"), Ct));
        Assert.Equal(["a"], (await queue.TakeBatchAsync(Ct))!.Reads.Select(r => r.Subject));
        Assert.Null(await queue.TakeBatchAsync(Ct));
    }

    [Fact]
    public async Task ABatch_HoldsAtMostMaxBatchSizeEntries()
    {
        var queue = new ReadAuditQueue();
        for (int i = 0; i < ReadAuditQueue.MaxBatchSize + 3; i++)
        {
            await queue.EnqueueAsync(Read($"r{i}"), Ct);
        }

        Assert.Equal(ReadAuditQueue.MaxBatchSize, (await queue.TakeBatchAsync(Ct))!.Reads.Count);
        Assert.Equal(3, (await queue.TakeBatchAsync(Ct))!.Reads.Count);
    }
}
