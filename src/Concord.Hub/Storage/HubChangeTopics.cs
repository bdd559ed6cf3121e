namespace Concord.Hub.Storage;

/// <summary>The topics hub processes publish to each other through <see cref="IHubCoordination.Publish"/>.</summary>
public static class HubChangeTopics
{
    /// <summary>Notifications were committed to the outbox (streams and the webhook deliverer read it).</summary>
    public const string Notifications = "notifications";

    /// <summary>Screening requests were stored (the screening worker reads them).</summary>
    public const string Screening = "screening";

    /// <summary>Anything may have changed (after a listener reconnected).</summary>
    public const string All = "*";
}
