using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Concord.Conjunctions.Samples;
using Concord.Hub.Notifications;
using Concord.Hub.Storage;
using Concord.Server.Conjunctions;
using Concord.Server.Tests.Conjunctions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Server.Tests.Notifications;

/// <summary>The conjunction of the notification tests: AAA owns 90001 (the primary), BBB owns 90002, CCC owns nothing
/// and has no agreement. Screening is on (set before the server starts).</summary>
internal static class NotificationScenario
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Creates the agencies, registers the two objects and returns analyst clients of AAA, BBB and CCC.</summary>
    public static async Task<(HttpClient A, HttpClient B, HttpClient C)> PrepareAsync(HubApplication app)
    {
        app.Settings["Concord:Screening:Enabled"] = "true";
        foreach ((string code, string country) in new[] { ("AAA", "FR"), ("BBB", "DE"), ("CCC", "IT") })
        {
            await app.CreateAgencyAsync(code, country);
        }

        HttpClient a = app.ClientWithKey((await app.IssueKeyAsync("AAA", "analyst")).Key);
        HttpClient b = app.ClientWithKey((await app.IssueKeyAsync("BBB", "analyst")).Key);
        HttpClient c = app.ClientWithKey((await app.IssueKeyAsync("CCC", "analyst")).Key);
        await ConjunctionObjects.RegisterAsync(a, "90001", "AAA");
        await ConjunctionObjects.RegisterAsync(b, "90002", "BBB");
        return (a, b, c);
    }

    /// <summary>AAA's analyst submits both element sets; returns once their screening has run (one event created).</summary>
    public static async Task ScreenAsync(HubApplication app, HttpClient a)
    {
        using HttpResponseMessage submitted = await a.PostAsync("/api/v1/submissions",
            new StringContent(ConjunctionSamples.Primary + ConjunctionSamples.Secondary, Encoding.UTF8, "text/plain"), Ct);
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        await app.Services.GetRequiredService<ConjunctionScreeningQueue>().WhenDrainedAsync(Ct);
    }

    /// <summary>The newest notification in the outbox.</summary>
    public static Task<HubNotification> NewestAsync(HubApplication app) =>
        app.WithDbAsync(db => db.Notifications.AsNoTracking().OrderByDescending(n => n.Sequence).FirstAsync(Ct));

    /// <summary>Commits one more notification about <paramref name="eventId"/> (as a hub write would), for every agency
    /// the event is released to or for <paramref name="agency"/> alone; returns its sequence.</summary>
    public static async Task<long> NotifyAsync(HubApplication app, Guid eventId, string kind, string? agency = null)
    {
        using IServiceScope scope = app.Services.CreateScope();
        HubWriteGate gate = scope.ServiceProvider.GetRequiredService<HubWriteGate>();
        using IDisposable writer = await gate.EnterAsync(Ct);
        HubNotification added = scope.ServiceProvider.GetRequiredService<NotificationOutbox>().Add(kind, eventId, "low", app.Time.GetUtcNow(), agency);
        await scope.ServiceProvider.GetRequiredService<HubDbContext>().SaveChangesAsync(Ct);
        return added.Sequence;
    }

    /// <summary>One event as <c>GET /api/v1/conjunctions/{id}</c> returns it to the client.</summary>
    public static async Task<JsonElement> GetConjunctionAsync(HttpClient client, Guid id)
    {
        using HttpResponseMessage response = await client.GetAsync($"/api/v1/conjunctions/{id:D}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(response);
        return body.RootElement.Clone();
    }
}
