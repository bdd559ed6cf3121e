using System.Net;
using System.Net.Http.Json;
using System.Text;
using Concord.Hub.Errors;
using Concord.Server.Tests.Notifications;

namespace Concord.Server.Tests.Hosting;

/// <summary>Load from one key does not starve another (threat model invariant 9): rate limits per key and category
/// (<c>Concord:RateLimits</c>), open streams per key (<c>Concord:Stream:MaxPerKey</c>) and small anonymous bodies.</summary>
public sealed class LoadLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReadsOverTheBudget_Are429WithRetryAfter_WhileOtherKeysAndWritesGoOn()
    {
        using var app = new HubApplication();
        app.Settings["Concord:RateLimits:Reads:TokenLimit"] = "3";
        app.Settings["Concord:RateLimits:Reads:TokensPerPeriod"] = "1";
        app.Settings["Concord:RateLimits:Reads:PeriodSeconds"] = "3600";
        await app.CreateAgencyAsync("AAA");
        await app.CreateAgencyAsync("BBB");
        HttpClient a = app.ClientWithKey((await app.IssueKeyAsync("AAA", "analyst")).Key);
        HttpClient b = app.ClientWithKey((await app.IssueKeyAsync("BBB", "analyst")).Key);

        for (int i = 0; i < 3; i++)
        {
            using HttpResponseMessage ok = await a.GetAsync("/api/v1/objects", Ct);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using HttpResponseMessage limited = await a.GetAsync("/api/v1/objects", Ct);
        await ProblemAssert.IsProblemAsync(limited, HttpStatusCode.TooManyRequests, HubErrorCodes.RateLimited);
        Assert.True(limited.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 }, $"Retry-After: {limited.Headers.RetryAfter}");

        // Another agency's key has its own budget, and so do the same key's writes.
        using HttpResponseMessage other = await b.GetAsync("/api/v1/objects", Ct);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        using HttpResponseMessage write = await a.PostAsJsonAsync("/api/v1/objects",
            new { noradId = "90001", name = "A", owner = "AAA", status = "operational" }, Ct);
        Assert.Equal(HttpStatusCode.Created, write.StatusCode);
        // A request without a valid key counts against its address, not against a key.
        using HttpResponseMessage anonymous = await app.ClientWithKey("not-a-key").GetAsync("/api/v1/objects", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Submissions_HaveTheirOwnBudget()
    {
        using var app = new HubApplication();
        app.Settings["Concord:RateLimits:Submissions:TokenLimit"] = "1";
        app.Settings["Concord:RateLimits:Submissions:TokensPerPeriod"] = "1";
        app.Settings["Concord:RateLimits:Submissions:PeriodSeconds"] = "3600";
        await app.CreateAgencyAsync("AAA");
        HttpClient a = app.ClientWithKey((await app.IssueKeyAsync("AAA", "analyst")).Key);

        using HttpResponseMessage first = await a.PostAsync("/api/v1/submissions", new StringContent("not a catalog", Encoding.UTF8, "text/plain"), Ct);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, first.StatusCode);
        using HttpResponseMessage second = await a.PostAsync("/api/v1/submissions", new StringContent("not a catalog", Encoding.UTF8, "text/plain"), Ct);
        await ProblemAssert.IsProblemAsync(second, HttpStatusCode.TooManyRequests, HubErrorCodes.RateLimited);
        Assert.NotNull(second.Headers.RetryAfter);

        using HttpResponseMessage read = await a.GetAsync("/api/v1/objects", Ct);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task TheSixthOpenStreamOfAKey_Is429StreamTooMany_AndClosingOneFreesItsPlace()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        await app.CreateAgencyAsync("BBB");
        HttpClient a = app.ClientWithKey((await app.IssueKeyAsync("AAA", "analyst")).Key);
        HttpClient b = app.ClientWithKey((await app.IssueKeyAsync("BBB", "analyst")).Key);
        var open = new List<EventStream>();
        try
        {
            for (int i = 0; i < 5; i++)
            {
                open.Add(await EventStream.OpenAsync(a));
            }

            using (HttpResponseMessage sixth = await a.GetAsync("/api/v1/stream", HttpCompletionOption.ResponseHeadersRead, Ct))
            {
                await ProblemAssert.IsProblemAsync(sixth, HttpStatusCode.TooManyRequests, HubErrorCodes.StreamTooMany);
            }

            open.Add(await EventStream.OpenAsync(b)); // another key is not affected

            open[0].Dispose();
            open.RemoveAt(0);
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            cts.CancelAfter(TimeSpan.FromSeconds(10));
            while (true)
            {
                HttpResponseMessage again = await a.GetAsync("/api/v1/stream", HttpCompletionOption.ResponseHeadersRead, cts.Token);
                if (again.StatusCode == HttpStatusCode.OK)
                {
                    again.Dispose();
                    break;
                }

                Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode); // the closed stream's request is still ending
                again.Dispose();
                await Task.Delay(50, cts.Token);
            }
        }
        finally
        {
            open.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public async Task SignIn_AcceptsSmallBodiesOnly()
    {
        using var app = new HubApplication();
        string big = $$"""{"apiKey":"{{new string('k', 17 * 1024)}}"}""";

        using HttpResponseMessage tooLarge = await app.ClientWithKey(null).PostAsync("/api/v1/session",
            new StringContent(big, Encoding.UTF8, "application/json"), Ct);
        await ProblemAssert.IsProblemAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge, HubErrorCodes.RequestTooLarge);

        using HttpResponseMessage small = await app.ClientWithKey(null).PostAsJsonAsync("/api/v1/session", new { apiKey = "not-a-key" }, Ct);
        await ProblemAssert.IsProblemAsync(small, HttpStatusCode.Unauthorized, HubErrorCodes.AuthInvalidKey);

        // An authenticated route keeps the hub's limit (Concord:MaxRequestBytes, 128 MiB).
        using HttpResponseMessage agency = await app.AdminClient().PostAsJsonAsync("/api/v1/agencies",
            new { code = "AAA", name = new string('n', 20 * 1024), country = "FR" }, Ct);
        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, agency.StatusCode);
    }
}
