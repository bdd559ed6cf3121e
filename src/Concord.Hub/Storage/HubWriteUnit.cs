using Concord.Hub.Conjunctions;
using Concord.Hub.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Concord.Hub.Storage;

/// <summary>One write of the hub, all or nothing (<see cref="HubWriteGate.BeginAsync"/>): it holds the write gate and a
/// transaction from its start until it is disposed. Not thread-safe; one per operation.</summary>
/// <remarks>
/// <para>The caller reads and checks under the gate, adds its changes, audit entries (<see cref="Audit.AuditLog"/>) and
/// notifications (<see cref="NotificationOutbox"/>) to the context, and calls <see cref="CommitAsync"/>, which saves
/// them and commits. It may save on its own before (a bulk insert needs the rows it refers to); those rows commit or
/// roll back with the rest. Disposing without a commit (a refusal, an exception) rolls the transaction back and makes
/// the context forget every change it tracked, so that no later save of the same context stores part of a refused
/// write (an audit entry added but not saved would otherwise become the next entry's head).</para>
/// <para>After the commit, and only then, the waiting readers are woken: an added <see cref="HubNotification"/> pulses
/// <see cref="NotificationSignal"/> (the streams and the webhook deliverer), an added <see cref="ScreeningRequest"/>
/// pulses <see cref="ScreeningSignal"/> (the screening worker), and the other processes sharing the database are told
/// (<see cref="IHubCoordination.Publish"/>). Callers never wake anyone themselves.</para>
/// <para>The transaction is begun by the caller's context (no execution strategy retries it: neither provider is
/// configured to retry).</para>
/// </remarks>
public sealed class HubWriteUnit : IAsyncDisposable
{
    private readonly HubDbContext _db;
    private readonly IDbContextTransaction _transaction;
    private readonly IDisposable _writer;
    private readonly Action<bool, bool> _committed;
    private bool _notifications;
    private bool _screeningRequests;
    private bool _done;
    private bool _disposed;

    internal HubWriteUnit(HubDbContext db, IDbContextTransaction transaction, IDisposable writer, Action<bool, bool> committed)
    {
        _db = db;
        _transaction = transaction;
        _writer = writer;
        _committed = committed;
        _db.SavingChanges += OnSaving;
    }

    /// <summary>Saves what the unit added and commits it; then wakes whoever waits for what it stored. Once per unit.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_done)
        {
            throw new InvalidOperationException("This write unit has already been committed.");
        }

        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await _transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        _done = true;
        _committed(_notifications, _screeningRequests);
    }

    /// <summary>Ends the unit: without a commit, rolls back and forgets the unit's changes; then leaves the gate.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _db.SavingChanges -= OnSaving;
        try
        {
            if (!_done)
            {
                _db.ChangeTracker.Clear();
            }

            await _transaction.DisposeAsync().ConfigureAwait(false); // rolls back unless committed
        }
        finally
        {
            _writer.Dispose();
        }
    }

    private void OnSaving(object? sender, SavingChangesEventArgs e)
    {
        _notifications |= _db.ChangeTracker.Entries<HubNotification>().Any(entry => entry.State == EntityState.Added);
        _screeningRequests |= _db.ChangeTracker.Entries<ScreeningRequest>().Any(entry => entry.State == EntityState.Added);
    }
}
