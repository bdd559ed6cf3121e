using Concord.Astro.Conjunctions.Assessment;
using Concord.Formats.Ccsds.Cdm;
using Concord.Hub.Catalog;

namespace Concord.Hub.Conjunctions;

/// <summary>One object of a <see cref="ScreeningCatalog"/>.</summary>
/// <param name="CatalogNumber">The object's catalog number.</param>
/// <param name="Engine">The engine's entry (what the screener propagates, where it comes from).</param>
/// <param name="Set">The object's chosen element set, when it has one (also on an ephemeris entry).</param>
/// <param name="Info">The CDM metadata of the object.</param>
/// <param name="Source">The record this entry propagates and why it speaks for the object (the source fields of a
/// <see cref="ConjunctionSide"/>; the relative state is left zero).</param>
internal sealed record ScreeningCatalogEntry(int CatalogNumber, ConjunctionCatalogEntry Engine, ElementSet? Set,
    ConjunctionCdmObjectInfo Info, ConjunctionSide Source);
