using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Hub.Agencies;
using Concord.Hub.Audit;
using Concord.Hub.Errors;
using Concord.Server.Tests.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Concord.Server.Tests.Console;

/// <summary>The web console's cookie session: <c>/api/v1/session</c>, the cookie on the API and the stream, its
/// re-validation against the stored key, and the CSRF header on unsafe methods.</summary>
public sealed partial class SessionEndpointsTests
{
    private const string Agency = "BOREAL";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignIn_SetsAnHttpOnlyStrictCookie_DescribesTheKey_AndIsAudited()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync(Agency);
        (string id, string key) = await app.IssueKeyAsync(Agency, "analyst");
        using HttpClient browser = app.CreateClient();

        using HttpResponseMessage signIn = await browser.PostAsJsonAsync("/api/v1/session", new { apiKey = key }, Ct);

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        string cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("concord_session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(key, cookie, StringComparison.Ordinal);
        await AssertSessionAsync(signIn, id, "analyst");

        using HttpResponseMessage get = await browser.GetAsync("/api/v1/session", Ct);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        await AssertSessionAsync(get, id, "analyst");

        string? details = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.SessionCreated)
            .Select(e => e.Subject).SingleOrDefaultAsync(Ct));
        Assert.Equal($"api-key:{id}", details);
        // Stored server-side: the cookie holds a random token, the hub its hash.
        string token = cookie["concord_session=".Length..cookie.IndexOf(';', StringComparison.Ordinal)];
        WebSession stored = await app.WithDbAsync(db => db.WebSessions.SingleAsync(Ct));
        Assert.Equal(ApiKeySecret.Hash(Uri.UnescapeDataString(token)), stored.TokenHash);
        Assert.Equal(Guid.Parse(id), stored.KeyId);
    }

    [Fact]
    public async Task SignOut_ClearsTheSession()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync(Agency);
        (_, string key) = await app.IssueKeyAsync(Agency, "officer");
        using HttpClient browser = await SignInAsync(app, key);

        using HttpResponseMessage delete = await browser.SendAsync(ConsoleRequest(HttpMethod.Delete, "/api/v1/session"), Ct);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);

        using HttpResponseMessage get = await browser.GetAsync("/api/v1/session", Ct);
        await ProblemAssert.IsProblemAsync(get, HttpStatusCode.Unauthorized, HubErrorCodes.AuthMissingKey);
    }

    [Fact]
    public async Task WrongKey_Is401_AndSetsNoCookie()
    {
        using var app = new HubApplication();
        using HttpClient browser = app.CreateClient();

        using HttpResponseMessage signIn = await browser.PostAsJsonAsync("/api/v1/session", new { apiKey = "concord_not-a-key" }, Ct);

        await ProblemAssert.IsProblemAsync(signIn, HttpStatusCode.Unauthorized, HubErrorCodes.AuthInvalidKey);
        Assert.False(signIn.Headers.Contains("Set-Cookie"));
        using HttpResponseMessage get = await browser.GetAsync("/api/v1/session", Ct);
        await ProblemAssert.IsProblemAsync(get, HttpStatusCode.Unauthorized, HubErrorCodes.AuthMissingKey);
    }

    [Fact]
    public async Task RevokedKey_EndsItsSession()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync(Agency);
        (string id, string key) = await app.IssueKeyAsync(Agency, "analyst");
        using HttpClient browser = await SignInAsync(app, key);

        using HttpResponseMessage revoke = await app.AdminClient().DeleteAsync($"/api/v1/agencies/{Agency}/api-keys/{id}", Ct);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);

        using HttpResponseMessage get = await browser.GetAsync("/api/v1/session", Ct);
        // Revoking the key deleted its stored sessions: the cookie names a session that has ended.
        await ProblemAssert.IsProblemAsync(get, HttpStatusCode.Unauthorized, HubErrorCodes.AuthSessionEnded);
        Assert.Contains(get.Headers.GetValues("Set-Cookie"), c => c.StartsWith("concord_session=;", StringComparison.Ordinal)); // cleared
        using HttpResponseMessage objects = await browser.GetAsync("/api/v1/objects", Ct);
        await ProblemAssert.IsProblemAsync(objects, HttpStatusCode.Unauthorized, HubErrorCodes.AuthMissingKey);
    }

    [Fact]
    public async Task Cookie_AuthenticatesApiGets_AndTheStream()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync(Agency);
        (_, string key) = await app.IssueKeyAsync(Agency, "analyst");
        using HttpClient browser = await SignInAsync(app, key);

        using HttpResponseMessage objects = await browser.GetAsync("/api/v1/objects", Ct);
        Assert.Equal(HttpStatusCode.OK, objects.StatusCode);
        using HttpResponseMessage audit = await browser.GetAsync("/api/v1/audit", Ct);
        await ProblemAssert.IsProblemAsync(audit, HttpStatusCode.Forbidden, HubErrorCodes.AuthMissingRole); // same roles as the key

        using EventStream stream = await EventStream.OpenAsync(browser); // asserts 200 text/event-stream
    }

    [Fact]
    public async Task CookieUnsafeMethods_NeedTheConsoleHeader_BearerCallsDoNot()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync(Agency);
        (_, string key) = await app.IssueKeyAsync(Agency, "analyst");
        using HttpClient browser = await SignInAsync(app, key);
        string path = $"/api/v1/conjunctions/{Guid.Empty:D}/acknowledge";

        using HttpResponseMessage bare = await browser.PostAsync(path, null, Ct);
        await ProblemAssert.IsProblemAsync(bare, HttpStatusCode.Forbidden, HubErrorCodes.AuthCsrf);
        using HttpResponseMessage signOut = await browser.DeleteAsync("/api/v1/session", Ct);
        await ProblemAssert.IsProblemAsync(signOut, HttpStatusCode.Forbidden, HubErrorCodes.AuthCsrf);

        using HttpResponseMessage guarded = await browser.SendAsync(ConsoleRequest(HttpMethod.Post, path), Ct);
        await ProblemAssert.IsProblemAsync(guarded, HttpStatusCode.NotFound, HubErrorCodes.ConjunctionNotFound);

        using HttpResponseMessage bearer = await app.ClientWithKey(key).PostAsync(path, null, Ct);
        await ProblemAssert.IsProblemAsync(bearer, HttpStatusCode.NotFound, HubErrorCodes.ConjunctionNotFound);
    }

    [Fact]
    public async Task BearerHeader_WinsOverTheCookie()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync(Agency);
        (_, string analyst) = await app.IssueKeyAsync(Agency, "analyst");
        (string officerId, string officer) = await app.IssueKeyAsync(Agency, "officer");
        using HttpClient browser = await SignInAsync(app, analyst);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/session");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", officer);
        using HttpResponseMessage get = await browser.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(get);
        Assert.Equal("officer", body.RootElement.GetProperty("role").GetString());
        Assert.Equal(officerId, body.RootElement.GetProperty("keyId").GetString());
        Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("expiresAt").ValueKind);

        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/v1/objects");
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "concord_not-a-key");
        using HttpResponseMessage refused = await browser.SendAsync(wrong, Ct);
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Unauthorized, HubErrorCodes.AuthInvalidKey);
    }

    [Fact]
    public async Task Root_ServesTheConsoleOrAPlainNote_AndUnknownApiPathsStayProblems()
    {
        using var app = new HubApplication();
        using HttpClient client = app.CreateClient();
        bool built = File.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot", "index.html"));

        using HttpResponseMessage root = await client.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.OK, root.StatusCode);
        if (built)
        {
            Assert.Equal("text/html", root.Content.Headers.ContentType?.MediaType);
            Assert.Contains("default-src 'self'", root.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            using HttpResponseMessage deep = await client.GetAsync("/board/anything", Ct);
            Assert.Equal(HttpStatusCode.OK, deep.StatusCode);
            Assert.Equal("text/html", deep.Content.Headers.ContentType?.MediaType);
        }
        else
        {
            Assert.Equal("text/plain", root.Content.Headers.ContentType?.MediaType);
            Assert.Contains("/api/v1", await root.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        using HttpClient admin = app.AdminClient();
        using HttpResponseMessage unknown = await admin.GetAsync("/api/v1/no-such-route", Ct);
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound, HubErrorCodes.RouteNotFound);
        using HttpResponseMessage health = await admin.GetAsync("/health/nothing", Ct);
        await ProblemAssert.IsProblemAsync(health, HttpStatusCode.NotFound, HubErrorCodes.RouteNotFound);
        using HttpResponseMessage postOnly = await admin.GetAsync("/api/v1/objects/90001/confirm", Ct);
        await ProblemAssert.IsProblemAsync(postOnly, HttpStatusCode.MethodNotAllowed, HubErrorCodes.MethodNotAllowed);
    }

    private static async Task<HttpClient> SignInAsync(HubApplication app, string key)
    {
        HttpClient browser = app.CreateClient();
        using HttpResponseMessage signIn = await browser.SendAsync(ConsoleRequest(HttpMethod.Post, "/api/v1/session", new { apiKey = key }), Ct);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        return browser;
    }

    /// <summary>A request as the console sends it: with <c>X-Concord-Console: 1</c>.</summary>
    private static HttpRequestMessage ConsoleRequest(HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-Concord-Console", "1");
        return request;
    }

    private static async Task AssertSessionAsync(HttpResponseMessage response, string keyId, string role)
    {
        using JsonDocument body = await HubApplication.ReadJsonAsync(response);
        JsonElement root = body.RootElement;
        Assert.Equal(Agency, root.GetProperty("agency").GetString());
        Assert.Equal(role, root.GetProperty("role").GetString());
        Assert.Equal(keyId, root.GetProperty("keyId").GetString());
        Assert.Equal(JsonValueKind.String, root.GetProperty("expiresAt").ValueKind);
    }
}
