using Concord.Hub.Agencies;
using Concord.Hub.Audit;
using Concord.Hub.Errors;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Notifications;

/// <summary>Creates, lists and deletes an agency's webhooks. Scoped (one per request).</summary>
/// <remarks>Only an agency administrator manages webhooks, and only its own agency's: a webhook receives what the agency
/// may see, so it is the agency's configuration. Webhooks of other agencies do not exist for the caller (404).</remarks>
public sealed class WebhookService(HubDbContext db, AuditLog audit, HubWriteGate gate, NotificationFeed feed, TimeProvider time,
    IWebhookSecretProtector secrets, WebhookDestinationPolicy destinations)
{
    /// <summary>Creates a webhook for the actor's agency, delivering notifications committed from now on.</summary>
    /// <remarks>The URL must be https unless <see cref="WebhookDestinationPolicy.AllowHttp"/> (422
    /// <see cref="HubErrorCodes.WebhookInvalidUrl"/>); a literal address the policy does not permit is 422
    /// <see cref="HubErrorCodes.WebhookForbiddenDestination"/> (a host name is checked when connecting); an agency with
    /// <see cref="WebhookDestinationPolicy.MaxPerAgency"/> webhooks gets 409 <see cref="HubErrorCodes.WebhookLimitReached"/>.</remarks>
    public async Task<HubResult<CreatedWebhook>> CreateAsync(Actor actor, string? url, string? description, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (CheckAgencyAdmin(actor) is { } forbidden)
        {
            return HubResult<CreatedWebhook>.Fail(forbidden);
        }

        var errors = new List<HubError>();
        if (!WebhookRules.IsValidUrl(url) || !destinations.PermitsScheme(new Uri(url!)))
        {
            errors.Add(HubError.Create(HubErrorCodes.WebhookInvalidUrl, HubErrorKind.Invalid,
                $"Webhook URL must be an absolute {(destinations.AllowHttp ? "http or https" : "https")} URL of at most "
                + $"{WebhookRules.MaxUrlLength} characters, without credentials.", url ?? ""));
        }
        else if (WebhookRules.LiteralAddress(new Uri(url!)) is { } literal && !destinations.Permits(literal))
        {
            errors.Add(HubError.Create(HubErrorCodes.WebhookForbiddenDestination, HubErrorKind.Invalid,
                $"Webhook URL {url} points at {literal}, an address the hub does not call (loopback, private, link-local, multicast, "
                + "unspecified or reserved) unless the operator allows its network.", url!, literal.ToString()));
        }

        if (description is { Length: > WebhookRules.MaxDescriptionLength })
        {
            errors.Add(HubError.Create(HubErrorCodes.WebhookInvalidDescription, HubErrorKind.Invalid,
                $"Webhook description must be at most {WebhookRules.MaxDescriptionLength} characters.",
                WebhookRules.MaxDescriptionLength.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (errors.Count > 0)
        {
            return HubResult<CreatedWebhook>.Fail(errors);
        }

        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        int existing = await db.Webhooks.CountAsync(w => w.AgencyCode == actor.AgencyCode, cancellationToken).ConfigureAwait(false);
        if (existing >= destinations.MaxPerAgency)
        {
            return HubResult<CreatedWebhook>.Fail(HubError.Create(HubErrorCodes.WebhookLimitReached, HubErrorKind.Conflict,
                $"Agency {actor.AgencyCode} already has {existing} webhooks, the most allowed.", actor.AgencyCode!,
                destinations.MaxPerAgency.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        DateTimeOffset now = AuditHasher.TruncateToMicroseconds(time.GetUtcNow());
        string secret = WebhookSignature.CreateSecret();
        var webhook = new Webhook
        {
            Id = Guid.CreateVersion7(now),
            AgencyCode = actor.AgencyCode!,
            Url = url!,
            Description = string.IsNullOrEmpty(description) ? null : description,
            Secret = secrets.Protect(secret),
            CreatedAt = now,
            // Read under the gate: every notification committed before this one is older than the webhook.
            LastDeliveredSequence = await feed.NewestSequenceAsync(cancellationToken).ConfigureAwait(false),
        };
        db.Webhooks.Add(webhook);
        await audit.Append(actor, AuditActions.WebhookCreated, $"webhook:{webhook.Id:D}", new Dictionary<string, string?>
        {
            ["agency"] = webhook.AgencyCode,
            ["url"] = webhook.Url,
        }, cancellationToken, [webhook.AgencyCode]).ConfigureAwait(false);
        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return HubResult<CreatedWebhook>.Ok(new CreatedWebhook(webhook, secret));
    }

    /// <summary>The actor's agency's webhooks, oldest first.</summary>
    public async Task<HubResult<IReadOnlyList<Webhook>>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (CheckAgencyAdmin(actor) is { } forbidden)
        {
            return HubResult<IReadOnlyList<Webhook>>.Fail(forbidden);
        }

        List<Webhook> found = await db.Webhooks.AsNoTracking().Where(w => w.AgencyCode == actor.AgencyCode)
            .OrderBy(w => w.Id) // UUID v7: creation order
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return HubResult<IReadOnlyList<Webhook>>.Ok(found);
    }

    /// <summary>Deletes one of the actor's agency's webhooks; deliveries stop with its next pass.</summary>
    public async Task<HubResult<Webhook>> DeleteAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (CheckAgencyAdmin(actor) is { } forbidden)
        {
            return HubResult<Webhook>.Fail(forbidden);
        }

        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        Webhook? webhook = await db.Webhooks.FirstOrDefaultAsync(w => w.Id == id && w.AgencyCode == actor.AgencyCode, cancellationToken)
            .ConfigureAwait(false);
        if (webhook is null)
        {
            return HubResult<Webhook>.Fail(HubError.Create(HubErrorCodes.WebhookNotFound, HubErrorKind.NotFound,
                $"Webhook {id:D} was not found.", id.ToString("D")));
        }

        db.Webhooks.Remove(webhook);
        await audit.Append(actor, AuditActions.WebhookDeleted, $"webhook:{webhook.Id:D}", new Dictionary<string, string?>
        {
            ["agency"] = webhook.AgencyCode,
            ["url"] = webhook.Url,
        }, cancellationToken, [webhook.AgencyCode]).ConfigureAwait(false);
        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return HubResult<Webhook>.Ok(webhook);
    }

    private static HubError? CheckAgencyAdmin(Actor actor) =>
        actor.Role == HubRole.AgencyAdmin && actor.AgencyCode is not null
            ? null
            : HubError.Create(HubErrorCodes.AuthMissingRole, HubErrorKind.Forbidden,
                "Managing webhooks needs an agency-admin key of the agency.", HubRoles.AgencyAdmin);
}
