namespace Concord.Hub.Conjunctions;

/// <summary>A durable request to screen objects for conjunctions (table <c>screening_requests</c>): the transactional
/// outbox between a stored submission (or the schedule) and the background screening. Written in the same save as what
/// asks for it, marked completed once a screening run has covered it.</summary>
/// <remarks>A run that stops before marking its requests completed (crash, restart) is simply run again: screening
/// updates the same events.</remarks>
public sealed class ScreeningRequest
{
    /// <summary>Identifier (UUIDv7 of <see cref="RequestedAt"/>).</summary>
    public Guid Id { get; init; }

    /// <summary>Catalogue numbers to screen as primaries against the whole catalog; empty when <see cref="All"/>.</summary>
    public List<int> CatalogNumbers { get; init; } = [];

    /// <summary>Whether every object of the catalog is screened as a primary (all-on-all).</summary>
    public bool All { get; init; }

    /// <summary>Why the screening was asked for (<see cref="ScreeningRequestReasons"/>).</summary>
    public required string Reason { get; init; }

    /// <summary>When the request was stored (UTC).</summary>
    public DateTimeOffset RequestedAt { get; init; }

    /// <summary>When a screening run covered it, or gave up on it (UTC); <see langword="null"/> while pending.</summary>
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Failed runs that included this request.</summary>
    public int Attempts { get; set; }

    /// <summary>The last failure's message, when a run failed (kept when the request is given up).</summary>
    public string? Error { get; set; }
}
