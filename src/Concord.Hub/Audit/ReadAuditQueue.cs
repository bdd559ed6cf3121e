using System.Threading.Channels;

namespace Concord.Hub.Audit;

/// <summary>The bounded queue of read audit entries (singleton; thread-safe): a read enqueues its entry and answers
/// without waiting for the hub's write gate, and one background writer appends the queued entries in batches, taking
/// the gate once per batch (<see cref="ReadAuditWriter"/>, run by the server's <c>ReadAuditWorker</c>).</summary>
/// <remarks>
/// <para>Why: every catalog read used to append its entry under the global write gate, so readers queued behind
/// writers (a catalogue-sized submission holds the gate for seconds) and behind each other. Reads keep their entries:
/// who received what is part of the audit trail.</para>
/// <para>Back-pressure, never loss: when <see cref="Capacity"/> entries are waiting (the database is slow or down),
/// <see cref="EnqueueAsync"/> waits for room, so the read waits; an entry is never dropped to make room.</para>
/// <para>What a crash may lose: the entries queued but not yet committed (at most <see cref="Capacity"/>, normally the
/// reads of the last few milliseconds); their reads were answered. A normal stop writes every queued entry before the
/// process ends (<see cref="Complete"/>, then the writer drains the queue).</para>
/// <para><see cref="FlushAsync"/> waits until everything queued before it is committed: the audit routes call it, so
/// that a reader of the chain sees every read this process answered before (tests use it too).</para>
/// </remarks>
public sealed class ReadAuditQueue
{
    /// <summary>The default <see cref="Capacity"/>.</summary>
    public const int DefaultCapacity = 10_000;

    /// <summary>Most entries appended in one write unit.</summary>
    public const int MaxBatchSize = 500;

    private readonly Channel<Item> _channel;

    /// <summary>A queue holding up to <paramref name="capacity"/> entries.</summary>
    public ReadAuditQueue(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _channel = Channel.CreateBounded<Item>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
    }

    /// <summary>Most entries waiting at once; a read that finds the queue full waits.</summary>
    public int Capacity { get; }

    /// <summary>Queues the entry of a read; waits only while the queue is full.</summary>
    /// <exception cref="InvalidOperationException">The queue was completed (the server is stopping).</exception>
    public async ValueTask EnqueueAsync(ReadAudit read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        await WriteAsync(new Item(read, null), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Completes when every entry queued before this call is committed to the chain.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var flushed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await WriteAsync(new Item(null, flushed), cancellationToken).ConfigureAwait(false);
        await flushed.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Accepts no more entries (the server is stopping); <see cref="TakeBatchAsync"/> returns what is queued,
    /// then null.</summary>
    public void Complete() => _channel.Writer.TryComplete();

    /// <summary>The writer's side: waits for entries and takes up to <see cref="MaxBatchSize"/> of them (with the flush
    /// requests among them); null when the queue is completed and empty.</summary>
    public async Task<ReadAuditBatch?> TakeBatchAsync(CancellationToken cancellationToken)
    {
        ChannelReader<Item> reader = _channel.Reader;
        if (!await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var reads = new List<ReadAudit>();
        var flushes = new List<TaskCompletionSource>();
        while (reads.Count < MaxBatchSize && reader.TryRead(out Item? item))
        {
            if (item.Read is { } read)
            {
                reads.Add(read);
            }
            else
            {
                flushes.Add(item.Flushed!);
                break; // a flush waits for the entries before it only
            }
        }

        return new ReadAuditBatch(reads, flushes);
    }

    private async ValueTask WriteAsync(Item item, CancellationToken cancellationToken)
    {
        try
        {
            await _channel.Writer.WriteAsync(item, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException e)
        {
            throw new InvalidOperationException("The read audit queue is closed: the server is stopping.", e);
        }
    }

    private sealed record Item(ReadAudit? Read, TaskCompletionSource? Flushed);
}
