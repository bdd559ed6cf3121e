using Concord.Hub.Storage;

namespace Concord.Hub.Audit;

/// <summary>Appends a <see cref="ReadAuditBatch"/> to the audit chain in one write unit: the write gate is taken once
/// for the whole batch, and the entries are committed together or not at all. Scoped (a fresh one per batch and try).</summary>
public sealed class ReadAuditWriter(HubDbContext db, AuditLog audit, HubWriteGate gate)
{
    /// <summary>Appends every read of <paramref name="batch"/>, in order, and commits them.</summary>
    public async Task WriteAsync(ReadAuditBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Reads.Count == 0)
        {
            return;
        }

        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        foreach (ReadAudit read in batch.Reads)
        {
            await audit.Append(read.Viewer, read.Action, read.Subject, read.Details, cancellationToken).ConfigureAwait(false);
        }

        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
