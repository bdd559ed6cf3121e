namespace Concord.Hub.Storage;

/// <summary>The coordination of a database served by this process alone (SQLite: one file, one server): the
/// in-process <see cref="HubWriteGate"/> is the whole write lock, this process runs every background job, and there is
/// nobody to tell. Thread-safe.</summary>
public sealed class SingleProcessCoordination : IHubCoordination
{
    /// <inheritdoc/>
    public bool IsShared => false;

    /// <inheritdoc/>
    public Task AcquireWriteLockAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task ReleaseWriteLockAsync() => Task.CompletedTask;

    /// <inheritdoc/>
    public Task<bool> TryLeadAsync(string job, CancellationToken cancellationToken) => Task.FromResult(true);

    /// <inheritdoc/>
    public void Publish(string topic)
    {
    }

    /// <inheritdoc/>
    public async Task ListenAsync(Action<string> received, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }
}
