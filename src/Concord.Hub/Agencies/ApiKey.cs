namespace Concord.Hub.Agencies;

/// <summary>A stored API key: its role, owner and the hash of its secret (the secret itself is never stored).
/// Storage entity and aggregate root.</summary>
public sealed class ApiKey
{
    /// <summary>Public identifier of the key (shown in lists and in the audit log; not a secret).</summary>
    public Guid Id { get; init; }

    /// <summary>The agency the key acts for; <see langword="null"/> for hub-level keys (<see cref="HubRole.HubAdmin"/>).</summary>
    public Guid? AgencyId { get; init; }

    /// <summary>The agency the key acts for, when loaded.</summary>
    public Agency? Agency { get; init; }

    /// <summary>What the key may do.</summary>
    public HubRole Role { get; init; }

    /// <summary>Lower-case hex SHA-256 of the secret (see <see cref="ApiKeySecret.Hash"/>).</summary>
    public required string SecretHash { get; init; }

    /// <summary>When the key was issued (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the key was revoked (UTC); <see langword="null"/> while it is valid.</summary>
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>When the key stops working (UTC); <see langword="null"/> for a key that does not expire.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>When the key last authenticated a request (UTC), to within <see cref="ApiKeyUsage.RecordInterval"/>;
    /// <see langword="null"/> when it never has.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }

    /// <summary>Whether the key is revoked.</summary>
    public bool IsRevoked => RevokedAt is not null;

    /// <summary>Whether the key may authenticate at <paramref name="now"/>: a revoked key never does, an expired one
    /// (<see cref="ExpiresAt"/> at or before <paramref name="now"/>) no longer does.</summary>
    public ApiKeyStatus StatusAt(DateTimeOffset now) =>
        IsRevoked ? ApiKeyStatus.Revoked : ExpiresAt is { } expiresAt && expiresAt <= now ? ApiKeyStatus.Expired : ApiKeyStatus.Active;
}
