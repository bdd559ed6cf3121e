using Concord.Astro.Time;

namespace Concord.Hub.Conjunctions;

/// <summary>Filters and page of a conjunction listing; null means "any". All given filters must hold. Events are ordered
/// by TCA, then id.</summary>
/// <param name="RiskLevel">Only events at this risk level.</param>
/// <param name="CatalogNumber">Only events involving this object (as primary or secondary).</param>
/// <param name="Agency">Only events involving an object owned by this agency.</param>
/// <param name="TcaFrom">Only events with TCA at or after this instant.</param>
/// <param name="TcaTo">Only events with TCA at or before this instant.</param>
/// <param name="After">Only events after this one in the listing's order (the previous page's last event); null: from
/// the start.</param>
/// <param name="Limit">Page size, 1 to <see cref="MaxLimit"/>.</param>
public sealed record ConjunctionQuery(
    ConjunctionRiskLevel? RiskLevel = null,
    int? CatalogNumber = null,
    string? Agency = null,
    Epoch? TcaFrom = null,
    Epoch? TcaTo = null,
    ConjunctionCursor? After = null,
    int Limit = ConjunctionQuery.DefaultLimit)
{
    /// <summary>Page size when the client gives none.</summary>
    public const int DefaultLimit = 100;

    /// <summary>Largest page.</summary>
    public const int MaxLimit = 1000;
}
