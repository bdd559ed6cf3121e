using Concord.Hub.Agencies;
using Concord.Hub.Conjunctions;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Notifications;

/// <summary>Reads the notification outbox for one viewer through the release policy. Scoped (one per read: long-lived
/// readers such as the stream and the webhook deliverer take a fresh scope for every read).</summary>
/// <remarks>
/// <para>A notification reaches a viewer only when <see cref="ConjunctionService"/> releases its event to the viewer
/// (full or basic warning), decided at read time, and, when the notification names an <see cref="HubNotification.Agency"/>,
/// only when that is the viewer's agency. A notification about the agency's administration
/// (<see cref="NotificationKinds.IsAgencyAdministration"/>) reaches only the agency administrators of the agency it is
/// addressed to (and the agency's webhooks). Withheld notifications are skipped silently, but the cursor passes them.</para>
/// <para>Readers never miss a commit: sequences are committed in increasing order (see <see cref="HubNotification"/>),
/// so everything after the last sequence read is still to come.</para>
/// </remarks>
public sealed class NotificationFeed(HubDbContext db, ConjunctionService conjunctions)
{
    /// <summary>The most notifications one read examines.</summary>
    public const int MaxPageSize = 200;

    /// <summary>The sequence of the newest notification, or 0 when the outbox is empty: where a reader that wants only
    /// new notifications starts.</summary>
    public async Task<long> NewestSequenceAsync(CancellationToken cancellationToken) =>
        await db.Notifications.AsNoTracking().MaxAsync(n => (long?)n.Sequence, cancellationToken).ConfigureAwait(false) ?? 0;

    /// <summary>Reads up to <paramref name="limit"/> notifications after <paramref name="afterSequence"/> and returns those
    /// the viewer may receive, with the events decided in one batch.</summary>
    /// <param name="viewer">Who receives them (an API key's actor, or an agency for its webhooks).</param>
    /// <param name="afterSequence">The cursor: the last sequence already handled.</param>
    /// <param name="limit">1 to <see cref="MaxPageSize"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<NotificationPage> ReadAsync(Actor viewer, long afterSequence, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxPageSize);
        List<HubNotification> page = await db.Notifications.AsNoTracking()
            .Where(n => n.Sequence > afterSequence)
            .OrderBy(n => n.Sequence)
            .Take(limit)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (page.Count == 0)
        {
            return new NotificationPage([], afterSequence);
        }

        // Addressed to another agency: withheld without asking the release policy.
        List<HubNotification> addressed = [.. page.Where(n => n.Agency is null || string.Equals(n.Agency, viewer.AgencyCode, StringComparison.Ordinal))];
        List<HubNotification> administration = [.. addressed.Where(n => NotificationKinds.IsAgencyAdministration(n.Kind))];
        List<HubNotification> about = [.. addressed.Where(n => !NotificationKinds.IsAgencyAdministration(n.Kind))];
        IReadOnlyDictionary<Guid, ReleasedConjunction> events = viewer.AgencyCode is null
            ? new Dictionary<Guid, ReleasedConjunction>() // hub-level keys see no event (as in GET /api/v1/conjunctions)
            : await conjunctions.ReleaseManyAsync(viewer, [.. about.Select(n => n.EventId)], cancellationToken).ConfigureAwait(false);
        Dictionary<Guid, ApiKey> keys = [];
        if (viewer.Role == HubRole.AgencyAdmin && viewer.AgencyCode is not null && administration.Count > 0)
        {
            Guid[] ids = [.. administration.Select(n => n.EventId)];
            keys = await db.ApiKeys.AsNoTracking().Where(k => ids.Contains(k.Id)).ToDictionaryAsync(k => k.Id, cancellationToken).ConfigureAwait(false);
        }

        var released = new List<ReleasedNotification>(addressed.Count);
        foreach (HubNotification notification in addressed)
        {
            if (NotificationKinds.IsAgencyAdministration(notification.Kind))
            {
                if (keys.TryGetValue(notification.EventId, out ApiKey? key))
                {
                    released.Add(new ReleasedNotification(notification, null, key));
                }
            }
            else if (events.TryGetValue(notification.EventId, out ReleasedConjunction? conjunction))
            {
                released.Add(new ReleasedNotification(notification, conjunction));
            }
        }

        return new NotificationPage(released, page[^1].Sequence);
    }
}
