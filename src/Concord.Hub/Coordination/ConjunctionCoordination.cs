namespace Concord.Hub.Coordination;

/// <summary>The coordination state of an event as one viewer may see it.</summary>
/// <param name="Parties">Every party's state (acknowledgements, escalations, intents) for a viewer that is a party;
/// empty for everyone else who sees the event.</param>
/// <param name="DecisionStatus">The status of the current decision (the latest not superseded), or null when none was
/// proposed; every viewer sees it.</param>
/// <param name="Decision">The current decision, for a viewer that is a party; otherwise null.</param>
public sealed record ConjunctionCoordination(IReadOnlyList<PartyCoordination> Parties, DecisionStatus? DecisionStatus,
    ConjunctionDecision? Decision);
