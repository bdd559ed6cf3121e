using Concord.Formats.Ccsds.Cdm;

namespace Concord.Hub.Conjunctions;

/// <summary>One update's CDM of an event released in full (<see cref="ConjunctionService.GetCdmAsync"/>).</summary>
/// <param name="Conjunction">The event as released to the viewer.</param>
/// <param name="Update">The update the CDM belongs to.</param>
/// <param name="Message">The CDM, built from the update's typed assessment (<see cref="ConjunctionUpdateCdm"/>).</param>
/// <param name="Kvn">The CDM in CCSDS 508.0-B-1 KVN.</param>
public sealed record ReleasedCdm(ReleasedConjunction Conjunction, ConjunctionUpdate Update, Cdm Message, string Kvn);
