using System.Net;
using System.Text.Json;
using Concord.Hub.Notifications;
using Concord.Hub.Storage;
using Concord.Server.Tests.Conjunctions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Server.Tests.Notifications;

/// <summary>Outbox steps of the notification tests, whose conjunction is <see cref="ConjunctionObjects.PrepareAsync"/> and
/// <see cref="ConjunctionObjects.ScreenAsync"/>.</summary>
internal static class NotificationScenario
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

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
