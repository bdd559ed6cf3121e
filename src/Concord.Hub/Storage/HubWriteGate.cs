namespace Concord.Hub.Storage;

/// <summary>Serialises the hub's write units within one process (singleton). Thread-safe.</summary>
/// <remarks>
/// A write unit reads the audit head and appends after it; two concurrent units would otherwise pick the same sequence
/// number and one would fail on the primary key. SQLite allows one writer at a time anyway, so this costs nothing there.
/// Several server processes on one PostgreSQL database are not supported yet: they would need a database lock
/// (for example <c>pg_advisory_xact_lock</c>) in place of this gate; the primary key on the sequence keeps the chain
/// from forking meanwhile.
/// </remarks>
public sealed class HubWriteGate : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    /// <summary>Waits for the gate; dispose the result to leave.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(_semaphore);
    }

    /// <inheritdoc/>
    public void Dispose() => _semaphore.Dispose();

    private sealed class Releaser(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
