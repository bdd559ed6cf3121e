using Concord.Hub.Storage;

namespace Concord.Hub.Notifications;

/// <summary>Adds notifications to the current unit of work (scoped, one per request or background run).</summary>
/// <remarks>A notification is only added to the <see cref="HubDbContext"/>; the write unit that adds it commits it with
/// the change it announces (the transactional outbox, <see cref="HubWriteUnit"/>).
/// Once that unit has committed, the unit pulses <see cref="NotificationSignal"/> so that this process's streams send it
/// at once, and tells the other processes sharing the database (<see cref="IHubCoordination.Publish"/>,
/// <see cref="HubChangeTopics.Notifications"/>).</remarks>
public sealed class NotificationOutbox
{
    private readonly HubDbContext _db;

    /// <summary>Creates the outbox of one unit of work.</summary>
    public NotificationOutbox(HubDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
    }

    /// <summary>Adds a notification of <paramref name="kind"/> about event <paramref name="eventId"/> at
    /// <paramref name="now"/>, for every agency the event is released to, or for <paramref name="agency"/> alone.</summary>
    public HubNotification Add(string kind, Guid eventId, string riskLevel, DateTimeOffset now, string? agency = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentException.ThrowIfNullOrEmpty(riskLevel);
        var notification = new HubNotification
        {
            Id = Guid.CreateVersion7(now),
            Kind = kind,
            EventId = eventId,
            Agency = agency,
            RiskLevel = riskLevel,
            CreatedAt = now,
        };
        _db.Notifications.Add(notification);
        return notification;
    }
}
