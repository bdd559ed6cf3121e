using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Concord.Hub.Agencies;
using Concord.Hub.Errors;
using Concord.Server.Auth;
using Concord.Server.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Concord.Server.Console;

/// <summary>Authenticates the <c>concord_session</c> cookie against the stored sessions (<see cref="WebSessionService"/>):
/// every request re-reads the session and its key. A dead session's cookie is cleared; the challenge is 401 problem
/// details (<c>auth.expired-key</c> when the key expired, <c>auth.invalid-key</c> when it was revoked,
/// <c>auth.session-ended</c> when the session was signed out or timed out).</summary>
internal sealed class ConsoleSessionAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    WebSessionService sessions)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private ApiKeyStatus? _failure;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Cookies.TryGetValue(ConsoleSession.CookieName, out string? token) || string.IsNullOrEmpty(token))
        {
            return AuthenticateResult.NoResult();
        }

        (ApiKeyStatus status, ApiKey? key, WebSession? session) = await sessions.CheckAsync(token, Context.RequestAborted).ConfigureAwait(false);
        if (status != ApiKeyStatus.Active || key is null || session is null)
        {
            _failure = status;
            Response.Cookies.Delete(ConsoleSession.CookieName, ConsoleSession.CookieOptions(Request));
            return AuthenticateResult.Fail("The console session has ended.");
        }

        ClaimsPrincipal principal = HubClaims.ToPrincipal(key, session.Id);
        var properties = new AuthenticationProperties { ExpiresUtc = session.EndsAt(sessions.IdleTimeout) };
        return AuthenticateResult.Success(new AuthenticationTicket(principal, properties, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => _failure switch
    {
        ApiKeyStatus.Expired => HubProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, HubErrorCodes.AuthExpiredKey,
            "Unauthorized", "The console session's API key has expired; sign in with a valid key."),
        ApiKeyStatus.Revoked => HubProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, HubErrorCodes.AuthInvalidKey,
            "Unauthorized", "The console session's API key was revoked; sign in again."),
        _ => HubProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, HubErrorCodes.AuthSessionEnded, "Unauthorized",
            string.Create(CultureInfo.InvariantCulture,
                $"The console session has ended (signed out, idle for longer than {sessions.IdleTimeout}, or past its lifetime); sign in again.")),
    };

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        HubProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, HubErrorCodes.AuthMissingRole, "Forbidden",
            "The API key's role does not allow this operation.");
}
