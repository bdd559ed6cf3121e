using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Ephemerides;
using Concord.Formats.Ccsds.Cdm;
using Concord.Hub.Catalog;

namespace Concord.Hub.Conjunctions;

/// <summary>One object of a <see cref="ScreeningCatalog"/>.</summary>
/// <param name="CatalogNumber">The object's catalog number.</param>
/// <param name="Object">What the screener propagates (SGP4 or the ephemeris).</param>
/// <param name="Set">The object's newest element set, when it has one (also for an ephemeris entry: the orbit regime).</param>
/// <param name="Ephemeris">The operator ephemeris of an ephemeris entry; null for an element set entry.</param>
/// <param name="Info">The CDM metadata of the object.</param>
/// <param name="Source">The record this entry propagates and why it speaks for the object (the source fields of a
/// <see cref="ConjunctionSide"/>; the relative state is left zero).</param>
internal sealed record ScreeningCatalogEntry(int CatalogNumber, ScreeningObject Object, ElementSet? Set, Ephemeris? Ephemeris,
    ConjunctionCdmObjectInfo Info, ConjunctionSide Source);
