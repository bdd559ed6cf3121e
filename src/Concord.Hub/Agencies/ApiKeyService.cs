using System.Globalization;
using Concord.Hub.Audit;
using Concord.Hub.Errors;
using Concord.Hub.Notifications;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Agencies;

/// <summary>Issues, lists, revokes and authenticates API keys. Scoped (one per request).</summary>
public sealed class ApiKeyService(HubDbContext db, AuditLog audit, HubWriteGate gate, TimeProvider time, ApiKeyUsage usage,
    NotificationOutbox outbox)
{
    /// <summary>Issues a key that does not expire; see <see cref="IssueAsync(string, string, DateTimeOffset?, Actor, CancellationToken)"/>.</summary>
    public Task<HubResult<IssuedApiKey>> IssueAsync(string agencyCode, string roleName, Actor actor, CancellationToken cancellationToken) =>
        IssueAsync(agencyCode, roleName, null, actor, cancellationToken);

    /// <summary>Issues a key for an agency. A hub administrator may issue for any agency, an agency administrator
    /// only for its own; <see cref="HubRole.HubAdmin"/> keys are never agency keys. A key the hub administrator issues
    /// (acting on the agency's behalf) is also announced to the agency's administrators
    /// (<see cref="NotificationKinds.ApiKeyIssued"/>, committed with the key).</summary>
    /// <param name="agencyCode">The agency the key acts for.</param>
    /// <param name="roleName">The role's wire name.</param>
    /// <param name="expiresAt">When the key stops working (stored to the microsecond), after the hub's clock; null for a
    /// key that does not expire.</param>
    /// <param name="actor">Who issues it; the audit entry names it.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<HubResult<IssuedApiKey>> IssueAsync(string agencyCode, string roleName, DateTimeOffset? expiresAt, Actor actor,
        CancellationToken cancellationToken)
    {
        if (!HubRoles.TryParse(roleName, out HubRole? role))
        {
            return HubResult<IssuedApiKey>.Fail(HubError.Create(HubErrorCodes.ApiKeyUnknownRole, HubErrorKind.Invalid,
                $"Role {roleName} is unknown.", roleName ?? ""));
        }

        if (role == HubRole.HubAdmin)
        {
            return HubResult<IssuedApiKey>.Fail(HubError.Create(HubErrorCodes.ApiKeyRoleNotAssignable, HubErrorKind.Invalid,
                $"Role {roleName} cannot be given to an agency key.", roleName));
        }

        DateTimeOffset now = time.GetUtcNow();
        if (expiresAt is { } expiry && expiry <= now)
        {
            string expiryText = expiry.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
            string nowText = now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
            return HubResult<IssuedApiKey>.Fail(HubError.Create(HubErrorCodes.ApiKeyInvalidExpiry, HubErrorKind.Invalid,
                $"expiresAt {expiryText} is not after the hub's clock {nowText}.", expiryText, nowText));
        }

        if (CheckManages(actor, agencyCode) is { } forbidden)
        {
            return HubResult<IssuedApiKey>.Fail(forbidden);
        }

        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        Agency? agency = await db.Agencies.FirstOrDefaultAsync(a => a.Code == agencyCode, cancellationToken).ConfigureAwait(false);
        if (agency is null)
        {
            return HubResult<IssuedApiKey>.Fail(AgencyNotFound(agencyCode));
        }

        IssuedApiKey issued = await AddKeyAsync(agency, role.Value, expiresAt, actor, cancellationToken).ConfigureAwait(false);
        if (IsOnBehalf(actor))
        {
            outbox.Add(NotificationKinds.ApiKeyIssued, issued.Id, NotificationKinds.NoRiskLevel, now, agency.Code);
        }

        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return HubResult<IssuedApiKey>.Ok(issued);
    }

    /// <summary>An agency's keys, revoked and expired ones included, oldest first (never their secrets). Same rules as
    /// <see cref="IssueAsync(string, string, DateTimeOffset?, Actor, CancellationToken)"/>.</summary>
    public async Task<HubResult<IReadOnlyList<ApiKey>>> ListAsync(string agencyCode, Actor actor, CancellationToken cancellationToken)
    {
        if (CheckManages(actor, agencyCode) is { } forbidden)
        {
            return HubResult<IReadOnlyList<ApiKey>>.Fail(forbidden);
        }

        Agency? agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Code == agencyCode, cancellationToken).ConfigureAwait(false);
        if (agency is null)
        {
            return HubResult<IReadOnlyList<ApiKey>>.Fail(AgencyNotFound(agencyCode));
        }

        List<ApiKey> keys = await db.ApiKeys.AsNoTracking().Where(k => k.AgencyId == agency.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        // Sorted here: SQLite cannot order by a DateTimeOffset column. An agency has tens of keys, not millions.
        return HubResult<IReadOnlyList<ApiKey>>.Ok([.. keys.OrderBy(k => k.CreatedAt).ThenBy(k => k.Id)]);
    }

    /// <summary>Revokes an agency's key, effective for the next request, and ends its console sessions in the same
    /// transaction. Same rules as <see cref="IssueAsync(string, string, DateTimeOffset?, Actor, CancellationToken)"/>.</summary>
    public async Task<HubResult<ApiKey>> RevokeAsync(string agencyCode, Guid keyId, Actor actor, CancellationToken cancellationToken)
    {
        if (CheckManages(actor, agencyCode) is { } forbidden)
        {
            return HubResult<ApiKey>.Fail(forbidden);
        }

        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        ApiKey? key = await db.ApiKeys.Include(k => k.Agency)
            .FirstOrDefaultAsync(k => k.Id == keyId && k.Agency != null && k.Agency.Code == agencyCode, cancellationToken)
            .ConfigureAwait(false);
        if (key is null)
        {
            return HubResult<ApiKey>.Fail(HubError.Create(HubErrorCodes.ApiKeyNotFound, HubErrorKind.NotFound,
                $"API key {keyId:D} was not found for agency {agencyCode}.", keyId.ToString("D"), agencyCode));
        }

        if (key.IsRevoked)
        {
            return HubResult<ApiKey>.Fail(HubError.Create(HubErrorCodes.ApiKeyAlreadyRevoked, HubErrorKind.Conflict,
                $"API key {keyId:D} is already revoked.", keyId.ToString("D")));
        }

        await RevokeTrackedAsync(key, actor, agencyCode, cancellationToken).ConfigureAwait(false);
        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return HubResult<ApiKey>.Ok(key);
    }

    /// <summary>Creates the hub administrator's key if no hub-level key exists yet (first start).</summary>
    /// <returns>The new key, or <see langword="null"/> when an administrator already exists.</returns>
    public async Task<IssuedApiKey?> BootstrapHubAdminAsync(CancellationToken cancellationToken)
    {
        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        if (await db.ApiKeys.AnyAsync(k => k.AgencyId == null, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        IssuedApiKey issued = await AddKeyAsync(null, HubRole.HubAdmin, null, Actor.System, cancellationToken).ConfigureAwait(false);
        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return issued;
    }

    /// <summary>Replaces the hub administrator's key (<c>concord admin rotate-key</c>): revokes every hub-level key that
    /// is not revoked yet, ends their console sessions, and issues a new one, all in one transaction, audited as
    /// <see cref="Actor.System"/>.</summary>
    /// <returns>The new key and the ids of the keys it replaced.</returns>
    public async Task<(IssuedApiKey Issued, IReadOnlyList<Guid> Revoked)> RotateHubAdminAsync(CancellationToken cancellationToken)
    {
        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        List<ApiKey> current = await db.ApiKeys.Where(k => k.AgencyId == null && k.RevokedAt == null)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (ApiKey old in current.OrderBy(k => k.Id))
        {
            await RevokeTrackedAsync(old, Actor.System, null, cancellationToken).ConfigureAwait(false);
        }

        IssuedApiKey issued = await AddKeyAsync(null, HubRole.HubAdmin, null, Actor.System, cancellationToken).ConfigureAwait(false);
        Guid[] revoked = [.. current.Select(k => k.Id).Order()];
        await audit.Append(Actor.System, AuditActions.HubAdminKeyRotated, $"api-key:{issued.Id:D}", new Dictionary<string, string?>
        {
            ["revoked"] = string.Join(',', revoked.Select(id => id.ToString("D"))),
        }, cancellationToken).ConfigureAwait(false);
        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (issued, revoked);
    }

    /// <summary>Finds the key of a presented secret, with its agency, and whether it may act now. Records the use of an
    /// active key (<see cref="ApiKey.LastUsedAt"/>, see <see cref="ApiKeyUsage"/>).</summary>
    /// <returns>The status, and the key unless it is <see cref="ApiKeyStatus.Unknown"/>.</returns>
    public async Task<(ApiKeyStatus Status, ApiKey? Key)> CheckAsync(string presentedSecret, CancellationToken cancellationToken)
    {
        if (!presentedSecret.StartsWith(ApiKeySecret.Prefix, StringComparison.Ordinal))
        {
            return (ApiKeyStatus.Unknown, null);
        }

        // Looking up by hash: the comparison happens on the hash, so timing reveals nothing about the secret.
        string hash = ApiKeySecret.Hash(presentedSecret);
        ApiKey? key = await db.ApiKeys.AsNoTracking().Include(k => k.Agency)
            .FirstOrDefaultAsync(k => k.SecretHash == hash, cancellationToken)
            .ConfigureAwait(false);
        return await StatusOfAsync(key, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Finds a key by id, with its agency, and whether it may act now (a console session or an open stream
    /// re-checks its key with this). Records the use of an active key when <paramref name="recordUse"/>.</summary>
    public async Task<(ApiKeyStatus Status, ApiKey? Key)> CheckAsync(Guid keyId, bool recordUse, CancellationToken cancellationToken)
    {
        ApiKey? key = await db.ApiKeys.AsNoTracking().Include(k => k.Agency)
            .FirstOrDefaultAsync(k => k.Id == keyId, cancellationToken)
            .ConfigureAwait(false);
        return await StatusOfAsync(key, cancellationToken, recordUse).ConfigureAwait(false);
    }

    private async Task<(ApiKeyStatus Status, ApiKey? Key)> StatusOfAsync(ApiKey? key, CancellationToken cancellationToken, bool recordUse = true)
    {
        if (key is null)
        {
            return (ApiKeyStatus.Unknown, null);
        }

        DateTimeOffset now = time.GetUtcNow();
        ApiKeyStatus status = key.StatusAt(now);
        if (status == ApiKeyStatus.Active && recordUse && usage.ShouldRecord(key.Id, key.LastUsedAt, now))
        {
            DateTimeOffset usedAt = AuditHasher.TruncateToMicroseconds(now);
            // One statement by primary key, outside the write gate: see ApiKeyUsage.
            await db.ApiKeys.Where(k => k.Id == key.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(k => k.LastUsedAt, usedAt), cancellationToken).ConfigureAwait(false);
            key.LastUsedAt = usedAt;
        }

        return (status, key);
    }

    private async Task RevokeTrackedAsync(ApiKey key, Actor actor, string? agencyCode, CancellationToken cancellationToken)
    {
        key.RevokedAt = AuditHasher.TruncateToMicroseconds(time.GetUtcNow());
        // Its console sessions end in the same transaction (they would be refused anyway: every request re-checks the key).
        db.WebSessions.RemoveRange(await db.WebSessions.Where(s => s.KeyId == key.Id).ToListAsync(cancellationToken).ConfigureAwait(false));
        await audit.Append(actor, AuditActions.ApiKeyRevoked, $"api-key:{key.Id:D}", new Dictionary<string, string?>
        {
            ["agency"] = agencyCode,
            ["role"] = key.Role.ToWireName(),
        }, cancellationToken, [agencyCode]).ConfigureAwait(false);
    }

    private async Task<IssuedApiKey> AddKeyAsync(Agency? agency, HubRole role, DateTimeOffset? expiresAt, Actor actor,
        CancellationToken cancellationToken)
    {
        string secret = ApiKeySecret.Create();
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            AgencyId = agency?.Id,
            Role = role,
            SecretHash = ApiKeySecret.Hash(secret),
            CreatedAt = AuditHasher.TruncateToMicroseconds(time.GetUtcNow()),
            ExpiresAt = expiresAt is { } expiry ? AuditHasher.TruncateToMicroseconds(expiry.ToUniversalTime()) : null,
        };
        db.ApiKeys.Add(key);
        var details = new Dictionary<string, string?>
        {
            ["agency"] = agency?.Code,
            ["role"] = role.ToWireName(),
        };
        if (key.ExpiresAt is { } stored)
        {
            details["expiresAt"] = stored.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        }

        if (IsOnBehalf(actor) && agency is not null)
        {
            details["onBehalfOf"] = agency.Code;
        }

        await audit.Append(actor, AuditActions.ApiKeyIssued, $"api-key:{key.Id:D}", details, cancellationToken, [agency?.Code])
            .ConfigureAwait(false);
        return new IssuedApiKey(key.Id, secret, role, agency?.Code, key.ExpiresAt);
    }

    /// <summary>Whether <paramref name="actor"/> mints an agency's key on its behalf: a hub administrator's key (not the
    /// system's seeding, which has none). The audit entry says so (<c>onBehalfOf</c>) and the agency's administrators are
    /// told (<see cref="NotificationKinds.ApiKeyIssued"/>).</summary>
    private static bool IsOnBehalf(Actor actor) => actor.Role == HubRole.HubAdmin && actor.KeyId is not null;

    private static HubError? CheckManages(Actor actor, string agencyCode)
    {
        bool allowed = actor.Role == HubRole.HubAdmin
            || (actor.Role == HubRole.AgencyAdmin && string.Equals(actor.AgencyCode, agencyCode, StringComparison.Ordinal));
        return allowed
            ? null
            : HubError.Create(HubErrorCodes.AuthMissingRole, HubErrorKind.Forbidden,
                $"Managing keys of agency {agencyCode} needs hub-admin or its own agency-admin.", $"{HubRoles.HubAdmin},{HubRoles.AgencyAdmin}");
    }

    private static HubError AgencyNotFound(string code) =>
        HubError.Create(HubErrorCodes.AgencyNotFound, HubErrorKind.NotFound, $"Agency {code} was not found.", code);
}
