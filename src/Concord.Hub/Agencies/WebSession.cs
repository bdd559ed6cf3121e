namespace Concord.Hub.Agencies;

/// <summary>A web console session, stored server-side: the browser's cookie holds only a random token, and this row
/// holds its hash, the key it acts for and its times. Storage entity.</summary>
/// <remarks>Signing out deletes the row; revoking the key deletes its rows in the same transaction; a session idle for
/// longer than the idle timeout, or past <see cref="ExpiresAt"/>, is refused and deleted when next presented.</remarks>
public sealed class WebSession
{
    /// <summary>Identifier of the session (not a secret; never in the cookie).</summary>
    public Guid Id { get; init; }

    /// <summary>Lower-case hex SHA-256 of the cookie's token (see <see cref="ApiKeySecret.Hash"/>: a 256-bit random token
    /// needs no salt or slow hash).</summary>
    public required string TokenHash { get; init; }

    /// <summary>The key the session acts for.</summary>
    public Guid KeyId { get; init; }

    /// <summary>When the session was started (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When a request last used the session (UTC), to within <see cref="WebSessionService.TouchInterval"/>.</summary>
    public DateTimeOffset LastSeenAt { get; set; }

    /// <summary>When the session ends however active it is (UTC): sign-in time plus the session lifetime.</summary>
    public DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Whether the session may act at <paramref name="now"/>: not past <see cref="ExpiresAt"/>, and used within
    /// <paramref name="idleTimeout"/>.</summary>
    public bool IsLiveAt(DateTimeOffset now, TimeSpan idleTimeout) => now < ExpiresAt && now - LastSeenAt < idleTimeout;

    /// <summary>When the session ends if it is not used again: the earlier of <see cref="ExpiresAt"/> and
    /// <see cref="LastSeenAt"/> plus <paramref name="idleTimeout"/>.</summary>
    public DateTimeOffset EndsAt(TimeSpan idleTimeout) => LastSeenAt + idleTimeout < ExpiresAt ? LastSeenAt + idleTimeout : ExpiresAt;
}
