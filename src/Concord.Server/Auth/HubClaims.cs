using System.Security.Claims;
using Concord.Hub.Agencies;

namespace Concord.Server.Auth;

/// <summary>Claims carried by an authenticated API key, and the <see cref="Actor"/> they describe.</summary>
internal static class HubClaims
{
    /// <summary>The scheme every policy names: forwards to <see cref="ApiKeyScheme"/> when the request has an
    /// <c>Authorization</c> header or no console session cookie, else to <see cref="CookieScheme"/>.</summary>
    public const string Scheme = "Hub";

    /// <summary>The <c>Authorization: Bearer KEY</c> scheme.</summary>
    public const string ApiKeyScheme = "ApiKey";

    /// <summary>The web console's session cookie scheme.</summary>
    public const string CookieScheme = "ConsoleSession";
    public const string KeyId = "concord:key-id";
    public const string Agency = "concord:agency";

    /// <summary>The console session's id, on principals authenticated by the session cookie (an open stream re-checks
    /// that the session still exists).</summary>
    public const string SessionId = "concord:session-id";

    public static ClaimsPrincipal ToPrincipal(ApiKey key, Guid? sessionId = null)
    {
        var claims = new List<Claim>
        {
            new(KeyId, key.Id.ToString("D")),
            new(ClaimTypes.Role, key.Role.ToWireName()),
        };
        if (key.Agency is { } agency)
        {
            claims.Add(new Claim(Agency, agency.Code));
        }

        if (sessionId is { } session)
        {
            claims.Add(new Claim(SessionId, session.ToString("D")));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, ApiKeyScheme, nameType: KeyId, roleType: ClaimTypes.Role));
    }

    /// <summary>The console session of a cookie-authenticated request, or null for a bearer key.</summary>
    public static Guid? ToSessionId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(SessionId), out Guid id) ? id : null;

    /// <summary>The actor of an authenticated request. Endpoints call this only behind <c>RequireAuthorization</c>.</summary>
    public static Actor ToActor(this ClaimsPrincipal user)
    {
        string keyId = user.FindFirstValue(KeyId) ?? throw new InvalidOperationException("The request is not authenticated.");
        string role = user.FindFirstValue(ClaimTypes.Role) ?? throw new InvalidOperationException("The key has no role.");
        return HubRoles.TryParse(role, out HubRole? parsed)
            ? new Actor(Guid.Parse(keyId), parsed.Value, user.FindFirstValue(Agency))
            : throw new InvalidOperationException($"Unknown role claim {role}.");
    }
}
