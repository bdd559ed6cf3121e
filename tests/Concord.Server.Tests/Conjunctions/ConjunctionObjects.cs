using System.Net;
using System.Net.Http.Json;
using System.Text;
using Concord.Conjunctions.Samples;
using Concord.Server.Conjunctions;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Server.Tests.Conjunctions;

/// <summary>Registers the objects of the conjunction tests (the LEO pair of <c>ConjunctionSamples</c>, 90001 and 90002).</summary>
internal static class ConjunctionObjects
{
    /// <summary>Registers <paramref name="noradId"/> for <paramref name="owner"/> as an operational LEO object, as the
    /// caller (<c>201</c> asserted), and has the hub administrator confirm the claim, so that the owner has owner rights.</summary>
    public static async Task RegisterAsync(HubApplication app, HttpClient client, string noradId, string owner)
    {
        using HttpResponseMessage response = await client.PostAsJsonAsync("/api/v1/objects", new
        {
            noradId,
            name = $"Object {noradId}",
            owner,
            perigeeKilometers = 400.0,
            apogeeKilometers = 420.0,
            status = "operational",
        }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await app.ConfirmClaimAsync(noradId);
    }

    /// <summary>AAA owns 90001 (the primary), BBB owns 90002, CCC owns nothing (no agreements); AAA's analyst submits both
    /// sets, and the screening they trigger has run (one event, about 30 m at 2026-01-02T00:00Z). Analyst clients of AAA
    /// (full event), BBB (a basic warning) and CCC (nothing).</summary>
    public static async Task<(HttpClient A, HttpClient B, HttpClient C)> ScreenedAsync(HubApplication app)
    {
        (HttpClient a, HttpClient b, HttpClient c) = await PrepareAsync(app);
        await ScreenAsync(app, a);
        return (a, b, c);
    }

    /// <summary>The parties of <see cref="ScreenedAsync"/> before anything is submitted: turns screening on (before the
    /// server starts), creates AAA, BBB and CCC, registers the two objects and returns analyst clients of the three.</summary>
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
        await RegisterAsync(app, a, "90001", "AAA");
        await RegisterAsync(app, b, "90002", "BBB");
        return (a, b, c);
    }

    /// <summary>AAA's analyst submits both element sets; returns once their screening has run (one event created).</summary>
    public static async Task ScreenAsync(HubApplication app, HttpClient a)
    {
        CancellationToken ct = TestContext.Current.CancellationToken;
        using HttpResponseMessage submitted = await a.PostAsync("/api/v1/submissions",
            new StringContent(ConjunctionSamples.Primary + ConjunctionSamples.Secondary, Encoding.UTF8, "text/plain"), ct);
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        await app.Services.GetRequiredService<ConjunctionScreeningQueue>().WhenDrainedAsync(ct);
    }
}
