namespace Concord.Hub.Storage;

/// <summary>What the hub processes sharing one database agree on: one writer at a time, one runner of each background
/// job, and a wake-up when another process committed something. Singleton; thread-safe.</summary>
/// <remarks>
/// <para>SQLite is one file served by one process (<see cref="SingleProcessCoordination"/>: everything is local). On
/// PostgreSQL any number of <c>concord serve</c> processes may share the database, and the coordination is the
/// database's (<c>PostgresHubCoordination</c>: advisory locks, <c>LISTEN</c>/<c>NOTIFY</c>).</para>
/// <para>The write lock is taken by <see cref="HubWriteGate"/> after its in-process semaphore, so that at most one
/// acquisition per process is in flight; <see cref="AcquireWriteLockAsync"/> and <see cref="ReleaseWriteLockAsync"/>
/// are never called concurrently.</para>
/// </remarks>
public interface IHubCoordination
{
    /// <summary>True when other processes may share the database (and the members below do something).</summary>
    public bool IsShared { get; }

    /// <summary>Waits until this process holds the database-wide write lock.</summary>
    public Task AcquireWriteLockAsync(CancellationToken cancellationToken);

    /// <summary>Releases the write lock taken by <see cref="AcquireWriteLockAsync"/>; never throws (a lock that cannot
    /// be released is freed by ending the session that holds it).</summary>
    public Task ReleaseWriteLockAsync();

    /// <summary>Tries to become (or confirms that this process still is) the one runner of <paramref name="job"/>;
    /// false when another process runs it or leadership cannot be checked now.</summary>
    public Task<bool> TryLeadAsync(string job, CancellationToken cancellationToken);

    /// <summary>Tells the other processes that <paramref name="topic"/> (<see cref="HubChangeTopics"/>) changed: a hint,
    /// sent in the background; it may be lost, so listeners also poll.</summary>
    public void Publish(string topic);

    /// <summary>Calls <paramref name="received"/> with each topic another process (or this one) published, until
    /// cancelled; after a reconnection, with <see cref="HubChangeTopics.All"/> (something may have been missed).</summary>
    public Task ListenAsync(Action<string> received, CancellationToken cancellationToken);
}
