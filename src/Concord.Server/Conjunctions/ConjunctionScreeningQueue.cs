using System.Threading.Channels;

namespace Concord.Server.Conjunctions;

/// <summary>Catalog numbers waiting to be screened (singleton), fed by accepted submissions and drained by
/// <see cref="ConjunctionScreeningWorker"/>. Thread-safe.</summary>
/// <remarks>Unbounded: a batch is a few integers per stored object, and a submission is never refused or delayed for
/// the screening's sake. The queue is in memory: numbers queued when the process stops are not screened until their
/// objects are submitted again (a durable queue is later work).</remarks>
public sealed class ConjunctionScreeningQueue
{
    private readonly Channel<IReadOnlyList<int>> _channel = Channel.CreateUnbounded<IReadOnlyList<int>>(
        new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _gate = new();
    private int _pending;
    private TaskCompletionSource _drained = CompletedSource();

    /// <summary>Queues <paramref name="catalogNumbers"/> for screening; returns at once. An empty list is ignored.</summary>
    public void Enqueue(IReadOnlyList<int> catalogNumbers)
    {
        ArgumentNullException.ThrowIfNull(catalogNumbers);
        if (catalogNumbers.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            if (_pending++ == 0)
            {
                _drained = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        _channel.Writer.TryWrite(catalogNumbers);
    }

    /// <summary>Completes when every batch queued so far has been screened (or has failed); for tests and shutdown.</summary>
    public Task WhenDrainedAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return _drained.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>The worker's side: waits for a batch, then takes every batch already queued with it.</summary>
    internal async Task<(HashSet<int> CatalogNumbers, int Batches)> ReadAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<int> first = await _channel.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        var numbers = new HashSet<int>(first);
        int batches = 1;
        while (_channel.Reader.TryRead(out IReadOnlyList<int>? more))
        {
            numbers.UnionWith(more);
            batches++;
        }

        return (numbers, batches);
    }

    /// <summary>The worker's side: <paramref name="batches"/> batches are done.</summary>
    internal void Done(int batches)
    {
        lock (_gate)
        {
            _pending -= batches;
            if (_pending == 0)
            {
                _drained.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource CompletedSource()
    {
        var source = new TaskCompletionSource();
        source.SetResult();
        return source;
    }
}
