using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Hub.Errors;

namespace Concord.Server.Tests.Notifications;

/// <summary>An open stream re-checks its key: revocation and expiry end it within seconds (threat model invariant 4).</summary>
public sealed class StreamCredentialTests
{
    /// <summary>The issue's bound: a revoked key's open stream ends within 5 s.</summary>
    private static readonly TimeSpan s_bound = TimeSpan.FromSeconds(5);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RevokedKey_ItsOpenStreamEndsWithin5Seconds_AndOtherKeysStreamsStayOpen()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        (string id, string key) = await app.IssueKeyAsync("AAA", "analyst");
        (_, string other) = await app.IssueKeyAsync("AAA", "analyst");
        using EventStream revoked = await EventStream.OpenAsync(app.ClientWithKey(key));
        using EventStream kept = await EventStream.OpenAsync(app.ClientWithKey(other));

        using HttpResponseMessage revoke = await app.AdminClient().DeleteAsync($"/api/v1/agencies/AAA/api-keys/{id}", Ct);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);

        Assert.True(await revoked.EndsWithinAsync(s_bound));
        Assert.False(await kept.EndsWithinAsync(TimeSpan.FromSeconds(2)));
        using HttpResponseMessage reopen = await app.ClientWithKey(key).GetAsync("/api/v1/stream", HttpCompletionOption.ResponseHeadersRead, Ct);
        await ProblemAssert.IsProblemAsync(reopen, HttpStatusCode.Unauthorized, HubErrorCodes.AuthInvalidKey);
    }

    [Fact]
    public async Task ExpiringKey_ItsOpenStreamEndsWithin5SecondsOfExpiry_AndReconnectingIs401ExpiredKey()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        using HttpResponseMessage issue = await app.AdminClient().PostAsJsonAsync("/api/v1/agencies/AAA/api-keys",
            new { role = "analyst", expiresAt = app.Time.GetUtcNow().AddMinutes(5) }, Ct);
        using JsonDocument body = await HubApplication.ReadJsonAsync(issue);
        HttpClient client = app.ClientWithKey(body.RootElement.GetProperty("key").GetString());
        using EventStream stream = await EventStream.OpenAsync(client);
        Assert.False(await stream.EndsWithinAsync(TimeSpan.FromSeconds(2))); // still valid: the stream stays open

        app.Time.Advance(TimeSpan.FromMinutes(5));

        Assert.True(await stream.EndsWithinAsync(s_bound));
        using HttpResponseMessage reopen = await client.GetAsync("/api/v1/stream", HttpCompletionOption.ResponseHeadersRead, Ct);
        await ProblemAssert.IsProblemAsync(reopen, HttpStatusCode.Unauthorized, HubErrorCodes.AuthExpiredKey);
    }
}
