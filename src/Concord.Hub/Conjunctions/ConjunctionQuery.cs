using Concord.Astro.Time;

namespace Concord.Hub.Conjunctions;

/// <summary>Filters of a conjunction listing; null means "any". All given filters must hold.</summary>
/// <param name="RiskLevel">Only events at this risk level.</param>
/// <param name="CatalogNumber">Only events involving this object (as primary or secondary).</param>
/// <param name="Agency">Only events involving an object owned by this agency.</param>
/// <param name="TcaFrom">Only events with TCA at or after this instant.</param>
/// <param name="TcaTo">Only events with TCA at or before this instant.</param>
public sealed record ConjunctionQuery(
    ConjunctionRiskLevel? RiskLevel = null,
    int? CatalogNumber = null,
    string? Agency = null,
    Epoch? TcaFrom = null,
    Epoch? TcaTo = null);
