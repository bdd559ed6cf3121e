namespace Concord.Hub.Catalog;

/// <summary>Element sets released to one viewer by one catalog request (already audited).</summary>
/// <param name="Sets">The sets, in catalog-number order (latest) or epoch order (history).</param>
/// <param name="NextAfterCatalogNumber">When a listing was cut at its limit: the catalog number to continue after
/// (<c>after</c> of the next page); null when no further set is released to the viewer.</param>
public sealed record CatalogRelease(IReadOnlyList<ElementSet> Sets, int? NextAfterCatalogNumber);
