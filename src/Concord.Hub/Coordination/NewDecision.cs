namespace Concord.Hub.Coordination;

/// <summary>A decision proposal as a caller sends it (validated by the service).</summary>
/// <param name="ManeuveringObject">Catalog number of the object that manoeuvres (one of the event's two), or null when
/// nobody moves.</param>
/// <param name="ManeuverAt">When the manoeuvre is planned, ISO 8601 with an offset (before TCA); only with a manoeuvring
/// object.</param>
/// <param name="PlanId">The manoeuvre plan referred to (UUID); only with a manoeuvring object.</param>
/// <param name="Summary">What was decided, in words (required).</param>
public sealed record NewDecision(string? ManeuveringObject, string? ManeuverAt, string? PlanId, string? Summary);
