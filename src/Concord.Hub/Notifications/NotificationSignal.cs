namespace Concord.Hub.Notifications;

/// <summary>Wakes outbox readers when notifications have been committed (singleton). Thread-safe.</summary>
/// <remarks>Only a hint: readers also poll, so a lost pulse delays a notification by one poll interval and loses
/// nothing.</remarks>
public sealed class NotificationSignal
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Wakes every current waiter.</summary>
    public void Pulse()
    {
        TaskCompletionSource woken;
        lock (_gate)
        {
            woken = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        woken.TrySetResult();
    }

    /// <summary>A task that completes at the next <see cref="Pulse"/>. A reader takes it before reading the outbox, so that a
    /// commit during the read still wakes it (<see cref="WaitAsync"/> would only see pulses after its call).</summary>
    public Task NextPulse
    {
        get
        {
            lock (_gate)
            {
                return _next.Task;
            }
        }
    }

    /// <summary>Completes at the next <see cref="Pulse"/> or after <paramref name="timeout"/>, whichever is first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        Task next;
        lock (_gate)
        {
            next = _next.Task;
        }

        await Task.WhenAny(next, Task.Delay(timeout, cancellationToken)).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
