namespace Concord.Hub.Audit;

/// <summary>The result of checking the whole audit chain.</summary>
/// <param name="Valid">Whether every entry's hash and link are correct and the sequence has no gaps.</param>
/// <param name="Entries">How many entries were checked.</param>
/// <param name="Head">The hash of the last entry (the genesis hash for an empty log).</param>
/// <param name="FirstInvalidSequence">The sequence number of the first entry that does not verify, if any.</param>
public sealed record AuditVerification(bool Valid, long Entries, string Head, long? FirstInvalidSequence);
