using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Hub.Errors;
using Concord.Server.Tests.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Concord.Server.Tests.Console;

/// <summary>Server-side sessions: sign-out and revocation delete them, the idle timeout ends them, an open stream ends
/// with them.</summary>
public sealed partial class SessionEndpointsTests
{
    [Fact]
    public async Task SignOut_DeletesTheStoredSession_SoTheOldCookieNoLongerWorks()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync(Agency);
        (_, string key) = await app.IssueKeyAsync(Agency, "analyst");
        using HttpClient browser = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        using HttpResponseMessage signIn = await browser.PostAsJsonAsync("/api/v1/session", new { apiKey = key }, Ct);
        string cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"))
            .Split(';')[0]; // concord_session=TOKEN, replayed by hand below as a stolen cookie would be
        Assert.Equal(1, await app.WithDbAsync(db => db.WebSessions.CountAsync(Ct)));

        using HttpResponseMessage signOut = await browser.SendAsync(WithCookie(HttpMethod.Delete, "/api/v1/session", cookie, console: true), Ct);
        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.WebSessions.CountAsync(Ct)));

        using HttpResponseMessage replay = await browser.SendAsync(WithCookie(HttpMethod.Get, "/api/v1/objects", cookie), Ct);
        await ProblemAssert.IsProblemAsync(replay, HttpStatusCode.Unauthorized, HubErrorCodes.AuthSessionEnded);
    }

    [Fact]
    public async Task IdleSession_EndsAfterTheIdleTimeout_AndUseKeepsItAlive()
    {
        using var app = new HubApplication { Settings = { ["Concord:Console:SessionIdleTimeout"] = "00:10:00" } };
        await app.CreateAgencyAsync(Agency);
        (_, string key) = await app.IssueKeyAsync(Agency, "analyst");
        using HttpClient browser = await SignInAsync(app, key);

        using (HttpResponseMessage session = await browser.GetAsync("/api/v1/session", Ct))
        {
            using JsonDocument body = await HubApplication.ReadJsonAsync(session);
            Assert.Equal(app.Time.GetUtcNow().AddMinutes(10), body.RootElement.GetProperty("expiresAt").GetDateTimeOffset());
        }

        for (int i = 0; i < 3; i++)
        {
            app.Time.Advance(TimeSpan.FromMinutes(9)); // 27 minutes in all, never 10 idle
            using HttpResponseMessage used = await browser.GetAsync("/api/v1/objects", Ct);
            Assert.Equal(HttpStatusCode.OK, used.StatusCode);
        }

        app.Time.Advance(TimeSpan.FromMinutes(10));
        using HttpResponseMessage idle = await browser.GetAsync("/api/v1/objects", Ct);
        await ProblemAssert.IsProblemAsync(idle, HttpStatusCode.Unauthorized, HubErrorCodes.AuthSessionEnded);
        Assert.Contains(idle.Headers.GetValues("Set-Cookie"), c => c.StartsWith("concord_session=;", StringComparison.Ordinal));
        Assert.Equal(0, await app.WithDbAsync(db => db.WebSessions.CountAsync(Ct)));
    }

    [Fact]
    public async Task Session_EndsAtItsLifetime_HoweverActive()
    {
        using var app = new HubApplication { Settings = { ["Concord:Console:SessionLifetime"] = "01:00:00" } };
        await app.CreateAgencyAsync(Agency);
        (_, string key) = await app.IssueKeyAsync(Agency, "analyst");
        using HttpClient browser = await SignInAsync(app, key);

        for (int i = 0; i < 5; i++)
        {
            app.Time.Advance(TimeSpan.FromMinutes(11));
            using HttpResponseMessage used = await browser.GetAsync("/api/v1/objects", Ct);
            Assert.Equal(HttpStatusCode.OK, used.StatusCode);
        }

        app.Time.Advance(TimeSpan.FromMinutes(5)); // 60 minutes after sign-in
        using HttpResponseMessage ended = await browser.GetAsync("/api/v1/objects", Ct);
        await ProblemAssert.IsProblemAsync(ended, HttpStatusCode.Unauthorized, HubErrorCodes.AuthSessionEnded);
    }

    [Fact]
    public async Task RevokingTheKey_DeletesItsSessions_AndEndsTheirOpenStreams()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync(Agency);
        (string id, string key) = await app.IssueKeyAsync(Agency, "analyst");
        using HttpClient browser = await SignInAsync(app, key);
        using HttpClient second = await SignInAsync(app, key);
        using EventStream stream = await EventStream.OpenAsync(browser);
        Assert.Equal(2, await app.WithDbAsync(db => db.WebSessions.CountAsync(Ct)));

        using HttpResponseMessage revoke = await app.AdminClient().DeleteAsync($"/api/v1/agencies/{Agency}/api-keys/{id}", Ct);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);

        Assert.Equal(0, await app.WithDbAsync(db => db.WebSessions.CountAsync(Ct)));
        Assert.True(await stream.EndsWithinAsync(TimeSpan.FromSeconds(5)));
        using HttpResponseMessage get = await second.GetAsync("/api/v1/objects", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, get.StatusCode);
    }

    [Fact]
    public async Task SigningOut_EndsTheSessionsOpenStream()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync(Agency);
        (_, string key) = await app.IssueKeyAsync(Agency, "analyst");
        using HttpClient browser = await SignInAsync(app, key);
        using EventStream stream = await EventStream.OpenAsync(browser);

        using HttpResponseMessage signOut = await browser.SendAsync(ConsoleRequest(HttpMethod.Delete, "/api/v1/session"), Ct);
        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);

        Assert.True(await stream.EndsWithinAsync(TimeSpan.FromSeconds(5)));
    }

    private static HttpRequestMessage WithCookie(HttpMethod method, string path, string cookie, bool console = false)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Cookie", cookie);
        if (console)
        {
            request.Headers.Add("X-Concord-Console", "1");
        }

        return request;
    }
}
