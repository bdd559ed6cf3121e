using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Concord.Conjunctions.Samples;
using Concord.Hub.Conjunctions;
using Concord.Server.Conjunctions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Server.Tests.Conjunctions;

/// <summary>The durable screening queue (screening_requests), the schedule, and agreements' minimumPc on conjunctions.</summary>
public sealed class ScreeningRequestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>AAA, BBB and CCC; AAA owns 90001, BBB 90002; returns AAA's analyst client.</summary>
    private static async Task<HttpClient> AgenciesAsync(HubApplication app)
    {
        foreach ((string code, string country) in new[] { ("AAA", "FR"), ("BBB", "DE"), ("CCC", "IT") })
        {
            await app.CreateAgencyAsync(code, country);
        }

        HttpClient a = app.ClientWithKey((await app.IssueKeyAsync("AAA", "analyst")).Key);
        HttpClient b = app.ClientWithKey((await app.IssueKeyAsync("BBB", "analyst")).Key);
        await ConjunctionObjects.RegisterAsync(app, a, "90001", "AAA");
        await ConjunctionObjects.RegisterAsync(app, b, "90002", "BBB");
        return a;
    }

    private static async Task SubmitPairAsync(HttpClient a)
    {
        using HttpResponseMessage submitted = await a.PostAsync("/api/v1/submissions",
            new StringContent(ConjunctionSamples.Primary + ConjunctionSamples.Secondary, Encoding.UTF8, "text/plain"), Ct);
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
    }

    private static Task<List<ScreeningRequest>> RequestsAsync(HubApplication app) =>
        app.WithDbAsync(db => db.ScreeningRequests.AsNoTracking().ToListAsync(Ct));

    [Fact]
    public async Task Submission_StoresItsScreeningRequest_PendingWhileScreeningIsOff()
    {
        using var app = new HubApplication();
        HttpClient a = await AgenciesAsync(app);

        await SubmitPairAsync(a);

        ScreeningRequest request = Assert.Single(await RequestsAsync(app));
        Assert.Equal([90001, 90002], request.CatalogNumbers.Order());
        Assert.Equal((false, ScreeningRequestReasons.Submission, (DateTimeOffset?)null), (request.All, request.Reason, request.CompletedAt));
        Assert.Equal(0, await app.WithDbAsync(db => db.ConjunctionEvents.CountAsync(Ct)));
    }

    [Fact]
    public async Task Worker_ScreensTheRequest_AndMarksItCompleted()
    {
        using var app = new HubApplication();
        app.Settings["Concord:Screening:Enabled"] = "true";
        HttpClient a = await AgenciesAsync(app);

        await SubmitPairAsync(a);
        await app.Services.GetRequiredService<ConjunctionScreeningQueue>().WhenDrainedAsync(Ct);

        ScreeningRequest request = Assert.Single(await RequestsAsync(app));
        Assert.Equal(app.Time.GetUtcNow(), request.CompletedAt);
        Assert.Equal(1, await app.WithDbAsync(db => db.ConjunctionEvents.CountAsync(Ct)));
    }

    [Fact]
    public async Task StoredRequest_WakesTheWorkerByItself_WithoutAnEndpointOrJobCallingTheQueue()
    {
        using var app = new HubApplication();
        app.Settings["Concord:Screening:Enabled"] = "true";
        await AgenciesAsync(app);
        ConjunctionScreeningQueue queue = app.Services.GetRequiredService<ConjunctionScreeningQueue>();
        await queue.WhenDrainedAsync(Ct); // the start-up pass found nothing
        await using (AsyncServiceScope scope = app.Services.CreateAsyncScope())
        {
            // A hub write outside any endpoint; nobody calls the queue. Without the commit's wake-up the queue would stay
            // drained and the request pending until the worker's 30 s poll.
            await scope.ServiceProvider.GetRequiredService<ScreeningRequests>().AddAllAsync(ScreeningRequestReasons.Schedule, Ct);
        }

        await queue.WhenDrainedAsync(Ct).WaitAsync(TimeSpan.FromSeconds(20), Ct);

        ScreeningRequest request = Assert.Single(await RequestsAsync(app));
        Assert.Equal((true, app.Time.GetUtcNow()), (request.All, request.CompletedAt));
    }

#if !HUB_POSTGRES
    [Fact]
    public async Task PendingRequest_IsScreenedAfterARestart()
    {
        string dataDir;
        using (var first = new HubApplication { KeepDataDir = true })
        {
            // Screening off stands for a stop right after the 201: the request is stored, nothing screened it.
            await SubmitPairAsync(await AgenciesAsync(first));
            Assert.Null(Assert.Single(await RequestsAsync(first)).CompletedAt);
            dataDir = first.DataDir;
        }

        using var second = new HubApplication { DataDir = dataDir };
        second.Settings["Concord:Screening:Enabled"] = "true";
        await second.Services.GetRequiredService<ConjunctionScreeningQueue>().WhenDrainedAsync(Ct);

        Assert.NotNull(Assert.Single(await RequestsAsync(second)).CompletedAt);
        ConjunctionEvent conjunction = Assert.Single(await second.WithDbAsync(db => db.ConjunctionEvents.AsNoTracking().ToListAsync(Ct)));
        Assert.Equal((90001, 90002), (conjunction.PrimaryCatalogNumber, conjunction.SecondaryCatalogNumber));
    }
#endif

    [Fact]
    public async Task Schedule_StoresAnAllOnAllRequestEveryInterval_AndTheWorkerRunsIt()
    {
        using var app = new HubApplication();
        app.Settings["Concord:Screening:Enabled"] = "true";
        app.Settings["Concord:Screening:ScheduleMinutes"] = "5";
        HttpClient a = await AgenciesAsync(app);
        await SubmitPairAsync(a);
        ConjunctionScreeningQueue queue = app.Services.GetRequiredService<ConjunctionScreeningQueue>();
        await queue.WhenDrainedAsync(Ct);
        Assert.DoesNotContain(await RequestsAsync(app), r => r.All);

        // The scheduler's timer may be set a moment after start: advance until the request appears.
        ScreeningRequest? scheduled = null;
        for (int i = 0; i < 200 && scheduled is null; i++)
        {
            app.Time.Advance(TimeSpan.FromSeconds(30));
            await Task.Delay(20, Ct);
            scheduled = (await RequestsAsync(app)).FirstOrDefault(r => r.All);
        }

        Assert.NotNull(scheduled);
        Assert.Equal((ScreeningRequestReasons.Schedule, 0), (scheduled.Reason, scheduled.CatalogNumbers.Count));
        for (int i = 0; i < 500 && (await RequestsAsync(app)).Single(r => r.All).CompletedAt is null; i++)
        {
            await Task.Delay(20, Ct);
        }

        Assert.NotNull((await RequestsAsync(app)).Single(r => r.All).CompletedAt);
        ConjunctionEvent conjunction = Assert.Single(await app.WithDbAsync(db => db.ConjunctionEvents.AsNoTracking().ToListAsync(Ct)));
        Assert.True(conjunction.LastScreenedAt > conjunction.FirstScreenedAt); // the all-on-all run saw it again
    }

    [Fact]
    public async Task MinimumPc_PartnerSeesAHighPcEvent_NotALowPcOne()
    {
        using var app = new HubApplication();
        app.Settings["Concord:Screening:Enabled"] = "true";
        HttpClient a = await AgenciesAsync(app);
        await SubmitPairAsync(a);
        await app.Services.GetRequiredService<ConjunctionScreeningQueue>().WhenDrainedAsync(Ct);
        HttpClient c = app.ClientWithKey((await app.IssueKeyAsync("CCC", "analyst")).Key);
        HttpClient officerA = app.ClientWithKey((await app.IssueKeyAsync("AAA", "officer")).Key);
        HttpClient officerC = app.ClientWithKey((await app.IssueKeyAsync("CCC", "officer")).Key);
        using HttpResponseMessage proposed = await officerA.PostAsJsonAsync("/api/v1/agreements", new
        {
            title = "High-risk conjunctions only",
            parties = new[] { "AAA", "CCC" },
            categories = new[] { "conjunctions" },
            objectScope = "all",
            conditions = new { embargoMinutes = 0, minimumPc = 1e-4 },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        using JsonDocument agreement = await HubApplication.ReadJsonAsync(proposed);
        string agreementId = agreement.RootElement.GetProperty("id").GetString()!;
        foreach (HttpClient officer in new[] { officerA, officerC })
        {
            using HttpResponseMessage signed = await officer.PostAsync($"/api/v1/agreements/{agreementId}/sign", null, Ct);
            Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        }

        Guid id = await SetPcAsync(app, 1e-3);
        JsonElement listed = Assert.Single(await ListAsync(c));
        Assert.Equal(("encounter", "agreement"), (listed.GetProperty("detail").GetString(), listed.GetProperty("releaseReason").GetString()));

        await SetPcAsync(app, 1e-6);
        Assert.Empty(await ListAsync(c));
        using HttpResponseMessage get = await c.GetAsync($"/api/v1/conjunctions/{id}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Single(await ListAsync(a)); // the owners' view is unaffected
    }

    // The engineered pair's Pc depends on the screening's covariance model; the test sets it.
    private static Task<Guid> SetPcAsync(HubApplication app, double pc) => app.WithDbAsync(async db =>
    {
        ConjunctionEvent conjunction = await db.ConjunctionEvents.SingleAsync(Ct);
        conjunction.Pc = pc;
        await db.SaveChangesAsync(Ct);
        return conjunction.Id;
    });

    private static async Task<JsonElement[]> ListAsync(HttpClient client)
    {
        using HttpResponseMessage response = await client.GetAsync("/api/v1/conjunctions", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(response);
        return [.. body.RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
