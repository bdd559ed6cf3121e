using Concord.Hub.Audit;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Agencies;

/// <summary>Starts, checks and ends web console sessions (<see cref="WebSession"/>). Scoped (one per request).</summary>
/// <remarks>The cookie carries only a random 256-bit token; the hub stores its SHA-256. Every request re-reads the
/// session and its key, so signing out, revoking the key or its expiry ends the session at once.</remarks>
public sealed class WebSessionService(HubDbContext db, AuditLog audit, HubWriteGate gate, TimeProvider time, ApiKeyService keys,
    WebSessionOptions options)
{
    /// <summary>How often a used session's <see cref="WebSession.LastSeenAt"/> is written: at most once a minute, so
    /// that reads do not each become a write. The idle timeout is therefore exact to within a minute.</summary>
    public static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    /// <summary>Signs in with a presented API key secret: checks the key and stores a new session, audited as
    /// <see cref="AuditActions.SessionCreated"/>.</summary>
    /// <returns>The key's status; when <see cref="ApiKeyStatus.Active"/>, the key, the stored session and the token to
    /// put in the cookie (shown only here).</returns>
    public async Task<WebSessionStart> StartAsync(string presentedSecret, CancellationToken cancellationToken)
    {
        (ApiKeyStatus status, ApiKey? key) = await keys.CheckAsync(presentedSecret, cancellationToken).ConfigureAwait(false);
        if (status != ApiKeyStatus.Active || key is null)
        {
            return new WebSessionStart(status, key, null, null);
        }

        string token = ApiKeySecret.Create();
        DateTimeOffset now = AuditHasher.TruncateToMicroseconds(time.GetUtcNow());
        var session = new WebSession
        {
            Id = Guid.CreateVersion7(now),
            TokenHash = ApiKeySecret.Hash(token),
            KeyId = key.Id,
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = now + options.SessionLifetime,
        };
        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        db.WebSessions.Add(session);
        await audit.Append(new Actor(key.Id, key.Role, key.Agency?.Code), AuditActions.SessionCreated, $"api-key:{key.Id:D}",
            new Dictionary<string, string?>
            {
                ["agency"] = key.Agency?.Code,
                ["role"] = key.Role.ToWireName(),
            }, cancellationToken, [key.Agency?.Code]).ConfigureAwait(false);
        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new WebSessionStart(ApiKeyStatus.Active, key, session, token);
    }

    /// <summary>Checks a presented session token: the session must exist, be within its lifetime and idle timeout, and
    /// its key must be active. A session found dead is deleted. A live one is touched (at most once per
    /// <see cref="TouchInterval"/>).</summary>
    /// <returns><see cref="ApiKeyStatus.Unknown"/> for an unknown, signed-out or timed-out session; otherwise the key's
    /// status, with the key and the session.</returns>
    public async Task<(ApiKeyStatus Status, ApiKey? Key, WebSession? Session)> CheckAsync(string token, CancellationToken cancellationToken)
    {
        string hash = ApiKeySecret.Hash(token);
        WebSession? session = await db.WebSessions.AsNoTracking().FirstOrDefaultAsync(s => s.TokenHash == hash, cancellationToken)
            .ConfigureAwait(false);
        if (session is null)
        {
            return (ApiKeyStatus.Unknown, null, null);
        }

        DateTimeOffset now = time.GetUtcNow();
        if (!session.IsLiveAt(now, options.SessionIdleTimeout))
        {
            await DeleteAsync(session.Id, cancellationToken).ConfigureAwait(false);
            return (ApiKeyStatus.Unknown, null, null);
        }

        (ApiKeyStatus status, ApiKey? key) = await keys.CheckAsync(session.KeyId, recordUse: true, cancellationToken).ConfigureAwait(false);
        if (status != ApiKeyStatus.Active)
        {
            await DeleteAsync(session.Id, cancellationToken).ConfigureAwait(false);
            return (status, key, null);
        }

        if (now - session.LastSeenAt >= TouchInterval)
        {
            DateTimeOffset seen = AuditHasher.TruncateToMicroseconds(now);
            // One statement by primary key outside the write gate (not part of the audit chain), as ApiKeyUsage.
            await db.WebSessions.Where(s => s.Id == session.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.LastSeenAt, seen), cancellationToken).ConfigureAwait(false);
            session.LastSeenAt = seen;
        }

        return (ApiKeyStatus.Active, key, session);
    }

    /// <summary>Whether a session still exists and is within its lifetime (an open stream re-checks this; the stream is
    /// itself activity, so the idle timeout does not apply to it).</summary>
    public async Task<bool> IsOpenAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        WebSession? session = await db.WebSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken)
            .ConfigureAwait(false);
        return session is not null && time.GetUtcNow() < session.ExpiresAt;
    }

    /// <summary>Signs out: deletes the session of a presented token (nothing when it is unknown).</summary>
    /// <returns>Whether a session was deleted.</returns>
    public async Task<bool> EndAsync(string token, CancellationToken cancellationToken)
    {
        string hash = ApiKeySecret.Hash(token);
        return await db.WebSessions.Where(s => s.TokenHash == hash).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    /// <summary>The configured idle timeout.</summary>
    public TimeSpan IdleTimeout => options.SessionIdleTimeout;

    private async Task DeleteAsync(Guid id, CancellationToken cancellationToken) =>
        await db.WebSessions.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
}
