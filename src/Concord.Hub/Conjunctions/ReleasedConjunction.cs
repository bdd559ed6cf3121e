using Concord.Hub.Release;

namespace Concord.Hub.Conjunctions;

/// <summary>A conjunction event with what one viewer may learn of it.</summary>
/// <param name="Event">The event (with its <see cref="ConjunctionEvent.Updates"/> when asked for one event).</param>
/// <param name="Decision">The release policy's warning decision (<see cref="WarningDetail.Full"/> or <see cref="WarningDetail.Basic"/>;
/// events decided <see cref="WarningDetail.None"/> are never returned).</param>
/// <param name="PrimaryOwner">Owner of the primary object, when registered.</param>
/// <param name="SecondaryOwner">Owner of the secondary object, when registered.</param>
public sealed record ReleasedConjunction(ConjunctionEvent Event, WarningDecision Decision, string? PrimaryOwner, string? SecondaryOwner);
