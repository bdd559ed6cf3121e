namespace Concord.Hub.Coordination;

/// <summary>The coordination state of an event as one viewer may see it.</summary>
/// <param name="Parties">Every party for a viewer with the full event; only the viewer's own party for a viewer with the
/// basic warning.</param>
/// <param name="DecisionStatus">The status of the current decision (the latest not superseded), or null when none was
/// proposed; every viewer sees it.</param>
/// <param name="Decision">The current decision, for a viewer with the full event; otherwise null.</param>
public sealed record ConjunctionCoordination(IReadOnlyList<PartyCoordination> Parties, DecisionStatus? DecisionStatus,
    ConjunctionDecision? Decision);
