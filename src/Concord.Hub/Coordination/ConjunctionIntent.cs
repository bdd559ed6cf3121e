namespace Concord.Hub.Coordination;

/// <summary>A party's statement of intent for its object in a conjunction. Storage entity; rows are only added (the
/// history), the latest per party is its current intent.</summary>
public sealed class ConjunctionIntent
{
    /// <summary>Stable identifier (UUID v7).</summary>
    public Guid Id { get; init; }

    /// <summary>The event.</summary>
    public Guid EventId { get; init; }

    /// <summary>The stating party (agency code).</summary>
    public required string Agency { get; init; }

    /// <summary>The party's object the statement is about.</summary>
    public int CatalogNumber { get; init; }

    /// <summary>The intent.</summary>
    public ManeuverIntent Intent { get; init; }

    /// <summary>Whether the object can manoeuvre.</summary>
    public Maneuverability Maneuverable { get; init; }

    /// <summary>Optional free text.</summary>
    public string? Comment { get; init; }

    /// <summary>Who stated it, as the audit log writes it.</summary>
    public required string Actor { get; init; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset StatedAt { get; init; }
}
