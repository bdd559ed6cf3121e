using System.Security.Claims;
using Concord.Hub.Agencies;
using Concord.Hub.Errors;
using Concord.Server.Auth;
using Concord.Server.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Server.Console;

/// <summary><c>/api/v1/session</c>: the web console's sign-in (an API key exchanged for an HTTP-only session cookie
/// naming a server-side session), who is signed in, and sign-out (the stored session is deleted).</summary>
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
        CreateSessionRequest request, WebSessionService sessions, HttpContext http, CancellationToken cancellationToken)
    {
        WebSessionStart start = string.IsNullOrWhiteSpace(request.ApiKey)
            ? new WebSessionStart(ApiKeyStatus.Unknown, null, null, null)
            : await sessions.StartAsync(request.ApiKey.Trim(), cancellationToken).ConfigureAwait(false);
        if (start is not { Status: ApiKeyStatus.Active, Key: { } key, Session: { } session, Token: { } token })
        {
            return start.Status == ApiKeyStatus.Expired
                ? HubProblems.Create(StatusCodes.Status401Unauthorized, HubErrorCodes.AuthExpiredKey, "Unauthorized", "The API key has expired.")
                : HubProblems.Create(StatusCodes.Status401Unauthorized, HubErrorCodes.AuthInvalidKey, "Unauthorized",
                    "The API key is unknown or revoked.");
        }

        http.Response.Cookies.Append(ConsoleSession.CookieName, token, ConsoleSession.CookieOptions(http.Request));
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(Describe(HubClaims.ToPrincipal(key, session.Id), session.EndsAt(sessions.IdleTimeout)));
    }

    /// <summary>The signed-in key; with a bearer key instead of a session, the same body without an expiry.</summary>
    private static async Task<Ok<SessionResponse>> Get(HttpContext http)
    {
        DateTimeOffset? expiresAt = null;
        if (http.User.ToSessionId() is not null)
        {
            AuthenticateResult session = await http.AuthenticateAsync(HubClaims.CookieScheme).ConfigureAwait(false);
            expiresAt = session.Properties?.ExpiresUtc;
        }

        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(Describe(http.User, expiresAt));
    }

    private static async Task<NoContent> Delete(HttpContext http, WebSessionService sessions, CancellationToken cancellationToken)
    {
        if (http.Request.Cookies.TryGetValue(ConsoleSession.CookieName, out string? token) && !string.IsNullOrEmpty(token))
        {
            await sessions.EndAsync(token, cancellationToken).ConfigureAwait(false);
        }

        http.Response.Cookies.Delete(ConsoleSession.CookieName, ConsoleSession.CookieOptions(http.Request));
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
    /// session ends unless used again (the earlier of its lifetime's end and the idle timeout; null for a bearer key).</summary>
    internal sealed record SessionResponse(string? Agency, string Role, string? KeyId, DateTimeOffset? ExpiresAt);
}
