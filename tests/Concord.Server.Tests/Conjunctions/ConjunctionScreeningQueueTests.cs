using Concord.Server.Conjunctions;

namespace Concord.Server.Tests.Conjunctions;

public sealed class ConjunctionScreeningQueueTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BatchesQueuedTogether_AreReadAsOneRun_AndDrainedWhenDone()
    {
        var queue = new ConjunctionScreeningQueue();
        Assert.True(queue.WhenDrainedAsync(Ct).IsCompleted);
        queue.Enqueue([90001, 90002]);
        queue.Enqueue([90002, 90003]);
        queue.Enqueue([]);
        Task drained = queue.WhenDrainedAsync(Ct);

        (HashSet<int> numbers, int batches) = await queue.ReadAsync(Ct);

        Assert.Equal([90001, 90002, 90003], numbers.Order());
        Assert.Equal(2, batches);
        Assert.False(drained.IsCompleted);
        queue.Done(batches);
        await drained.WaitAsync(TimeSpan.FromSeconds(5), Ct);
    }
}
