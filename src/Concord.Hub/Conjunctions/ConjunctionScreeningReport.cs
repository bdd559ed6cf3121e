namespace Concord.Hub.Conjunctions;

/// <summary>What one screening run did.</summary>
/// <param name="Primaries">Objects screened as primaries (those asked for that have a usable element set).</param>
/// <param name="CatalogObjects">Objects screened against (newest set of each; with few primaries, those the
/// apogee/perigee pre-filter <see cref="Concord.Astro.Conjunctions.Assessment.ApogeePerigeeFilter"/> kept).</param>
/// <param name="Created">Events created.</param>
/// <param name="Updated">Open events updated: seen again with a material change (a new update, its CDM and a notification).</param>
/// <param name="Closed">Events closed because their TCA had passed.</param>
/// <param name="Unchanged">Open events seen again with no material change (<see cref="ConjunctionScreeningOptions.IsMaterialChange"/>):
/// only their last-screened time moves.</param>
public sealed record ConjunctionScreeningReport(int Primaries, int CatalogObjects, int Created, int Updated, int Closed, int Unchanged = 0);
