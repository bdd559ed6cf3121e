using Concord.Astro.Propagation.Sgp4;

namespace Concord.Astro.Conjunctions.Assessment;

/// <summary>An element set that SGP4 would not start (Vallado et al. 2006 initialisation errors): the object is screened
/// without it (by its ephemeris, when it has one) or not at all.</summary>
/// <param name="ObjectIndex">Index of the object in the list given to <see cref="ConjunctionCatalog.Create"/>.</param>
/// <param name="Id">The object's identifier.</param>
/// <param name="Error">Why SGP4 refused the elements.</param>
public sealed record ConjunctionCatalogRejection(int ObjectIndex, string Id, Sgp4Error Error);
