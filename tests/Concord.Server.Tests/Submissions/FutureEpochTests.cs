using System.Net;
using System.Text.Json;
using Concord.Catalog.Samples;
using Concord.Formats.Ccsds;
using Concord.Hub.Errors;
using Microsoft.EntityFrameworkCore;
using static Concord.Server.Tests.Submissions.SubmissionEndpointsTests;

namespace Concord.Server.Tests.Submissions;

/// <summary>No element sets from the future: an epoch more than <c>Concord:Catalog:MaxEpochAheadHours</c> (default 24)
/// ahead of the hub's clock refuses the whole submission (invariant 7). The fake clock reads 2026-01-01T00:00Z; sample
/// day 1 hour h is h hours ahead of it.</summary>
public sealed class FutureEpochTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HubApplication DefaultLimitApp()
    {
        var app = new HubApplication();
        app.Settings.Remove(HubApplication.MaxEpochAheadHoursSetting); // the default, 24 h
        return app;
    }

    private static Task<(int Sets, int Submissions, int Audit)> StoredAsync(HubApplication app) =>
        app.WithDbAsync(async db => (await db.ElementSets.CountAsync(Ct), await db.Submissions.CountAsync(Ct), await db.AuditEntries.CountAsync(Ct)));

    private static (string CatalogNumber, string Line)[] Offending(JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateArray().Select(e =>
        {
            Assert.Equal(HubErrorCodes.ElementsEpochInFuture, e.GetProperty("code").GetString());
            return (e.GetProperty("arguments")[0].GetString()!, e.GetProperty("arguments")[1].GetString()!);
        })];

    [Fact]
    public async Task EpochTwentyFiveHoursAhead_IsRefused_AndNothingIsStored()
    {
        using HubApplication app = DefaultLimitApp();
        HttpClient analyst = await AnalystAsync(app, "AAA");
        (int, int, int) before = await StoredAsync(app);

        using HttpResponseMessage response = await PostAsync(analyst, CatalogSamples.TleText(CatalogSamples.Set(90001, day: 2, hour: 1)),
            "text/plain", "?marking=public");

        JsonElement problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, HubErrorCodes.ElementsEpochInFuture);
        Assert.Equal([("90001", "1")], Offending(problem));
        Assert.Equal("2026-01-02T01:00:00.000Z", problem.GetProperty("errors")[0].GetProperty("arguments")[2].GetString());
        Assert.Equal(before, await StoredAsync(app));
    }

    [Fact]
    public async Task EpochTwentyThreeHoursAhead_IsAccepted()
    {
        using HubApplication app = DefaultLimitApp();
        HttpClient analyst = await AnalystAsync(app, "AAA");

        using HttpResponseMessage response = await PostAsync(analyst, CatalogSamples.TleText(CatalogSamples.Set(90001, day: 1, hour: 23)),
            "text/plain", "?marking=public");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1, (await StoredAsync(app)).Sets);
    }

    [Fact]
    public async Task MixedTleSubmission_IsRefusedEntirely_NamingEveryOffendingSetAndItsLine()
    {
        using HubApplication app = DefaultLimitApp();
        HttpClient analyst = await AnalystAsync(app, "AAA");
        (int, int, int) before = await StoredAsync(app);
        string text = CatalogSamples.TleText(CatalogSamples.Set(90001, day: 1, hour: 23, name: "OK"),
            CatalogSamples.Set(90002, day: 2, hour: 1, name: "AHEAD"), CatalogSamples.Set(90003, day: 1, name: "NOW"),
            CatalogSamples.Set(90004, day: 10, name: "FAR AHEAD"));

        using HttpResponseMessage response = await PostAsync(analyst, text, "text/plain", "?marking=public");

        JsonElement problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, HubErrorCodes.ElementsEpochInFuture);
        Assert.Equal([("90002", "4"), ("90004", "10")], Offending(problem));
        Assert.Equal(before, await StoredAsync(app));
    }

    [Fact]
    public async Task MixedOmmSubmission_IsRefusedEntirely()
    {
        using HubApplication app = DefaultLimitApp();
        HttpClient analyst = await AnalystAsync(app, "AAA");
        (int, int, int) before = await StoredAsync(app);
        string text = CatalogSamples.OmmText(CcsdsFormat.Kvn, CatalogSamples.Set(90001, day: 1), CatalogSamples.Set(90002, day: 3));

        using HttpResponseMessage response = await PostAsync(analyst, text, "text/plain", "?marking=public");

        JsonElement problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, HubErrorCodes.ElementsEpochInFuture);
        (string number, string line) = Assert.Single(Offending(problem));
        Assert.Equal("90002", number);
        Assert.True(int.Parse(line, System.Globalization.CultureInfo.InvariantCulture) > 1);
        Assert.Equal(before, await StoredAsync(app));
    }

    [Fact]
    public async Task TheLimitIsASetting()
    {
        using var app = new HubApplication();
        app.Settings[HubApplication.MaxEpochAheadHoursSetting] = "48";
        HttpClient analyst = await AnalystAsync(app, "AAA");

        using HttpResponseMessage inside = await PostAsync(analyst, CatalogSamples.TleText(CatalogSamples.Set(90001, day: 2, hour: 23)),
            "text/plain", "?marking=public");
        using HttpResponseMessage outside = await PostAsync(analyst, CatalogSamples.TleText(CatalogSamples.Set(90001, day: 3, hour: 1)),
            "text/plain", "?marking=public");

        Assert.Equal(HttpStatusCode.Created, inside.StatusCode);
        await ProblemAssert.IsProblemAsync(outside, HttpStatusCode.UnprocessableEntity, HubErrorCodes.ElementsEpochInFuture);
    }
}
