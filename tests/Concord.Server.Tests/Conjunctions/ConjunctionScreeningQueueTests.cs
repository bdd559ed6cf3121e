using Concord.Server.Conjunctions;

namespace Concord.Server.Tests.Conjunctions;

public sealed class ConjunctionScreeningQueueTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartUp_CountsAsARequest_AndANotifyDuringAPassKeepsItUndrained()
    {
        var queue = new ConjunctionScreeningQueue();
        Task startUp = queue.WhenDrainedAsync(Ct);
        Assert.False(startUp.IsCompleted); // the worker's first pass resumes what was pending

        long first = queue.Requested;
        queue.Notify(); // a submission stored during the pass
        queue.Completed(first);
        Assert.False(queue.WhenDrainedAsync(Ct).IsCompleted);
        await queue.WaitAsync(first, TimeSpan.FromMinutes(1), Ct).WaitAsync(TimeSpan.FromSeconds(30), Ct); // at once, not after the minute

        long second = queue.Requested;
        queue.Completed(second);
        await queue.WhenDrainedAsync(Ct).WaitAsync(TimeSpan.FromSeconds(30), Ct);
        await startUp.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Task wait = queue.WaitAsync(second, TimeSpan.FromMinutes(1), Ct);
        Assert.False(wait.IsCompleted);
        queue.Notify();
        await wait.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        Assert.False(queue.WhenDrainedAsync(Ct).IsCompleted);
    }

    [Fact]
    public void Disabled_IsAlwaysDrained()
    {
        var queue = new ConjunctionScreeningQueue(enabled: false);
        queue.Notify();

        Assert.True(queue.WhenDrainedAsync(Ct).IsCompleted);
    }
}
