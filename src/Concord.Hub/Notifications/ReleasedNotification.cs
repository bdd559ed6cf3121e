using Concord.Hub.Agencies;
using Concord.Hub.Conjunctions;

namespace Concord.Hub.Notifications;

/// <summary>A notification with what it announces, as one viewer may see it.</summary>
/// <param name="Notification">The outbox row.</param>
/// <param name="Conjunction">The event through the release policy for the viewer (full or encounter), without history;
/// null for a notification about the agency's administration (<see cref="NotificationKinds.IsAgencyAdministration"/>).</param>
/// <param name="ApiKey">The key a <see cref="NotificationKinds.ApiKeyIssued"/> notification announces (never its secret).</param>
public sealed record ReleasedNotification(HubNotification Notification, ReleasedConjunction? Conjunction, ApiKey? ApiKey = null);
