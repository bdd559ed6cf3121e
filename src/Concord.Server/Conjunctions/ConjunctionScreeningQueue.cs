using Concord.Hub.Conjunctions;
using Concord.Hub.Storage;

namespace Concord.Server.Conjunctions;

/// <summary>The in-process wake-up of <see cref="ConjunctionScreeningWorker"/> (singleton): the queue itself is durable
/// (<see cref="ScreeningRequest"/> rows, written with the change that asks for them), this only says "look now" and
/// tells tests and the demo when everything asked for so far has been screened. Thread-safe.</summary>
/// <remarks>A stored request wakes the worker by itself: the write unit that commits it pulses
/// <see cref="ScreeningSignal"/> (<see cref="HubWriteUnit"/>), which this queue listens to, so no endpoint or job wakes
/// anything. A lost wake-up loses nothing: the worker reads every pending request at start, on each wake-up and every
/// 30 s. With screening off (<c>Concord:Screening:Enabled</c> false) a wake-up does nothing and the queue is always
/// drained.</remarks>
/// <remarks>With several processes on one PostgreSQL database only the leader of the screening job runs the worker
/// (<see cref="Hosting.HubJobLeader"/>): the write unit also tells the other processes, whose listener calls
/// <see cref="Wake"/>, so the leader screens a request another process stored at once (and within its 30 s poll if the
/// hint is lost). <see cref="WhenDrainedAsync"/> speaks for this process's worker only.</remarks>
public sealed class ConjunctionScreeningQueue
{
    private readonly Lock _gate = new();
    private readonly bool _enabled;
    private readonly IHubCoordination? _coordination;
    private long _requested;
    private TaskCompletionSource _signal = NewSource();
    private TaskCompletionSource _drained;

    /// <summary>A queue whose worker runs (<paramref name="enabled"/>) or not. The start-up resumption counts as one
    /// request: <see cref="WhenDrainedAsync"/> waits for the worker's first pass.</summary>
    public ConjunctionScreeningQueue(bool enabled = true)
        : this(enabled, null)
    {
    }

    /// <summary>A queue whose worker runs (<paramref name="enabled"/>) or not, and whose <see cref="Notify"/> also tells
    /// the processes sharing the database through <paramref name="coordination"/>.</summary>
    public ConjunctionScreeningQueue(bool enabled, IHubCoordination? coordination)
        : this(enabled, coordination, null)
    {
    }

    /// <summary>A queue as above that also wakes at every pulse of <paramref name="signal"/> (a write unit committed
    /// screening requests).</summary>
    public ConjunctionScreeningQueue(bool enabled, IHubCoordination? coordination, ScreeningSignal? signal)
    {
        _coordination = coordination;
        _enabled = enabled;
        _requested = enabled ? 1 : 0;
        _drained = NewSource();
        if (!enabled)
        {
            _drained.SetResult();
        }

        signal?.Listen(Wake);
    }

    /// <summary>Wakes the worker here and tells the other processes: for a request stored without a
    /// <see cref="HubWriteUnit"/> (which wakes by itself); returns at once.</summary>
    public void Notify()
    {
        _coordination?.Publish(HubChangeTopics.Screening); // the leader may be another process, with screening on there
        Wake();
    }

    /// <summary>Wakes this process's worker only (another process stored requests).</summary>
    public void Wake()
    {
        if (!_enabled)
        {
            return;
        }

        lock (_gate)
        {
            _requested++;
            if (_drained.Task.IsCompleted)
            {
                _drained = NewSource();
            }

            _signal.TrySetResult();
        }
    }

    /// <summary>Completes when every request notified so far has been screened (or has failed); for tests and the demo.</summary>
    public Task WhenDrainedAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return _drained.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>The worker's side: the wake-up count, read before a pass.</summary>
    internal long Requested
    {
        get
        {
            lock (_gate)
            {
                return _requested;
            }
        }
    }

    /// <summary>The worker's side: a pass that started at <paramref name="requested"/> found nothing more to do; drained
    /// unless a wake-up came meanwhile.</summary>
    internal void Completed(long requested)
    {
        lock (_gate)
        {
            if (_requested == requested)
            {
                _drained.TrySetResult();
            }
        }
    }

    /// <summary>The worker's side: completes at once when a wake-up came after <paramref name="requested"/>, otherwise at
    /// the next one (or after <paramref name="timeout"/>).</summary>
    internal async Task WaitAsync(long requested, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Task next;
        lock (_gate)
        {
            if (_requested != requested)
            {
                return;
            }

            if (_signal.Task.IsCompleted)
            {
                _signal = NewSource();
            }

            next = _signal.Task;
        }

        try
        {
            await next.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A periodic look at the table: requests stored by another process (a second server on PostgreSQL).
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
