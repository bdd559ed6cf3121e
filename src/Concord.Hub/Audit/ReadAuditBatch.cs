namespace Concord.Hub.Audit;

/// <summary>Reads taken from the <see cref="ReadAuditQueue"/> together, to be appended in one write unit
/// (<see cref="ReadAuditWriter"/>); then <see cref="MarkWritten"/>.</summary>
public sealed class ReadAuditBatch
{
    private readonly List<TaskCompletionSource> _flushes;

    internal ReadAuditBatch(List<ReadAudit> reads, List<TaskCompletionSource> flushes)
    {
        Reads = reads;
        _flushes = flushes;
    }

    /// <summary>The reads, in the order they were queued (possibly none: a batch of flush requests only).</summary>
    public IReadOnlyList<ReadAudit> Reads { get; }

    /// <summary>The reads are committed: completes the <see cref="ReadAuditQueue.FlushAsync"/> calls queued behind them.</summary>
    public void MarkWritten()
    {
        foreach (TaskCompletionSource flush in _flushes)
        {
            flush.TrySetResult();
        }
    }

    /// <summary>The reads could not be written and are given up (the server stops with the database unavailable): the
    /// waiting <see cref="ReadAuditQueue.FlushAsync"/> calls fail with <paramref name="error"/>.</summary>
    public void MarkLost(Exception error)
    {
        foreach (TaskCompletionSource flush in _flushes)
        {
            flush.TrySetException(error);
        }
    }
}
