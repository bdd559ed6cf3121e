namespace Concord.Hub.Notifications;

/// <summary>The kinds of <see cref="HubNotification"/> (wire names: the SSE <c>event:</c> field and the webhook
/// payload's <c>kind</c>).</summary>
public static class NotificationKinds
{
    /// <summary>A screening found a new conjunction event.</summary>
    public const string ConjunctionCreated = "conjunction.created";

    /// <summary>A screening raised the event's risk level (re-notification; acknowledgements of the lower level no
    /// longer count).</summary>
    public const string ConjunctionRiskRaised = "conjunction.risk-raised";

    /// <summary>A screening updated the event without raising its risk level.</summary>
    public const string ConjunctionUpdated = "conjunction.updated";

    /// <summary>The event's TCA has passed.</summary>
    public const string ConjunctionClosed = "conjunction.closed";

    /// <summary>An agency acknowledged the event.</summary>
    public const string ConjunctionAcknowledged = "conjunction.acknowledged";

    /// <summary>An unacknowledged high-risk event was escalated for an agency.</summary>
    public const string ConjunctionEscalated = "conjunction.escalated";

    /// <summary>A party stated its manoeuvre intent.</summary>
    public const string ConjunctionIntent = "conjunction.intent";

    /// <summary>A party uploaded a manoeuvre plan.</summary>
    public const string ManeuverPlan = "conjunction.maneuver-plan";

    /// <summary>A decision was proposed or co-signed.</summary>
    public const string Decision = "conjunction.decision";

    /// <summary>The hub administrator issued an API key for the agency (acting on its behalf). Addressed to the agency
    /// and received by its agency administrators only (their streams and the agency's webhooks); the notification's
    /// event id is the key's id.</summary>
    public const string ApiKeyIssued = "agency.api-key-issued";

    /// <summary>The <c>riskLevel</c> of a notification that concerns no conjunction.</summary>
    public const string NoRiskLevel = "none";

    /// <summary>Whether notifications of <paramref name="kind"/> concern the administration of the agency they are
    /// addressed to (no conjunction; agency administrators only).</summary>
    public static bool IsAgencyAdministration(string kind) => string.Equals(kind, ApiKeyIssued, StringComparison.Ordinal);
}
