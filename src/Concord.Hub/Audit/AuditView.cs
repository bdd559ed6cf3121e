namespace Concord.Hub.Audit;

/// <summary>An audit entry as one viewer may read it: in full, or redacted to what proves the chain.</summary>
/// <remarks>A redacted view keeps only <see cref="Sequence"/>, <see cref="RecordedAt"/>, <see cref="PreviousHash"/> and
/// <see cref="Hash"/>: enough to check that the entries around it link through it (see <see cref="AuditExport"/>), nothing
/// about who did what to what, or whom it concerns.</remarks>
/// <param name="Sequence">The entry's position in the chain.</param>
/// <param name="RecordedAt">When it was recorded.</param>
/// <param name="PreviousHash">The hash of the entry before it.</param>
/// <param name="Hash">Its hash.</param>
/// <param name="Entry">The whole entry, or <see langword="null"/> when the view is redacted.</param>
public sealed record AuditView(long Sequence, DateTimeOffset RecordedAt, string PreviousHash, string Hash, AuditEntry? Entry)
{
    /// <summary>Whether the entry's content is withheld from this viewer.</summary>
    public bool IsRedacted => Entry is null;

    /// <summary>The entry in full.</summary>
    public static AuditView Full(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Sequence, entry.RecordedAt, entry.PreviousHash, entry.Hash, entry);
    }

    /// <summary>The entry's place in the chain only.</summary>
    public static AuditView Redacted(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Sequence, entry.RecordedAt, entry.PreviousHash, entry.Hash, null);
    }
}
