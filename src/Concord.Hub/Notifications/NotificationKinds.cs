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
}
