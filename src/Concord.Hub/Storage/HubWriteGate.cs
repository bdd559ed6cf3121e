using Concord.Hub.Conjunctions;
using Concord.Hub.Notifications;
using Microsoft.EntityFrameworkCore.Storage;

namespace Concord.Hub.Storage;

/// <summary>Serialises the hub's write units: within this process by a semaphore, and across the processes that share
/// the database by <see cref="IHubCoordination.AcquireWriteLockAsync"/> (a PostgreSQL advisory lock). Singleton;
/// thread-safe.</summary>
/// <remarks>
/// <para>A write unit reads the audit head and appends after it; two concurrent units would otherwise pick the same
/// sequence number and one would fail on the primary key. Notification sequences rely on it too: a unit inserts its
/// notifications and commits before it leaves the gate, so sequence numbers are committed in increasing order and a
/// stream reader that has read sequence <c>n</c> never sees a smaller one commit later (it would skip it).</para>
/// <para>Every write path runs as one <see cref="HubWriteUnit"/> (<see cref="BeginAsync"/>): the gate, one
/// transaction, the caller's reads, checks and changes (with their audit entries and outbox notifications), one commit,
/// and the wake-ups after it. A service keeps its own validation and rules; what it adds to
/// the context is stored all together or not at all.</para>
/// <para>The semaphore is taken first, so that a process waits for the database lock with one connection at most. The
/// database lock is released after the unit's <c>SaveChanges</c> has committed (disposing the result of
/// <see cref="EnterAsync"/>); the release runs in the background and the semaphore is freed only after it, so the next
/// local writer never overtakes it. SQLite allows one writer at a time anyway, so the gate costs nothing there.</para>
/// </remarks>
public sealed class HubWriteGate : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);
    private readonly IHubCoordination _coordination;
    private readonly NotificationSignal _notifications;
    private readonly ScreeningSignal _screening;

    /// <summary>A gate for a database served by this process alone.</summary>
    public HubWriteGate()
        : this(new SingleProcessCoordination())
    {
    }

    /// <summary>A gate that also holds <paramref name="coordination"/>'s database-wide write lock.</summary>
    public HubWriteGate(IHubCoordination coordination)
        : this(coordination, new NotificationSignal(), new ScreeningSignal())
    {
    }

    /// <summary>A gate that also holds <paramref name="coordination"/>'s database-wide write lock, and whose write units
    /// pulse <paramref name="notifications"/> and <paramref name="screening"/> after committing notifications or
    /// screening requests (and tell the other processes through <paramref name="coordination"/>).</summary>
    public HubWriteGate(IHubCoordination coordination, NotificationSignal notifications, ScreeningSignal screening)
    {
        ArgumentNullException.ThrowIfNull(coordination);
        ArgumentNullException.ThrowIfNull(notifications);
        ArgumentNullException.ThrowIfNull(screening);
        _coordination = coordination;
        _notifications = notifications;
        _screening = screening;
    }

    /// <summary>Begins one write unit on <paramref name="db"/>: waits for the gate and opens a transaction. The caller
    /// reads, checks and adds its changes, audit entries and notifications to the context, then calls
    /// <see cref="HubWriteUnit.CommitAsync"/>; disposing the unit without committing (a refusal, an exception) stores
    /// nothing. Dispose it in every case (<c>await using</c>).</summary>
    public async Task<HubWriteUnit> BeginAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        IDisposable writer = await EnterAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            return new HubWriteUnit(db, transaction, writer, Signal);
        }
        catch
        {
            writer.Dispose();
            throw;
        }
    }

    private void Signal(bool notifications, bool screeningRequests)
    {
        if (notifications)
        {
            _notifications.Pulse();
            _coordination.Publish(HubChangeTopics.Notifications);
        }

        if (screeningRequests)
        {
            _screening.Pulse();
            _coordination.Publish(HubChangeTopics.Screening); // the screening leader may be another process
        }
    }

    /// <summary>Waits for the gate; dispose the result to leave (after the unit's changes are committed). Write paths use
    /// <see cref="BeginAsync"/>, which enters here.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _coordination.AcquireWriteLockAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _semaphore.Release();
            throw;
        }

        return new Releaser(this);
    }

    /// <inheritdoc/>
    public void Dispose() => _semaphore.Dispose();

    private async Task LeaveAsync()
    {
        try
        {
            await _coordination.ReleaseWriteLockAsync().ConfigureAwait(false);
        }
        finally
        {
            try
            {
                _semaphore.Release();
            }
            catch (ObjectDisposedException)
            {
                // The host disposed the gate while this release was under way: nobody waits any more.
            }
        }
    }

    private sealed class Releaser(HubWriteGate gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                // Completes synchronously when there is no database lock (SQLite); otherwise one round trip.
                _ = gate.LeaveAsync();
            }
        }
    }
}
