using Concord.Hub.Agencies;
using Concord.Server.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Concord.Server.Console;

/// <summary>The web console's session beside the API-key scheme: a policy scheme (<see cref="HubClaims.Scheme"/>)
/// picks the bearer key when an <c>Authorization</c> header is present (or no session cookie is), else the session
/// cookie (<see cref="ConsoleSessionAuthenticationHandler"/>).</summary>
/// <remarks>Sessions are stored server-side (<see cref="WebSession"/>); the cookie holds only a random token. The
/// data-protection keys (used for webhook secrets) live in <c>DATA-DIR/keys</c>, mode 0700, each file 0600.</remarks>
internal static class ConsoleSession
{
    /// <summary>The session cookie's name.</summary>
    public const string CookieName = "concord_session";

    /// <summary>The header a cookie-authenticated unsafe request must carry (value <c>1</c>): a cross-site form or
    /// image cannot set it.</summary>
    public const string CsrfHeader = "X-Concord-Console";

    /// <summary>The data-protection key directory's name inside the data directory.</summary>
    public const string KeysDirectoryName = "keys";

    /// <summary>Whether a request authenticates with the session cookie (no <c>Authorization</c> header, a cookie).</summary>
    public static bool UsesCookie(HttpRequest request) =>
        string.IsNullOrEmpty(request.Headers[HeaderNames.Authorization]) && request.Cookies.ContainsKey(CookieName);

    /// <summary>The cookie's attributes: HTTP-only, <c>SameSite=Strict</c>, path <c>/</c>, and <c>Secure</c> when the
    /// request arrived over TLS (directly, or at a trusted reverse proxy that said so in <c>X-Forwarded-Proto</c>).</summary>
    public static CookieOptions CookieOptions(HttpRequest request) => new()
    {
        HttpOnly = true,
        SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict,
        Secure = request.IsHttps,
        Path = "/",
        IsEssential = true,
    };

    /// <summary>Adds the session scheme, the policy scheme that chooses between it and the API key, and data protection
    /// with keys persisted in <paramref name="dataDir"/>.</summary>
    public static AuthenticationBuilder AddConsoleSession(this AuthenticationBuilder builder, string dataDir)
    {
        string keysDirectory = Path.Combine(Path.GetFullPath(dataDir), KeysDirectoryName);
        builder.Services.AddDataProtection().SetApplicationName("Concord");
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(services =>
            new ConfigureOptions<KeyManagementOptions>(options => options.XmlRepository =
                new PrivateFileXmlRepository(keysDirectory, services.GetRequiredService<ILoggerFactory>())));
        return builder
            .AddPolicyScheme(HubClaims.Scheme, "API key or console session", options => options.ForwardDefaultSelector =
                context => UsesCookie(context.Request) ? HubClaims.CookieScheme : HubClaims.ApiKeyScheme)
            .AddScheme<AuthenticationSchemeOptions, ConsoleSessionAuthenticationHandler>(HubClaims.CookieScheme, null);
    }
}
