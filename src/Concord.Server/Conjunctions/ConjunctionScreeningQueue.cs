using Concord.Hub.Storage;

namespace Concord.Server.Conjunctions;

/// <summary>The in-process wake-up of <see cref="ConjunctionScreeningWorker"/> (singleton): the queue itself is durable
/// (<see cref="Hub.Conjunctions.ScreeningRequest"/> rows, written with the submission), this only says "look now" and
/// tells tests and the demo when everything asked for so far has been screened. Thread-safe.</summary>
/// <remarks>A lost wake-up loses nothing: the worker reads every pending request at start and on each wake-up. With
/// screening off (<c>Concord:Screening:Enabled</c> false) <see cref="Notify"/> does nothing and the queue is always
/// drained.</remarks>
/// <remarks>With several processes on one PostgreSQL database only the leader of the screening job runs the worker
/// (<see cref="Hosting.HubJobLeader"/>): <see cref="Notify"/> also tells the other processes, whose listener calls
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
    {
        _coordination = coordination;
        _enabled = enabled;
        _requested = enabled ? 1 : 0;
        _drained = NewSource();
        if (!enabled)
        {
            _drained.SetResult();
        }
    }

    /// <summary>Wakes the worker: requests were stored (call after their save commits); returns at once.</summary>
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
