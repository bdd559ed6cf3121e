namespace Concord.Hub.Conjunctions;

/// <summary>What one screening run did.</summary>
/// <param name="Primaries">Objects screened as primaries (those asked for that have a usable element set).</param>
/// <param name="CatalogObjects">Objects screened against (newest set of each; with few primaries, those the
/// apogee/perigee pre-filter <see cref="RadialPrefilter"/> kept).</param>
/// <param name="Created">Events created.</param>
/// <param name="Updated">Open events updated.</param>
/// <param name="Closed">Events closed because their TCA had passed.</param>
public sealed record ConjunctionScreeningReport(int Primaries, int CatalogObjects, int Created, int Updated, int Closed);
