using System.Net;
using System.Text.Json;
using Concord.Catalog.Samples;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Tle;
using Concord.Hub.Audit;
using Concord.Hub.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Concord.Server.Tests.Submissions.SubmissionEndpointsTests;

namespace Concord.Server.Tests.Catalog;

public sealed class CatalogEndpointsTests
{
    private static readonly string[] s_celestrakKeys =
    [
        "ORIGINATOR", "OBJECT_NAME", "OBJECT_ID", "EPOCH", "MEAN_MOTION", "ECCENTRICITY", "INCLINATION", "RA_OF_ASC_NODE", "ARG_OF_PERICENTER",
        "MEAN_ANOMALY", "EPHEMERIS_TYPE", "CLASSIFICATION_TYPE", "NORAD_CAT_ID", "ELEMENT_SET_NO", "REV_AT_EPOCH", "BSTAR",
        "MEAN_MOTION_DOT", "MEAN_MOTION_DDOT",
    ];

    [Fact]
    public async Task Gp_OmmJson_HasCelestrakKeysAndReadsBackToTheSubmittedSets()
    {
        using var app = new HubApplication();
        HttpClient analyst = await AnalystAsync(app, "AAA");
        Tle one = CatalogSamples.Set(90001, name: "SAT ONE");
        Tle two = CatalogSamples.Set(90002, name: "SAT TWO");
        await SubmitAsync(analyst, CatalogSamples.TleText(one, two));

        using HttpResponseMessage response = await analyst.GetAsync("/api/v1/catalog/gp?ids=90001,90002&format=omm-json", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        string text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using JsonDocument json = JsonDocument.Parse(text);
        JsonElement[] objects = [.. json.RootElement.EnumerateArray()];
        Assert.Equal(2, objects.Length);
        Assert.Equal(s_celestrakKeys, objects[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(("SAT ONE", "2026-001A", 90001), (objects[0].GetProperty("OBJECT_NAME").GetString(),
            objects[0].GetProperty("OBJECT_ID").GetString(), objects[0].GetProperty("NORAD_CAT_ID").GetInt32()));
        OmmReadResult back = OmmReader.Parse(text);
        Assert.True(back.Success);
        Assert.Equal([one with { Notation = default }, two], back.Messages.Select(m => OmmConverter.ToTle(m).Value!));
    }

    [Fact]
    public async Task Gp_Tle_LinesReadBackByTleReaderAsSubmitted()
    {
        using var app = new HubApplication();
        HttpClient analyst = await AnalystAsync(app, "AAA");
        string submitted = CatalogSamples.TleText(CatalogSamples.Set(90001, name: "SAT ONE"), CatalogSamples.Set(90002, name: "SAT TWO"));
        await SubmitAsync(analyst, submitted);

        string text = await analyst.GetStringAsync("/api/v1/catalog/gp?ids=90002,90001&format=tle", TestContext.Current.CancellationToken);

        Assert.Equal(submitted, text);
        TleReadResult back = TleReader.Parse(text);
        Assert.True(back.Success);
        Assert.Equal(TleReader.Parse(submitted).Sets, back.Sets);
    }

    [Theory]
    [InlineData("omm-kvn", "text/plain")]
    [InlineData("omm-xml", "application/xml")]
    public async Task Gp_OmmKvnAndXml_AreStandardMessagesThatReadBack(string format, string mediaType)
    {
        using var app = new HubApplication();
        HttpClient analyst = await AnalystAsync(app, "AAA");
        Tle one = CatalogSamples.Set(90001, name: "SAT ONE");
        await SubmitAsync(analyst, CatalogSamples.OmmText(CcsdsFormat.Json, one, CatalogSamples.Set(90002)));

        using HttpResponseMessage response = await analyst.GetAsync($"/api/v1/catalog/gp?ids=90001,90002&format={format}", TestContext.Current.CancellationToken);

        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        OmmReadResult back = OmmReader.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(back.Success, string.Join("; ", back.Diagnostics));
        Assert.Equal(2, back.Messages.Length);
        Assert.Equal("AAA", back.Messages[0].Header.Originator);
        Assert.Equal(one, OmmConverter.ToTle(back.Messages[0]).Value);
    }

    [Fact]
    public async Task Gp_NineDigitCatalogNumber_IsServedAsOmm_AndLeftOutOfTle()
    {
        using var app = new HubApplication();
        HttpClient analyst = await AnalystAsync(app, "AAA");
        using HttpResponseMessage submitted = await PostAsync(analyst,
            CatalogSamples.OmmText(CcsdsFormat.Json, CatalogSamples.Set(123_456_789), CatalogSamples.Set(90001)), "application/json");
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);

        int[] omm = await IdsAsync(analyst, "/api/v1/catalog/gp?ids=123456789,90001");
        string tle = await analyst.GetStringAsync("/api/v1/catalog/gp?ids=123456789,90001&format=tle", TestContext.Current.CancellationToken);

        Assert.Equal(new[] { 90001, 123_456_789 }, omm);
        Assert.Equal([90001], TleReader.Parse(tle).Sets.Select(s => s.CatalogNumber));
    }

    [Fact]
    public async Task Gp_ReturnsTheNewestSetPerObject_AndFallsBackWhenTheNewestIsWithheld()
    {
        using var app = new HubApplication();
        HttpClient aaa = await AnalystAsync(app, "AAA");
        HttpClient bbb = await AnalystAsync(app, "BBB");
        HttpClient ccc = await AnalystAsync(app, "CCC");
        await SubmitAsync(aaa, CatalogSamples.TleText(CatalogSamples.Set(90001, day: 10), CatalogSamples.Set(90001, day: 12)), "?marking=public");
        await SubmitAsync(aaa, CatalogSamples.TleText(CatalogSamples.Set(90001, day: 11)), "?marking=public");
        await SubmitAsync(bbb, CatalogSamples.TleText(CatalogSamples.Set(90001, day: 13)), "?marking=restricted&relTo=AAA");

        string[] forAaa = await EpochsAsync(aaa, "/api/v1/catalog/gp?ids=90001");
        string[] forCcc = await EpochsAsync(ccc, "/api/v1/catalog/gp?ids=90001");
        string[] forBbb = await EpochsAsync(bbb, "/api/v1/catalog/gp");

        Assert.Equal(["2026-01-13T00:00:00"], forAaa);
        Assert.Equal(["2026-01-12T00:00:00"], forCcc);
        Assert.Equal(["2026-01-13T00:00:00"], forBbb);
    }

    [Fact]
    public async Task Gp_RestrictedRecords_AreAbsentForOtherAgencies_AndHubAdminSeesOnlyPublic()
    {
        using var app = new HubApplication();
        HttpClient aaa = await AnalystAsync(app, "AAA");
        HttpClient bbb = await AnalystAsync(app, "BBB");
        await app.CreateAgencyAsync("CCC");
        (_, string officerKey) = await app.IssueKeyAsync("BBB", "officer");
        await SubmitAsync(aaa, CatalogSamples.TleText(CatalogSamples.Set(90001)), "?marking=restricted&relTo=CCC");
        await SubmitAsync(aaa, CatalogSamples.TleText(CatalogSamples.Set(90002)));
        await SubmitAsync(aaa, CatalogSamples.TleText(CatalogSamples.Set(90003)), "?marking=public");

        Assert.Equal(new[] { 90003 }, await IdsAsync(bbb, "/api/v1/catalog/gp?ids=90001,90002,90003"));
        Assert.Equal(new[] { 90003 }, await IdsAsync(app.ClientWithKey(officerKey), "/api/v1/catalog/gp"));
        Assert.Equal(new[] { 90003 }, await IdsAsync(app.AdminClient(), "/api/v1/catalog/gp?ids=90001,90002,90003"));
        Assert.Equal(new[] { 90001, 90002, 90003 }, await IdsAsync(aaa, "/api/v1/catalog/gp"));
    }

    [Fact]
    public async Task History_ReturnsEveryVisibleSetWithAnEpochInRange_InEpochOrder()
    {
        using var app = new HubApplication();
        HttpClient aaa = await AnalystAsync(app, "AAA");
        HttpClient bbb = await AnalystAsync(app, "BBB");
        await SubmitAsync(aaa, CatalogSamples.TleText(CatalogSamples.Set(90001, day: 12), CatalogSamples.Set(90001, day: 10),
            CatalogSamples.Set(90001, day: 14), CatalogSamples.Set(90002, day: 11)), "?marking=public");
        await SubmitAsync(aaa, CatalogSamples.TleText(CatalogSamples.Set(90001, day: 11)));

        string[] forAaa = await EpochsAsync(aaa, "/api/v1/catalog/gp/history?id=90001&from=2026-01-11T00:00:00Z&to=2026-01-12T00:00:00Z");
        string[] forBbb = await EpochsAsync(bbb, "/api/v1/catalog/gp/history?id=90001&from=2026-01-11T00:00:00Z");
        string[] all = await EpochsAsync(bbb, "/api/v1/catalog/gp/history?id=90001");

        Assert.Equal(["2026-01-11T00:00:00", "2026-01-12T00:00:00"], forAaa);
        Assert.Equal(["2026-01-12T00:00:00", "2026-01-14T00:00:00"], forBbb);
        Assert.Equal(["2026-01-10T00:00:00", "2026-01-12T00:00:00", "2026-01-14T00:00:00"], all);
    }

    [Fact]
    public async Task Gp_Listing_IsPagedByLimitWithALinkToTheNextPage()
    {
        using var app = new HubApplication();
        HttpClient aaa = await AnalystAsync(app, "AAA");
        await SubmitAsync(aaa, CatalogSamples.TleText(CatalogSamples.Set(90001), CatalogSamples.Set(90002), CatalogSamples.Set(90003)));

        using HttpResponseMessage first = await aaa.GetAsync("/api/v1/catalog/gp?limit=2", TestContext.Current.CancellationToken);
        string next = first.Headers.GetValues("Link").Single();
        string nextUri = next[(next.IndexOf('<') + 1)..next.IndexOf('>')];

        Assert.Equal("/api/v1/catalog/gp?format=omm-json&limit=2&after=90002", nextUri);
        Assert.Equal(new[] { 90003 }, await IdsAsync(aaa, nextUri));
        using HttpResponseMessage last = await aaa.GetAsync(nextUri, TestContext.Current.CancellationToken);
        Assert.False(last.Headers.Contains("Link"));
    }

    [Fact]
    public async Task Gp_EveryReleaseIsAuditedOncePerRequest()
    {
        using var app = new HubApplication();
        HttpClient aaa = await AnalystAsync(app, "AAA");
        HttpClient bbb = await AnalystAsync(app, "BBB");
        await SubmitAsync(aaa, CatalogSamples.TleText(CatalogSamples.Set(90001), CatalogSamples.Set(90002)), "?marking=public");

        await IdsAsync(bbb, "/api/v1/catalog/gp?ids=90001,90002");
        await IdsAsync(bbb, "/api/v1/catalog/gp?ids=90009");
        await app.Services.GetRequiredService<ReadAuditQueue>().FlushAsync(TestContext.Current.CancellationToken); // appended in the background

        AuditEntry entry = Assert.Single(await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.CatalogReleased)
            .ToListAsync(TestContext.Current.CancellationToken)));
        using JsonDocument details = JsonDocument.Parse(entry.Details);
        Assert.Equal("BBB", details.RootElement.GetProperty("recipient").GetString());
        Assert.Equal("2", details.RootElement.GetProperty("records").GetString());
        Assert.Equal("", details.RootElement.GetProperty("agreements").GetString());
        Assert.True(await app.WithDbAsync(async db => (await new AuditLog(db, app.Time).VerifyAsync(TestContext.Current.CancellationToken)).Valid));
    }

    [Theory]
    [InlineData("/api/v1/catalog/gp?ids=abc")]
    [InlineData("/api/v1/catalog/gp?ids=0")]
    [InlineData("/api/v1/catalog/gp?ids=1000000000")]
    [InlineData("/api/v1/catalog/gp?format=csv")]
    [InlineData("/api/v1/catalog/gp?limit=0")]
    [InlineData("/api/v1/catalog/gp?after=-1")]
    [InlineData("/api/v1/catalog/gp/history")]
    [InlineData("/api/v1/catalog/gp/history?id=90001&from=yesterday")]
    [InlineData("/api/v1/catalog/gp/history?id=90001&from=2026-01-12T00:00:00Z&to=2026-01-11T00:00:00Z")]
    public async Task InvalidQuery_Is400(string uri)
    {
        using var app = new HubApplication();
        HttpClient aaa = await AnalystAsync(app, "AAA");

        using HttpResponseMessage response = await aaa.GetAsync(uri, TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, HubErrorCodes.InvalidQuery);
    }

    [Fact]
    public async Task Gp_AsAuditor_Is403()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        (_, string key) = await app.IssueKeyAsync("AAA", "auditor");

        using HttpResponseMessage response = await app.ClientWithKey(key).GetAsync("/api/v1/catalog/gp", TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, HubErrorCodes.AuthMissingRole);
    }

    private static async Task SubmitAsync(HttpClient client, string body, string query = "")
    {
        using HttpResponseMessage response = await PostAsync(client, body, "text/plain", query);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static async Task<int[]> IdsAsync(HttpClient client, string uri)
    {
        using JsonDocument json = JsonDocument.Parse(await client.GetStringAsync(uri, TestContext.Current.CancellationToken));
        return [.. json.RootElement.EnumerateArray().Select(o => o.GetProperty("NORAD_CAT_ID").GetInt32())];
    }

    private static async Task<string[]> EpochsAsync(HttpClient client, string uri)
    {
        using JsonDocument json = JsonDocument.Parse(await client.GetStringAsync(uri, TestContext.Current.CancellationToken));
        return [.. json.RootElement.EnumerateArray().Select(o => o.GetProperty("EPOCH").GetString()!)];
    }
}
