using Concord.Hub.Agencies;
using Concord.Hub.Errors;
using Concord.Server.Auth;
using Concord.Server.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Net.Http.Headers;

namespace Concord.Server.Console;

/// <summary>The web console's cookie session beside the API-key scheme: a policy scheme (<see cref="HubClaims.Scheme"/>)
/// picks the bearer key when an <c>Authorization</c> header is present (or no session cookie is), else the cookie.</summary>
/// <remarks>The cookie is a data-protected ticket holding the key id and its claims; every request re-reads the key, so a
/// revoked key ends its sessions at once. The data-protection keys live in <c>DATA-DIR/keys</c>, so sessions survive a
/// restart.</remarks>
internal static class ConsoleSession
{
    /// <summary>The session cookie's name.</summary>
    public const string CookieName = "concord_session";

    /// <summary>The header a cookie-authenticated unsafe request must carry (value <c>1</c>): a cross-site form or
    /// image cannot set it.</summary>
    public const string CsrfHeader = "X-Concord-Console";

    /// <summary>The data-protection key directory's name inside the data directory.</summary>
    public const string KeysDirectoryName = "keys";

    /// <summary>How long a session lasts after sign-in.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    /// <summary>Whether a request authenticates with the session cookie (no <c>Authorization</c> header, a cookie).</summary>
    public static bool UsesCookie(HttpRequest request) =>
        string.IsNullOrEmpty(request.Headers[HeaderNames.Authorization]) && request.Cookies.ContainsKey(CookieName);

    /// <summary>Adds the cookie scheme, the policy scheme that chooses between it and the API key, and data protection
    /// with keys persisted in <paramref name="dataDir"/>.</summary>
    public static AuthenticationBuilder AddConsoleSession(this AuthenticationBuilder builder, string dataDir)
    {
        builder.Services.AddDataProtection()
            .SetApplicationName("Concord")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetFullPath(dataDir), KeysDirectoryName)));
        return builder
            .AddPolicyScheme(HubClaims.Scheme, "API key or console session", options => options.ForwardDefaultSelector =
                context => UsesCookie(context.Request) ? HubClaims.CookieScheme : HubClaims.ApiKeyScheme)
            .AddCookie(HubClaims.CookieScheme, options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.Cookie.Path = "/";
                options.ExpireTimeSpan = Lifetime;
                options.SlidingExpiration = false;
                options.Events = new CookieAuthenticationEvents
                {
                    OnValidatePrincipal = ValidateAsync,
                    OnRedirectToLogin = context => HubProblems.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized,
                        HubErrorCodes.AuthInvalidKey, "Unauthorized",
                        "The console session has ended or its API key was revoked; sign in again."),
                    OnRedirectToAccessDenied = context => HubProblems.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden,
                        HubErrorCodes.AuthMissingRole, "Forbidden", "The API key's role does not allow this operation."),
                };
            });
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ApiKey? key = null;
        if (Guid.TryParse(context.Principal?.FindFirst(HubClaims.KeyId)?.Value, out Guid keyId))
        {
            var keys = context.HttpContext.RequestServices.GetRequiredService<ApiKeyService>();
            key = await keys.FindActiveAsync(keyId, context.HttpContext.RequestAborted).ConfigureAwait(false);
        }

        if (key is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(HubClaims.CookieScheme).ConfigureAwait(false);
            return;
        }

        context.ReplacePrincipal(HubClaims.ToPrincipal(key)); // the stored key's current role and agency
    }
}
