using System.Text.Encodings.Web;
using Concord.Hub.Agencies;
using Concord.Hub.Errors;
using Concord.Server.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Concord.Server.Auth;

/// <summary>Authenticates <c>Authorization: Bearer KEY</c> against the stored key hashes; answers 401 and 403 with
/// problem details.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyService keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    private bool _presentedKey;
    private ApiKeyStatus? _status;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers[HeaderNames.Authorization];
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        _presentedKey = true;
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("The Authorization header is not a bearer key.");
        }

        (ApiKeyStatus status, ApiKey? key) = await keys.CheckAsync(header[BearerPrefix.Length..].Trim(), Context.RequestAborted).ConfigureAwait(false);
        _status = status;
        return status == ApiKeyStatus.Active && key is not null
            ? AuthenticateResult.Success(new AuthenticationTicket(HubClaims.ToPrincipal(key), Scheme.Name))
            : AuthenticateResult.Fail(status == ApiKeyStatus.Expired ? "Expired API key." : "Unknown or revoked API key.");
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        if (_status == ApiKeyStatus.Expired)
        {
            return HubProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, HubErrorCodes.AuthExpiredKey, "Unauthorized",
                "The API key has expired.");
        }

        return _presentedKey
            ? HubProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, HubErrorCodes.AuthInvalidKey, "Unauthorized", "The API key is unknown or revoked.")
            : HubProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, HubErrorCodes.AuthMissingKey, "Unauthorized",
                "No API key was presented (Authorization: Bearer KEY).");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        HubProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, HubErrorCodes.AuthMissingRole, "Forbidden", "The API key's role does not allow this operation.");
}
