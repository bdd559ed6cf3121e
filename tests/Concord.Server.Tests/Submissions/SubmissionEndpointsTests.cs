using System.Net;
using System.Text;
using System.Text.Json;
using Concord.Catalog.Samples;
using Concord.Formats.Ccsds;
using Concord.Formats.Diagnostics;
using Concord.Hub.Audit;
using Concord.Hub.Catalog;
using Concord.Hub.Errors;
using Microsoft.EntityFrameworkCore;

namespace Concord.Server.Tests.Submissions;

public sealed class SubmissionEndpointsTests
{
    public static TheoryData<string, string, string, int> Formats() => new()
    {
        { SubmissionFormats.Tle, "text/plain", CatalogSamples.TleText(CatalogSamples.Set(90001), CatalogSamples.Set(90002)), 2 },
        { SubmissionFormats.ThreeLine, "text/plain; charset=utf-8", CatalogSamples.TleText(CatalogSamples.Set(90001, name: "SAT ONE")), 1 },
        { SubmissionFormats.OmmKvn, "text/plain", CatalogSamples.OmmText(CcsdsFormat.Kvn, CatalogSamples.Set(90001), CatalogSamples.Set(90002)), 2 },
        { SubmissionFormats.OmmXml, "application/xml", CatalogSamples.OmmText(CcsdsFormat.Xml, CatalogSamples.Set(90001), CatalogSamples.Set(90002)), 2 },
        { SubmissionFormats.OmmJson, "application/json; charset=UTF-8", CatalogSamples.OmmText(CcsdsFormat.Json, CatalogSamples.Set(90001)), 1 },
        { SubmissionFormats.OmmCsv, "text/csv", CatalogSamples.OmmText(CcsdsFormat.Csv, CatalogSamples.Set(90001), CatalogSamples.Set(90002), CatalogSamples.Set(90003)), 3 },
        { SubmissionFormats.OemKvn, "text/plain", CatalogSamples.Oem, 2 },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Submit_EachFormat_Is201WithIdAndRecordCount(string format, string contentType, string body, int records)
    {
        using var app = new HubApplication();
        HttpClient analyst = await AnalystAsync(app, "AAA");

        using HttpResponseMessage response = await PostAsync(analyst, body, contentType);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using JsonDocument json = await HubApplication.ReadJsonAsync(response);
        Guid id = json.RootElement.GetProperty("id").GetGuid();
        Assert.Equal(records, json.RootElement.GetProperty("records").GetInt32());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("diagnostics").ValueKind);
        Submission stored = await app.WithDbAsync(db => db.Submissions.SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal((id, format, contentType), (stored.Id, stored.Format, stored.ContentType));
        int rows = await app.WithDbAsync(async db => await db.ElementSets.CountAsync(TestContext.Current.CancellationToken)
            + await db.EphemerisSegments.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(records, rows);
    }

    [Fact]
    public async Task Submit_ChecksumWarning_IsAcceptedAndReturnedAsADiagnostic()
    {
        using var app = new HubApplication();
        HttpClient analyst = await AnalystAsync(app, "AAA");
        string text = CatalogSamples.TleText(CatalogSamples.Set(90001));
        string[] lines = text.Split('\n');
        char wrong = lines[0][68] == '0' ? '1' : '0';
        text = CatalogSamples.ReplaceLine(text, 1, lines[0][..68] + wrong);

        using HttpResponseMessage response = await PostAsync(analyst, text, "text/plain");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using JsonDocument json = await HubApplication.ReadJsonAsync(response);
        JsonElement warning = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal((ErrorCodes.TleChecksum, 1), (warning.GetProperty("code").GetString(), warning.GetProperty("line").GetInt32()));
        Assert.False(string.IsNullOrEmpty(warning.GetProperty("message").GetString()));
    }

    [Theory]
    [InlineData("application/octet-stream")]
    [InlineData("text/html")]
    [InlineData("text/plain; charset=iso-8859-1")]
    public async Task Submit_UnsupportedContentType_Is415(string contentType)
    {
        using var app = new HubApplication();
        HttpClient analyst = await AnalystAsync(app, "AAA");

        using HttpResponseMessage response = await PostAsync(analyst, CatalogSamples.TleText(CatalogSamples.Set(90001)), contentType);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType, HubErrorCodes.UnsupportedMediaType);
        Assert.Equal(0, await app.WithDbAsync(db => db.Submissions.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Submit_InvalidRecords_Is422ListingEveryDiagnostic_AndStoresNothing()
    {
        using var app = new HubApplication();
        HttpClient analyst = await AnalystAsync(app, "AAA");
        long auditBefore = await app.WithDbAsync(db => db.AuditEntries.LongCountAsync(TestContext.Current.CancellationToken));
        string good = CatalogSamples.OmmText(CcsdsFormat.Csv, CatalogSamples.Set(90001), CatalogSamples.Set(90002), CatalogSamples.Set(90003));
        string[] lines = good.Split('\n');
        string text = CatalogSamples.ReplaceLine(CatalogSamples.ReplaceLine(good, 2, lines[1].Replace("15.72125391", "fast", StringComparison.Ordinal)),
            4, lines[3].Replace("0.0006703", "round", StringComparison.Ordinal));

        using HttpResponseMessage response = await PostAsync(analyst, text, "text/csv");

        JsonElement problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, HubErrorCodes.SubmissionInvalidContent);
        (string, int)[] diagnostics = [.. problem.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("code").GetString()!, d.GetProperty("line").GetInt32()))];
        Assert.Equal([(ErrorCodes.CcsdsNumberFormat, 2), (ErrorCodes.CcsdsNumberFormat, 4)], diagnostics);
        Assert.Equal(0, await app.WithDbAsync(db => db.Submissions.CountAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(0, await app.WithDbAsync(db => db.ElementSets.CountAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(auditBefore, await app.WithDbAsync(db => db.AuditEntries.LongCountAsync(TestContext.Current.CancellationToken)));
    }

    [Theory]
    [InlineData("CCSDS_CDM_VERS = 1.0\n", ErrorCodes.FormatUnsupported)]
    [InlineData("hello\n", ErrorCodes.FormatUnknown)]
    public async Task Submit_NotACatalogMessage_Is422(string body, string code)
    {
        using var app = new HubApplication();
        HttpClient analyst = await AnalystAsync(app, "AAA");

        using HttpResponseMessage response = await PostAsync(analyst, body, "text/plain");

        JsonElement problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, HubErrorCodes.SubmissionInvalidContent);
        Assert.Equal(code, problem.GetProperty("diagnostics")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Submit_SameIdempotencyKeyTwice_StoresOneSubmission_AndReplays200WithTheSameId()
    {
        using var app = new HubApplication();
        HttpClient analyst = await AnalystAsync(app, "AAA");
        string text = CatalogSamples.TleText(CatalogSamples.Set(90001));

        using HttpResponseMessage first = await PostAsync(analyst, text, "text/plain", idempotencyKey: "batch-42");
        using HttpResponseMessage again = await PostAsync(analyst, text, "text/plain", idempotencyKey: "batch-42");
        using HttpResponseMessage other = await PostAsync(analyst, CatalogSamples.TleText(CatalogSamples.Set(90002)), "text/plain", idempotencyKey: "batch-42");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        using JsonDocument firstJson = await HubApplication.ReadJsonAsync(first);
        using JsonDocument againJson = await HubApplication.ReadJsonAsync(again);
        Assert.Equal(firstJson.RootElement.GetProperty("id").GetGuid(), againJson.RootElement.GetProperty("id").GetGuid());
        await ProblemAssert.IsProblemAsync(other, HttpStatusCode.Conflict, HubErrorCodes.SubmissionIdempotencyConflict);
        Assert.Equal(1, await app.WithDbAsync(db => db.Submissions.CountAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.SubmissionAccepted, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Submit_SameIdempotencyKeyFromAnotherAgency_IsIndependent()
    {
        using var app = new HubApplication();
        HttpClient aaa = await AnalystAsync(app, "AAA");
        HttpClient bbb = await AnalystAsync(app, "BBB");

        using HttpResponseMessage first = await PostAsync(aaa, CatalogSamples.TleText(CatalogSamples.Set(90001)), "text/plain", idempotencyKey: "k");
        using HttpResponseMessage second = await PostAsync(bbb, CatalogSamples.TleText(CatalogSamples.Set(90002)), "text/plain", idempotencyKey: "k");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, second.StatusCode));
    }

    [Theory]
    [InlineData("?marking=secret", "marking")]
    [InlineData("?relTo=BBB", "relTo")]
    [InlineData("?marking=public&relTo=BBB", "relTo")]
    [InlineData("?marking=restricted", "relTo")]
    [InlineData("?marking=restricted&relTo=ZZZ", "relTo")]
    public async Task Submit_InvalidMarkingOrRelTo_Is422(string query, string field)
    {
        using var app = new HubApplication();
        HttpClient analyst = await AnalystAsync(app, "AAA");
        await app.CreateAgencyAsync("BBB");

        using HttpResponseMessage response = await PostAsync(analyst, CatalogSamples.TleText(CatalogSamples.Set(90001)), "text/plain", query);

        JsonElement problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, HubErrorCodes.ValidationFailed);
        Assert.Equal(field, problem.GetProperty("errors")[0].GetProperty("arguments")[0].GetString());
        Assert.Equal(0, await app.WithDbAsync(db => db.Submissions.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Submit_RestrictedWithRelTo_IsStoredWithMarkingAndAudited()
    {
        using var app = new HubApplication();
        HttpClient analyst = await AnalystAsync(app, "AAA");
        await app.CreateAgencyAsync("BBB");
        await app.CreateAgencyAsync("CCC");
        string text = CatalogSamples.TleText(CatalogSamples.Set(90001));

        using HttpResponseMessage response = await PostAsync(analyst, text, "text/plain", "?marking=restricted&relTo=CCC,BBB");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Submission stored = await app.WithDbAsync(db => db.Submissions.SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["BBB", "CCC"], stored.RelTo);
        AuditEntry entry = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.SubmissionAccepted, TestContext.Current.CancellationToken));
        Assert.Equal($"submission:{stored.Id:D}", entry.Subject);
        using JsonDocument details = JsonDocument.Parse(entry.Details);
        Assert.Equal(SubmissionFormats.Tle, details.RootElement.GetProperty("format").GetString());
        Assert.Equal("1", details.RootElement.GetProperty("records").GetString());
        Assert.Equal("restricted", details.RootElement.GetProperty("marking").GetString());
        Assert.Equal(stored.ContentSha256, details.RootElement.GetProperty("hash").GetString());
    }

    [Theory]
    [InlineData("officer")]
    [InlineData("auditor")]
    [InlineData("agency-admin")]
    public async Task Submit_WithoutAnalystRole_Is403(string role)
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        (_, string key) = await app.IssueKeyAsync("AAA", role);

        using HttpResponseMessage response = await PostAsync(app.ClientWithKey(key), CatalogSamples.TleText(CatalogSamples.Set(90001)), "text/plain");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, HubErrorCodes.AuthMissingRole);
    }

    [Fact]
    public async Task Submit_AsHubAdmin_Is403()
    {
        using var app = new HubApplication();

        using HttpResponseMessage response = await PostAsync(app.AdminClient(), CatalogSamples.TleText(CatalogSamples.Set(90001)), "text/plain");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, HubErrorCodes.AuthMissingRole);
    }

    internal static async Task<HttpClient> AnalystAsync(HubApplication app, string agency)
    {
        await app.CreateAgencyAsync(agency);
        (_, string key) = await app.IssueKeyAsync(agency, "analyst");
        return app.ClientWithKey(key);
    }

    internal static async Task<HttpResponseMessage> PostAsync(HttpClient client, string body, string contentType, string query = "",
        string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/submissions" + query)
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
