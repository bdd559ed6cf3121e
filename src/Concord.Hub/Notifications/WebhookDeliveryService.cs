using Concord.Hub.Agencies;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Notifications;

/// <summary>The storage side of webhook delivery: which webhooks are due, what each is to receive next, and the
/// persisted outcome of every try. Scoped (the deliverer takes a scope per webhook pass). The HTTP side is the host's.</summary>
/// <remarks>
/// <para>A webhook receives what an agency administrator of its agency may see: the viewer is
/// <see cref="ViewerOf"/>, and <see cref="NotificationFeed"/> applies the release policy at delivery time.</para>
/// <para>At least once: <see cref="RecordDeliveredAsync"/> moves the cursor only after the receiver accepted a
/// notification, so a failure or a crash between sending and recording sends it again.</para>
/// </remarks>
public sealed class WebhookDeliveryService(HubDbContext db, HubWriteGate gate, NotificationFeed feed, TimeProvider time)
{
    /// <summary>The release viewer of an agency's webhooks: the agency as an agency administrator (no key).</summary>
    public static Actor ViewerOf(string agencyCode) => new(null, HubRole.AgencyAdmin, agencyCode);

    /// <summary>The webhooks that may be tried now (not waiting out a backoff) and have notifications after their
    /// cursor.</summary>
    public async Task<IReadOnlyList<Webhook>> DueAsync(CancellationToken cancellationToken)
    {
        long newest = await feed.NewestSequenceAsync(cancellationToken).ConfigureAwait(false);
        // Filtered in memory: SQLite cannot compare DateTimeOffset columns, and the table has a few rows per agency.
        List<Webhook> candidates = await db.Webhooks.AsNoTracking().Where(w => w.LastDeliveredSequence < newest)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        DateTimeOffset now = time.GetUtcNow();
        return [.. candidates.Where(w => w.NextAttemptAt is not { } next || next <= now).OrderBy(w => w.Id)];
    }

    /// <summary>The webhook as stored now (its cursor as the last delivery recorded it), or null when it was deleted.</summary>
    /// <remarks>A delivery starts from this, not from the list <see cref="DueAsync"/> returned: a delivery that ended
    /// after that list was read has moved the cursor since, and starting from the older one would send again, out of
    /// order, what it sent.</remarks>
    public Task<Webhook?> CurrentAsync(Guid webhookId, CancellationToken cancellationToken) =>
        db.Webhooks.AsNoTracking().FirstOrDefaultAsync(w => w.Id == webhookId, cancellationToken);

    /// <summary>The next notifications for <paramref name="webhook"/>, after its cursor.</summary>
    public Task<NotificationPage> PendingAsync(Webhook webhook, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        return feed.ReadAsync(ViewerOf(webhook.AgencyCode), webhook.LastDeliveredSequence, limit, cancellationToken);
    }

    /// <summary>Moves the cursor to <paramref name="sequence"/> after a 2xx (or past withheld notifications) and clears
    /// the failure state. Returns false when the webhook was deleted meanwhile.</summary>
    public async Task<bool> RecordDeliveredAsync(Guid webhookId, long sequence, bool attempted, CancellationToken cancellationToken)
    {
        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        Webhook? webhook = await db.Webhooks.FirstOrDefaultAsync(w => w.Id == webhookId, cancellationToken).ConfigureAwait(false);
        if (webhook is null)
        {
            return false;
        }

        webhook.LastDeliveredSequence = Math.Max(webhook.LastDeliveredSequence, sequence);
        if (attempted)
        {
            webhook.LastAttemptAt = time.GetUtcNow();
            webhook.LastError = null;
            webhook.ConsecutiveFailures = 0;
            webhook.NextAttemptAt = null;
        }

        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Records a failed try and schedules the next one after <see cref="WebhookRules.Backoff"/>. The cursor
    /// stays. Returns false when the webhook was deleted meanwhile.</summary>
    public async Task<bool> RecordFailedAsync(Guid webhookId, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        Webhook? webhook = await db.Webhooks.FirstOrDefaultAsync(w => w.Id == webhookId, cancellationToken).ConfigureAwait(false);
        if (webhook is null)
        {
            return false;
        }

        DateTimeOffset now = time.GetUtcNow();
        webhook.LastAttemptAt = now;
        webhook.LastError = error.Length <= WebhookRules.MaxErrorLength ? error : error[..WebhookRules.MaxErrorLength];
        webhook.ConsecutiveFailures = checked(webhook.ConsecutiveFailures + 1);
        webhook.NextAttemptAt = now + WebhookRules.Backoff(webhook.ConsecutiveFailures);
        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
