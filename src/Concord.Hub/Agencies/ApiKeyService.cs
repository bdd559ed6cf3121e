using Concord.Hub.Audit;
using Concord.Hub.Errors;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Agencies;

/// <summary>Issues, revokes and authenticates API keys. Scoped (one per request).</summary>
public sealed class ApiKeyService(HubDbContext db, AuditLog audit, HubWriteGate gate, TimeProvider time)
{
    /// <summary>Issues a key for an agency. A hub administrator may issue for any agency, an agency administrator
    /// only for its own; <see cref="HubRole.HubAdmin"/> keys are never agency keys.</summary>
    public async Task<HubResult<IssuedApiKey>> IssueAsync(string agencyCode, string roleName, Actor actor,
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

        if (CheckManages(actor, agencyCode) is { } forbidden)
        {
            return HubResult<IssuedApiKey>.Fail(forbidden);
        }

        using IDisposable writer = await gate.EnterAsync(cancellationToken).ConfigureAwait(false);
        Agency? agency = await db.Agencies.FirstOrDefaultAsync(a => a.Code == agencyCode, cancellationToken).ConfigureAwait(false);
        if (agency is null)
        {
            return HubResult<IssuedApiKey>.Fail(AgencyNotFound(agencyCode));
        }

        IssuedApiKey issued = await AddKeyAsync(agency, role.Value, actor, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return HubResult<IssuedApiKey>.Ok(issued);
    }

    /// <summary>Revokes an agency's key, effective for the next request. Same rules as <see cref="IssueAsync"/>.</summary>
    public async Task<HubResult<ApiKey>> RevokeAsync(string agencyCode, Guid keyId, Actor actor, CancellationToken cancellationToken)
    {
        if (CheckManages(actor, agencyCode) is { } forbidden)
        {
            return HubResult<ApiKey>.Fail(forbidden);
        }

        using IDisposable writer = await gate.EnterAsync(cancellationToken).ConfigureAwait(false);
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

        key.RevokedAt = AuditHasher.TruncateToMicroseconds(time.GetUtcNow());
        await audit.Append(actor, AuditActions.ApiKeyRevoked, $"api-key:{key.Id:D}", new Dictionary<string, string?>
        {
            ["agency"] = agencyCode,
            ["role"] = key.Role.ToWireName(),
        }, cancellationToken, [agencyCode]).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return HubResult<ApiKey>.Ok(key);
    }

    /// <summary>Creates the hub administrator's key if no hub-level key exists yet (first start).</summary>
    /// <returns>The new key, or <see langword="null"/> when an administrator already exists.</returns>
    public async Task<IssuedApiKey?> BootstrapHubAdminAsync(CancellationToken cancellationToken)
    {
        using IDisposable writer = await gate.EnterAsync(cancellationToken).ConfigureAwait(false);
        if (await db.ApiKeys.AnyAsync(k => k.AgencyId == null, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        IssuedApiKey issued = await AddKeyAsync(null, HubRole.HubAdmin, Actor.System, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return issued;
    }

    /// <summary>Finds the valid (not revoked) key for a presented secret, with its agency.</summary>
    /// <returns>The key, or <see langword="null"/> when the secret is unknown or revoked.</returns>
    public async Task<ApiKey?> AuthenticateAsync(string presentedSecret, CancellationToken cancellationToken)
    {
        if (!presentedSecret.StartsWith(ApiKeySecret.Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        // Looking up by hash: the comparison happens on the hash, so timing reveals nothing about the secret.
        string hash = ApiKeySecret.Hash(presentedSecret);
        return await db.ApiKeys.AsNoTracking().Include(k => k.Agency)
            .FirstOrDefaultAsync(k => k.SecretHash == hash && k.RevokedAt == null, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Finds a key by id when it is not revoked, with its agency (a console session re-checks its key on every
    /// request with this).</summary>
    /// <returns>The key, or <see langword="null"/> when it is unknown or revoked.</returns>
    public async Task<ApiKey?> FindActiveAsync(Guid keyId, CancellationToken cancellationToken) =>
        await db.ApiKeys.AsNoTracking().Include(k => k.Agency)
            .FirstOrDefaultAsync(k => k.Id == keyId && k.RevokedAt == null, cancellationToken)
            .ConfigureAwait(false);

    /// <summary>Signs in to the web console with a presented secret: authenticates it and records
    /// <see cref="AuditActions.SessionCreated"/>.</summary>
    /// <returns>The key, or <see langword="null"/> (nothing written) when the secret is unknown or revoked.</returns>
    public async Task<ApiKey?> StartSessionAsync(string presentedSecret, CancellationToken cancellationToken)
    {
        ApiKey? key = await AuthenticateAsync(presentedSecret, cancellationToken).ConfigureAwait(false);
        if (key is null)
        {
            return null;
        }

        using IDisposable writer = await gate.EnterAsync(cancellationToken).ConfigureAwait(false);
        await audit.Append(new Actor(key.Id, key.Role, key.Agency?.Code), AuditActions.SessionCreated, $"api-key:{key.Id:D}",
            new Dictionary<string, string?>
            {
                ["agency"] = key.Agency?.Code,
                ["role"] = key.Role.ToWireName(),
            }, cancellationToken, [key.Agency?.Code]).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return key;
    }

    private async Task<IssuedApiKey> AddKeyAsync(Agency? agency, HubRole role, Actor actor, CancellationToken cancellationToken)
    {
        string secret = ApiKeySecret.Create();
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            AgencyId = agency?.Id,
            Role = role,
            SecretHash = ApiKeySecret.Hash(secret),
            CreatedAt = AuditHasher.TruncateToMicroseconds(time.GetUtcNow()),
        };
        db.ApiKeys.Add(key);
        await audit.Append(actor, AuditActions.ApiKeyIssued, $"api-key:{key.Id:D}", new Dictionary<string, string?>
        {
            ["agency"] = agency?.Code,
            ["role"] = role.ToWireName(),
        }, cancellationToken, [agency?.Code]).ConfigureAwait(false);
        return new IssuedApiKey(key.Id, secret, role, agency?.Code);
    }

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
