namespace Concord.Hub.Coordination;

/// <summary>One party's coordination state of an event.</summary>
/// <param name="Agency">The party.</param>
/// <param name="Acknowledgement">Its latest acknowledgement, if any.</param>
/// <param name="Acknowledged">Whether that acknowledgement still counts (see <see cref="ConjunctionAcknowledgement"/>).</param>
/// <param name="Escalations">Its escalation steps, oldest first.</param>
/// <param name="Intent">Its latest statement of intent, if any.</param>
public sealed record PartyCoordination(string? Agency, ConjunctionAcknowledgement? Acknowledgement, bool Acknowledged,
    IReadOnlyList<ConjunctionEscalation> Escalations, ConjunctionIntent? Intent);
