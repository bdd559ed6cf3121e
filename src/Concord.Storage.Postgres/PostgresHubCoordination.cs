using System.Data.Common;
using System.Text;
using System.Threading.Channels;
using Concord.Hub.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Concord.Storage.Postgres;

/// <summary>Coordinates the <c>concord serve</c> processes that share one PostgreSQL database, so that they behave as
/// one hub. Singleton per process; thread-safe.</summary>
/// <remarks>
/// <para><b>Writes</b>: <see cref="AcquireWriteLockAsync"/> takes the session-level advisory lock
/// <c>pg_advisory_lock(<see cref="Namespace"/>, 0)</c> on a dedicated connection (never pooled, so that closing it ends
/// the session and frees the lock), after <see cref="HubWriteGate"/>'s in-process semaphore. A write unit commits on
/// its own pooled connection before the gate is left, so every audit append and notification insert of the whole hub
/// happens in one order and commits in that order (see <see cref="HubWriteGate"/>). Any failure while taking or
/// releasing the lock closes the dedicated connection, which frees whatever it held; a broken connection is replaced
/// once at the next acquisition.</para>
/// <para><b>Background jobs</b>: <see cref="TryLeadAsync"/> takes <c>pg_try_advisory_lock(<see cref="Namespace"/>,
/// job)</c> on a second dedicated connection; the process whose session holds it runs the job. Asked again, it
/// confirms that session is still alive. When a leader dies, its session ends, the lock is free, and the next
/// process to ask leads.</para>
/// <para><b>Wake-ups</b>: <see cref="Publish"/> sends <c>pg_notify('concord_hub', topic)</c> in the background (topics
/// coalesced, a pooled connection), and <see cref="ListenAsync"/> holds <c>LISTEN concord_hub</c> on a third dedicated
/// connection. They are hints: listeners also poll, so a lost one delays, never loses.</para>
/// <para>Advisory locks and notification channels are per database, so hubs on other databases of the same server do
/// not interfere.</para>
/// </remarks>
public sealed partial class PostgresHubCoordination : IHubCoordination, IAsyncDisposable
{
    /// <summary>The first key of every advisory lock the hub takes (<c>'Conc'</c> in ASCII); the second is 0 for the
    /// write lock and a job's <see cref="JobKey"/> for leadership.</summary>
    public const int Namespace = 0x436F6E63;

    /// <summary>The <c>LISTEN</c>/<c>NOTIFY</c> channel.</summary>
    public const string Channel = "concord_hub";

    private const int WriteLockKey = 0;
    private static readonly TimeSpan s_reconnectDelay = TimeSpan.FromSeconds(1);

    private readonly string _dedicated;
    private readonly NpgsqlDataSource _pooled;
    private readonly ILogger<PostgresHubCoordination> _logger;
    private readonly Channel<string> _outgoing = System.Threading.Channels.Channel.CreateBounded<string>(
        new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _sender;
    private readonly SemaphoreSlim _leaseSemaphore = new(1, 1);
    private readonly SemaphoreSlim _writeSemaphore = new(1, 1); // HubWriteGate serialises its users; this, them and DisposeAsync
    private readonly HashSet<string> _led = new(StringComparer.Ordinal);
    private NpgsqlConnection? _writeConnection; // used under HubWriteGate's semaphore only
    private NpgsqlConnection? _leaseConnection; // used under _leaseSemaphore only

    /// <summary>Coordinates through the database of <paramref name="connectionString"/> (the hub's own).</summary>
    public PostgresHubCoordination(string connectionString, ILogger<PostgresHubCoordination> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
        _dedicated = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            ApplicationName = "concord-coordination",
            KeepAlive = 15, // seconds: a dead session is noticed while idle (a LISTEN waits for hours)
        }.ConnectionString;
        _pooled = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString)
        {
            ApplicationName = "concord-notify",
            MaxPoolSize = 2,
        });
        _sender = Task.Run(SendAsync);
    }

    /// <inheritdoc/>
    public bool IsShared => true;

    /// <summary>The second advisory-lock key of <paramref name="job"/>: FNV-1a of its UTF-8 name, never 0 (the write
    /// lock). The same in every process.</summary>
    public static int JobKey(string job)
    {
        ArgumentException.ThrowIfNullOrEmpty(job);
        uint hash = 2166136261;
        foreach (byte b in Encoding.UTF8.GetBytes(job))
        {
            hash = unchecked((hash ^ b) * 16777619);
        }

        int key = unchecked((int)hash);
        return key == WriteLockKey ? 1 : key;
    }

    /// <inheritdoc/>
    public async Task AcquireWriteLockAsync(CancellationToken cancellationToken)
    {
        await _writeSemaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await AcquireAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeSemaphore.Release();
        }
    }

    private async Task AcquireAsync(CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            _writeConnection ??= await OpenDedicatedAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await ExecuteAsync(_writeConnection, "SELECT pg_advisory_lock($1, $2)", WriteLockKey, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (e is DbException or OperationCanceledException or IOException or TimeoutException)
            {
                // The session may have been granted the lock as the wait was cancelled, or be broken: ending it frees
                // whatever it holds. A connection that broke while idle is replaced once.
                await DropAsync(_writeConnection).ConfigureAwait(false);
                _writeConnection = null;
                if (attempt > 1 || e is OperationCanceledException)
                {
                    throw;
                }
            }
        }
    }

    /// <inheritdoc/>
    public async Task ReleaseWriteLockAsync()
    {
        await _writeSemaphore.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_writeConnection is not { } connection)
            {
                return;
            }

            try
            {
                await ExecuteAsync(connection, "SELECT pg_advisory_unlock($1, $2)", WriteLockKey, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is DbException or IOException or TimeoutException or InvalidOperationException)
            {
                LogUnlockFailed(e);
                await DropAsync(connection).ConfigureAwait(false); // ending the session frees the lock
                _writeConnection = null;
            }
        }
        finally
        {
            _writeSemaphore.Release();
        }
    }

    /// <inheritdoc/>
    public async Task<bool> TryLeadAsync(string job, CancellationToken cancellationToken)
    {
        int key = JobKey(job);
        await _leaseSemaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_leaseConnection is null)
            {
                _led.Clear(); // a new session holds nothing
                _leaseConnection = await OpenDedicatedAsync(cancellationToken).ConfigureAwait(false);
            }

            if (_led.Contains(job))
            {
                // Held by this session as long as it lives: one round trip proves it.
                await ExecuteAsync(_leaseConnection, "SELECT $1 + $2", key, cancellationToken).ConfigureAwait(false);
                return true;
            }

            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1, $2)", _leaseConnection)
            {
                Parameters = { new() { Value = Namespace }, new() { Value = key } },
            };
            if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true)
            {
                _led.Add(job);
                return true;
            }

            return false;
        }
        catch (Exception e) when (e is DbException or OperationCanceledException or IOException or TimeoutException)
        {
            // Unknown state: end the session (freeing its locks) and lead nothing until asked again.
            LogLeaseCheckFailed(e, job);
            await DropAsync(_leaseConnection).ConfigureAwait(false);
            _leaseConnection = null;
            _led.Clear();
            if (e is OperationCanceledException)
            {
                throw;
            }

            return false;
        }
        finally
        {
            _leaseSemaphore.Release();
        }
    }

    /// <inheritdoc/>
    public void Publish(string topic)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        _outgoing.Writer.TryWrite(topic); // full: hundreds are waiting, and one of the same topic will do
    }

    /// <inheritdoc/>
    public async Task ListenAsync(Action<string> received, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(received);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                NpgsqlConnection connection = await OpenDedicatedAsync(cancellationToken).ConfigureAwait(false);
                await using (connection.ConfigureAwait(false))
                {
                    connection.Notification += (_, e) => received(e.Payload);
                    await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                    {
                        await listen.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }

                    received(HubChangeTopics.All); // anything published while not listening
                    while (true)
                    {
                        await connection.WaitAsync(cancellationToken).ConfigureAwait(false);
                    }
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is DbException or IOException or TimeoutException or InvalidOperationException)
            {
                LogListenFailed(e);
                try
                {
                    await Task.Delay(s_reconnectDelay, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _outgoing.Writer.TryComplete();
        try
        {
            await _sender.WaitAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await _stopping.CancelAsync().ConfigureAwait(false);
        }

        // A release may still be under way (HubWriteGate leaves in the background): let it finish, briefly. Whatever is
        // still running after that fails on the closed connection, and closing the session frees its locks anyway.
        bool writeIdle = await _writeSemaphore.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        bool leaseIdle = await _leaseSemaphore.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        await DropAsync(_writeConnection).ConfigureAwait(false);
        await DropAsync(_leaseConnection).ConfigureAwait(false);
        _writeConnection = _leaseConnection = null;
        await _pooled.DisposeAsync().ConfigureAwait(false);
        if (writeIdle)
        {
            _writeSemaphore.Release();
        }

        if (leaseIdle)
        {
            _leaseSemaphore.Release();
        }

        _stopping.Dispose();
    }

    private async Task SendAsync()
    {
        ChannelReader<string> reader = _outgoing.Reader;
        try
        {
            while (await reader.WaitToReadAsync(_stopping.Token).ConfigureAwait(false))
            {
                var topics = new HashSet<string>(StringComparer.Ordinal);
                while (reader.TryRead(out string? topic))
                {
                    topics.Add(topic);
                }

                try
                {
                    NpgsqlConnection connection = await _pooled.OpenConnectionAsync(_stopping.Token).ConfigureAwait(false);
                    await using (connection.ConfigureAwait(false))
                    {
                        await using var batch = new NpgsqlBatch(connection);
                        foreach (string topic in topics)
                        {
                            batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_notify($1, $2)")
                            {
                                Parameters = { new() { Value = Channel }, new() { Value = topic } },
                            });
                        }

                        await batch.ExecuteNonQueryAsync(_stopping.Token).ConfigureAwait(false);
                    }
                }
                catch (Exception e) when (e is DbException or IOException or TimeoutException)
                {
                    LogPublishFailed(e); // a hint lost: the other processes find it at their next poll
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
    }

    private async Task<NpgsqlConnection> OpenDedicatedAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(_dedicated);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, int key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection)
        {
            Parameters = { new() { Value = Namespace }, new() { Value = key } },
        };
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task DropAsync(NpgsqlConnection? connection)
    {
        if (connection is null)
        {
            return;
        }

        try
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is DbException or IOException or InvalidOperationException or NotSupportedException)
        {
            // Closing a broken session fails the same way it broke; it is gone either way.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Releasing the hub's write lock failed; its session was closed, which releases it.")]
    private partial void LogUnlockFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking the leadership of job {Job} failed; this process does not lead it until the next check.")]
    private partial void LogLeaseCheckFailed(Exception exception, string job);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for other hub processes' changes failed; reconnecting (they are polled meanwhile).")]
    private partial void LogListenFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Telling the other hub processes of a change failed; they find it at their next poll.")]
    private partial void LogPublishFailed(Exception exception);
}
