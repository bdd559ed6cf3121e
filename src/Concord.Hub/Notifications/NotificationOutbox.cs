using Concord.Hub.Storage;

namespace Concord.Hub.Notifications;

/// <summary>Adds notifications to the current unit of work (scoped, one per request or background run).</summary>
/// <remarks>A notification is only added to the <see cref="HubDbContext"/>; the caller's own <c>SaveChangesAsync</c>
/// commits it with the change it announces (the transactional outbox). Once that save has succeeded,
/// <see cref="NotificationSignal"/> is pulsed so that this process's streams send it at once, and the other processes
/// sharing the database are told (<see cref="IHubCoordination.Publish"/>, <see cref="HubChangeTopics.Notifications"/>).</remarks>
public sealed class NotificationOutbox
{
    private readonly HubDbContext _db;
    private readonly NotificationSignal _signal;
    private bool _pending;

    /// <summary>Creates the outbox of one unit of work on a database served by this process alone.</summary>
    public NotificationOutbox(HubDbContext db, NotificationSignal signal)
        : this(db, signal, new SingleProcessCoordination())
    {
    }

    /// <summary>Creates the outbox of one unit of work; <paramref name="coordination"/> tells the other processes.</summary>
    public NotificationOutbox(HubDbContext db, NotificationSignal signal, IHubCoordination coordination)
    {
        ArgumentNullException.ThrowIfNull(coordination);
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        _signal = signal;
        _db.SavedChanges += (_, _) =>
        {
            if (_pending)
            {
                _pending = false;
                _signal.Pulse();
                coordination.Publish(HubChangeTopics.Notifications);
            }
        };
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
        _pending = true;
        return notification;
    }
}
