using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Concord.Conjunctions.Samples;
using Concord.Formats.Ccsds.Cdm;
using Concord.Hub.Errors;
using Concord.Server.Conjunctions;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Server.Tests.Conjunctions;

/// <summary><c>GET /api/v1/conjunctions/{id}/cdm</c> and <c>/api/v1/conjunctions/{id}/maneuver-plans</c>.</summary>
public sealed partial class ConjunctionCdmAndPlanEndpointsTests
{
    private static readonly DateTimeOffset s_twoHoursBefore = ConjunctionSamples.Tca.AddHours(-2);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary><see cref="ConjunctionObjects.ScreenedAsync"/> and the id of its one event.</summary>
    private static async Task<(HttpClient A, HttpClient B, HttpClient C, string EventId)> ScreenedAsync(HubApplication app)
    {
        (HttpClient a, HttpClient b, HttpClient c) = await ConjunctionObjects.ScreenedAsync(app);
        using HttpResponseMessage list = await a.GetAsync("/api/v1/conjunctions", Ct);
        using JsonDocument body = await HubApplication.ReadJsonAsync(list);
        return (a, b, c, Assert.Single(body.RootElement.EnumerateArray()).GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task Cdm_FullViewer_GetsKvnAndXmlOfTheSameMessage_WhichReadBack()
    {
        using var app = new HubApplication();
        (HttpClient a, _, _, string id) = await ScreenedAsync(app);

        using HttpResponseMessage kvn = await a.GetAsync($"/api/v1/conjunctions/{id}/cdm", Ct);
        using HttpResponseMessage xml = await a.GetAsync($"/api/v1/conjunctions/{id}/cdm?format=xml", Ct);

        Assert.Equal(HttpStatusCode.OK, kvn.StatusCode);
        Assert.Equal(("text/plain", "utf-8"), (kvn.Content.Headers.ContentType!.MediaType, kvn.Content.Headers.ContentType.CharSet));
        Assert.Equal("attachment", kvn.Content.Headers.ContentDisposition!.DispositionType);
        Assert.EndsWith(".cdm", kvn.Content.Headers.ContentDisposition.FileName!.Trim('"'), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, xml.StatusCode);
        Assert.Equal("application/xml", xml.Content.Headers.ContentType!.MediaType);
        CdmReadResult fromKvn = CdmReader.Parse(await kvn.Content.ReadAsStringAsync(Ct));
        CdmReadResult fromXml = CdmReader.Parse(await xml.Content.ReadAsStringAsync(Ct));
        Assert.True(fromKvn.Success, string.Join("\n", fromKvn.Diagnostics.Select(d => d.Message)));
        Assert.True(fromXml.Success, string.Join("\n", fromXml.Diagnostics.Select(d => d.Message)));
        Cdm cdm = Assert.Single(fromKvn.Messages);
        Assert.Equal(cdm, Assert.Single(fromXml.Messages));
        Assert.Equal(("90001", "90002"), (cdm.Object1.Metadata.ObjectDesignator, cdm.Object2.Metadata.ObjectDesignator));
        Assert.NotNull(cdm.RelativeMetadata.CollisionProbability);

        using HttpResponseMessage get = await a.GetAsync($"/api/v1/conjunctions/{id}", Ct);
        using JsonDocument body = await HubApplication.ReadJsonAsync(get);
        JsonElement update = Assert.Single(body.RootElement.GetProperty("updates").EnumerateArray());
        Assert.True(update.GetProperty("hasCdm").GetBoolean());
        string updateId = update.GetProperty("id").GetString()!;
        Assert.Equal($"CONCORD-{updateId}", cdm.Header.MessageId);
        using HttpResponseMessage byUpdate = await a.GetAsync($"/api/v1/conjunctions/{id}/cdm?format=kvn&update={updateId}", Ct);
        Assert.Equal(await kvn.Content.ReadAsStringAsync(Ct), await byUpdate.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Cdm_BasicViewer403_NonParty404_BadQuery400_UnknownUpdate404()
    {
        using var app = new HubApplication();
        (HttpClient a, HttpClient b, HttpClient c, string id) = await ScreenedAsync(app);

        using HttpResponseMessage basic = await b.GetAsync($"/api/v1/conjunctions/{id}/cdm", Ct);
        await ProblemAssert.IsProblemAsync(basic, HttpStatusCode.Forbidden, HubErrorCodes.ConjunctionDetailWithheld);
        using HttpResponseMessage third = await c.GetAsync($"/api/v1/conjunctions/{id}/cdm", Ct);
        await ProblemAssert.IsProblemAsync(third, HttpStatusCode.NotFound, HubErrorCodes.ConjunctionNotFound);
        using HttpResponseMessage format = await a.GetAsync($"/api/v1/conjunctions/{id}/cdm?format=json", Ct);
        await ProblemAssert.IsProblemAsync(format, HttpStatusCode.BadRequest, HubErrorCodes.InvalidQuery);
        using HttpResponseMessage badUpdate = await a.GetAsync($"/api/v1/conjunctions/{id}/cdm?update=latest", Ct);
        await ProblemAssert.IsProblemAsync(badUpdate, HttpStatusCode.BadRequest, HubErrorCodes.InvalidQuery);
        using HttpResponseMessage unknown = await a.GetAsync($"/api/v1/conjunctions/{id}/cdm?update={Guid.NewGuid()}", Ct);
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound, HubErrorCodes.ConjunctionCdmNotFound);
    }

    [Fact]
    public async Task Plan_PartyUploads_ScreeningComesBack_OwnSeesItInFull_ACounterpartyThatMayNotIdentifyTheObjectDoesNot()
    {
        using var app = new HubApplication();
        (HttpClient a, HttpClient b, HttpClient c, string id) = await ScreenedAsync(app);
        string oem = OemSamples.FromTle(ConjunctionSamples.Primary, "90001", s_twoHoursBefore, 240, shiftSeconds: 5.0);

        using HttpResponseMessage posted = await a.PostAsync($"/api/v1/conjunctions/{id}/maneuver-plans", new StringContent(oem, Encoding.UTF8, "text/plain"), Ct);

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        using JsonDocument created = await HubApplication.ReadJsonAsync(posted);
        JsonElement plan = created.RootElement;
        Assert.Equal((id, "90001", "AAA", "full"), (plan.GetProperty("eventId").GetString(), plan.GetProperty("object").GetString(),
            plan.GetProperty("uploadedBy").GetString(), plan.GetProperty("detail").GetString()));
        Assert.Equal("2026-01-01T22:00:00.000Z", plan.GetProperty("useableStart").GetString());
        JsonElement screening = plan.GetProperty("screening");
        Assert.InRange(screening.GetProperty("pairMissDistanceMeters").GetDouble(), 5_000.0, 100_000.0);
        Assert.Equal("low", screening.GetProperty("pairRiskLevel").GetString());
        Assert.Equal(JsonValueKind.Array, screening.GetProperty("conjunctions").ValueKind);
        Assert.True(screening.GetProperty("screenedObjects").GetInt32() >= 1);
        Assert.True(screening.GetProperty("durationMs").GetInt64() >= 0);
        string oemUrl = plan.GetProperty("oemUrl").GetString()!;
        Assert.Equal(oemUrl, posted.Headers.Location!.OriginalString);

        JsonElement own = Assert.Single(await PlansAsync(a, id));
        Assert.Equal("full", own.GetProperty("detail").GetString());
        Assert.Contains("CCSDS_OEM_VERS", own.GetProperty("oem").GetString(), StringComparison.Ordinal);
        // BBB is the other party but may not identify 90001 (the record behind it is AAA's, marked partners, and they share
        // no agreement): a plan for 90001 would name it, so the plan is absent for BBB.
        Assert.Empty(await PlansAsync(b, id));

        using HttpResponseMessage ownOem = await a.GetAsync(oemUrl, Ct);
        Assert.Equal(HttpStatusCode.OK, ownOem.StatusCode);
        Assert.Contains("CCSDS_OEM_VERS", await ownOem.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        using HttpResponseMessage theirOem = await b.GetAsync(oemUrl, Ct);
        await ProblemAssert.IsProblemAsync(theirOem, HttpStatusCode.NotFound, HubErrorCodes.ManeuverPlanNotFound);
        using HttpResponseMessage thirdList = await c.GetAsync($"/api/v1/conjunctions/{id}/maneuver-plans", Ct);
        await ProblemAssert.IsProblemAsync(thirdList, HttpStatusCode.NotFound, HubErrorCodes.ConjunctionNotFound);
        using HttpResponseMessage unknownPlan = await a.GetAsync($"/api/v1/conjunctions/{id}/maneuver-plans/{Guid.NewGuid()}/oem", Ct);
        await ProblemAssert.IsProblemAsync(unknownPlan, HttpStatusCode.NotFound, HubErrorCodes.ManeuverPlanNotFound);
        HttpClient auditor = app.ClientWithKey((await app.IssueKeyAsync("AAA", "auditor")).Key);
        using HttpResponseMessage audited = await auditor.GetAsync($"/api/v1/conjunctions/{id}/maneuver-plans", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, audited.StatusCode);
    }

    [Fact]
    public async Task Plan_Refusals_AreSpecific_AndStoreNothing()
    {
        using var app = new HubApplication();
        (HttpClient a, HttpClient b, HttpClient c, string id) = await ScreenedAsync(app);
        string path = $"/api/v1/conjunctions/{id}/maneuver-plans";
        string good = OemSamples.FromTle(ConjunctionSamples.Primary, "90001", s_twoHoursBefore, 240, shiftSeconds: 5.0);

        using HttpResponseMessage json = await a.PostAsync(path, new StringContent(good, Encoding.UTF8, "application/json"), Ct);
        await ProblemAssert.IsProblemAsync(json, HttpStatusCode.UnsupportedMediaType, HubErrorCodes.UnsupportedMediaType);
        using HttpResponseMessage invalid = await a.PostAsync(path, new StringContent("CCSDS_OEM_VERS = 2.0\nMETA_START\n", Encoding.UTF8, "text/plain"), Ct);
        await ProblemAssert.IsProblemAsync(invalid, HttpStatusCode.UnprocessableEntity, HubErrorCodes.ManeuverPlanInvalidContent);
        using HttpResponseMessage wrong = await b.PostAsync(path, new StringContent(good, Encoding.UTF8, "text/plain"), Ct);
        await ProblemAssert.IsProblemAsync(wrong, HttpStatusCode.UnprocessableEntity, HubErrorCodes.ManeuverPlanWrongObject);
        string early = OemSamples.FromTle(ConjunctionSamples.Primary, "90001", s_twoHoursBefore, 60);
        using HttpResponseMessage uncovered = await a.PostAsync(path, new StringContent(early, Encoding.UTF8, "text/plain"), Ct);
        await ProblemAssert.IsProblemAsync(uncovered, HttpStatusCode.UnprocessableEntity, HubErrorCodes.ManeuverPlanDoesNotCoverTca);
        using HttpResponseMessage third = await c.PostAsync(path, new StringContent(good, Encoding.UTF8, "text/plain"), Ct);
        await ProblemAssert.IsProblemAsync(third, HttpStatusCode.NotFound, HubErrorCodes.ConjunctionNotFound);
        HttpClient admin = app.ClientWithKey((await app.IssueKeyAsync("AAA", "agency-admin")).Key);
        using HttpResponseMessage byAdmin = await admin.PostAsync(path, new StringContent(good, Encoding.UTF8, "text/plain"), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, byAdmin.StatusCode);

        Assert.Empty(await PlansAsync(a, id));
    }

    [Fact]
    public async Task Plan_InvalidOem_ListsEveryDiagnostic()
    {
        using var app = new HubApplication();
        (HttpClient a, _, _, string id) = await ScreenedAsync(app);

        using HttpResponseMessage invalid = await a.PostAsync($"/api/v1/conjunctions/{id}/maneuver-plans",
            new StringContent("CCSDS_OEM_VERS = 2.0\nMETA_START\n", Encoding.UTF8, "text/plain"), Ct);

        using JsonDocument body = await HubApplication.ReadJsonAsync(invalid);
        Assert.NotEmpty(body.RootElement.GetProperty("diagnostics").EnumerateArray());
    }

    private static async Task<JsonElement[]> PlansAsync(HttpClient client, string id)
    {
        using HttpResponseMessage response = await client.GetAsync($"/api/v1/conjunctions/{id}/maneuver-plans", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(response);
        return [.. body.RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
