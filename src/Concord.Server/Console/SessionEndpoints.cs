using System.Security.Claims;
using Concord.Hub.Agencies;
using Concord.Hub.Errors;
using Concord.Server.Auth;
using Concord.Server.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Server.Console;

/// <summary><c>/api/v1/session</c>: the web console's sign-in (an API key exchanged for an HTTP-only session cookie),
/// who is signed in, and sign-out.</summary>
internal static class SessionEndpoints
{
    public static RouteGroupBuilder MapSession(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/v1/session").WithTags("Console session");
        group.MapPost("/", Create).AllowAnonymous();
        group.MapGet("/", (Delegate)Get).RequireAuthorization();
        group.MapDelete("/", (Delegate)Delete).AllowAnonymous();
        return group;
    }

    private static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> Create(
        CreateSessionRequest request, ApiKeyService keys, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        ApiKey? key = string.IsNullOrWhiteSpace(request.ApiKey)
            ? null
            : await keys.StartSessionAsync(request.ApiKey.Trim(), cancellationToken).ConfigureAwait(false);
        if (key is null)
        {
            return HubProblems.Create(StatusCodes.Status401Unauthorized, HubErrorCodes.AuthInvalidKey, "Unauthorized",
                "The API key is unknown or revoked.");
        }

        ClaimsPrincipal principal = HubClaims.ToPrincipal(key);
        // The cookie handler stamps issue and expiry times (ExpireTimeSpan) on these properties with its own clock.
        var properties = new AuthenticationProperties { IsPersistent = false, AllowRefresh = false };
        await http.SignInAsync(HubClaims.CookieScheme, principal, properties).ConfigureAwait(false);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(Describe(principal, properties.ExpiresUtc ?? time.GetUtcNow() + ConsoleSession.Lifetime));
    }

    /// <summary>The signed-in key; with a bearer key instead of a session, the same body without an expiry.</summary>
    private static async Task<Ok<SessionResponse>> Get(HttpContext http)
    {
        DateTimeOffset? expiresAt = null;
        if (ConsoleSession.UsesCookie(http.Request))
        {
            AuthenticateResult session = await http.AuthenticateAsync(HubClaims.CookieScheme).ConfigureAwait(false);
            expiresAt = session.Properties?.ExpiresUtc;
        }

        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(Describe(http.User, expiresAt));
    }

    private static async Task<NoContent> Delete(HttpContext http)
    {
        await http.SignOutAsync(HubClaims.CookieScheme).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static SessionResponse Describe(ClaimsPrincipal user, DateTimeOffset? expiresAt)
    {
        Actor actor = user.ToActor();
        return new SessionResponse(actor.AgencyCode, actor.Role.ToWireName(), actor.KeyId?.ToString("D"), expiresAt);
    }

    /// <summary>Body of <c>POST /api/v1/session</c>.</summary>
    internal sealed record CreateSessionRequest(string? ApiKey);

    /// <summary>A session on the wire: the key's agency (null for the hub administrator), role, key id, and when the
    /// session ends (null for a bearer key).</summary>
    internal sealed record SessionResponse(string? Agency, string Role, string? KeyId, DateTimeOffset? ExpiresAt);
}
