namespace Concord.Hub.Agencies;

/// <summary>Whether a presented credential may act, and if not, why (the server answers 401 <c>auth.invalid-key</c> for
/// <see cref="Unknown"/> and <see cref="Revoked"/>, 401 <c>auth.expired-key</c> for <see cref="Expired"/>).</summary>
public enum ApiKeyStatus
{
    /// <summary>The key is valid now.</summary>
    Active,

    /// <summary>No key has this secret (or the console session is unknown, signed out or timed out).</summary>
    Unknown,

    /// <summary>The key was revoked.</summary>
    Revoked,

    /// <summary>The key's <see cref="ApiKey.ExpiresAt"/> has passed.</summary>
    Expired,
}
