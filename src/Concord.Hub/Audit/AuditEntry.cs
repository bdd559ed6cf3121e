namespace Concord.Hub.Audit;

/// <summary>One entry of the append-only, hash-chained audit log. Storage entity; rows are never updated or deleted.</summary>
public sealed class AuditEntry
{
    /// <summary>Position in the chain, starting at 1 with no gaps. Primary key, so two writers cannot fork the chain.</summary>
    public long Sequence { get; init; }

    /// <summary>When the entry was recorded (UTC, truncated to whole microseconds so that it survives PostgreSQL's
    /// <c>timestamptz</c> unchanged and the hash stays verifiable).</summary>
    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>Who acted: <c>system</c> or <c>key:{id}</c> (see <see cref="Agencies.Actor.AuditName"/>).</summary>
    public required string Actor { get; init; }

    /// <summary>What happened, a constant of <see cref="AuditActions"/>.</summary>
    public required string Action { get; init; }

    /// <summary>What it happened to, for example <c>agency:ESA</c> or <c>api-key:{id}</c>.</summary>
    public required string Subject { get; init; }

    /// <summary>The agencies this entry concerns (codes, distinct, in ordinal order; empty for hub-only entries and for
    /// entries written before agencies were recorded). An agency's auditor reads in full only the entries that concern
    /// its agency. Covered by <see cref="Hash"/> when not empty (see <see cref="AuditHasher"/>).</summary>
    public List<string> Agencies { get; init; } = [];

    /// <summary>Canonical JSON object (keys sorted ordinally, no whitespace) with the action's details.</summary>
    public required string Details { get; init; }

    /// <summary>Lower-case hex SHA-256 of the previous entry (<see cref="AuditHasher.GenesisHash"/> for the first).</summary>
    public required string PreviousHash { get; init; }

    /// <summary>Lower-case hex SHA-256 over <see cref="PreviousHash"/> and this entry (see <see cref="AuditHasher"/>).</summary>
    public required string Hash { get; init; }
}
