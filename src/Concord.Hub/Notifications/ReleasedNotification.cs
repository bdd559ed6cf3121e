using Concord.Hub.Conjunctions;

namespace Concord.Hub.Notifications;

/// <summary>A notification with the conjunction it announces, as one viewer may see it.</summary>
/// <param name="Notification">The outbox row.</param>
/// <param name="Conjunction">The event through the release policy for the viewer (full or basic), without history.</param>
public sealed record ReleasedNotification(HubNotification Notification, ReleasedConjunction Conjunction);
