namespace Concord.Hub.Conjunctions;

/// <summary>Tells this process's screening worker that screening requests (<see cref="ScreeningRequest"/>) have been
/// committed (singleton), the way <see cref="Notifications.NotificationSignal"/> tells the streams about notifications.
/// Thread-safe.</summary>
/// <remarks>Pulsed by <see cref="Storage.HubWriteUnit.CommitAsync"/>
/// after a write unit that added a request has committed; the server's screening queue listens. Only a hint: the worker
/// also polls, so a lost pulse delays a screening and loses nothing.</remarks>
public sealed class ScreeningSignal
{
    private readonly Lock _gate = new();
    private Action? _listeners;

    /// <summary>Calls <paramref name="woken"/> at every later <see cref="Pulse"/> (on the pulsing thread; it must return
    /// quickly and not throw).</summary>
    public void Listen(Action woken)
    {
        ArgumentNullException.ThrowIfNull(woken);
        lock (_gate)
        {
            _listeners += woken;
        }
    }

    /// <summary>Wakes every listener: requests were committed.</summary>
    public void Pulse()
    {
        Action? listeners;
        lock (_gate)
        {
            listeners = _listeners;
        }

        listeners?.Invoke();
    }
}
