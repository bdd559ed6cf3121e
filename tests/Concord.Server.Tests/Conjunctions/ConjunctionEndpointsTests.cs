using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Hub.Errors;

namespace Concord.Server.Tests.Conjunctions;

public sealed class ConjunctionEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement[]> ListAsync(HttpClient client, string query = "")
    {
        using HttpResponseMessage response = await client.GetAsync($"/api/v1/conjunctions{query}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(response);
        return [.. body.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    private static async Task<JsonElement> GetOkAsync(HttpClient client, string id)
    {
        using HttpResponseMessage response = await client.GetAsync($"/api/v1/conjunctions/{id}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(response);
        return body.RootElement.Clone();
    }

    [Fact]
    public async Task PrimaryOwner_SeesTheFullEventWithItsHistory()
    {
        using var app = new HubApplication();
        (HttpClient a, _, _) = await ConjunctionObjects.ScreenedAsync(app);

        JsonElement listed = Assert.Single(await ListAsync(a));
        JsonElement full = await GetOkAsync(a, listed.GetProperty("id").GetString()!);

        // AAA submitted both sets: both records are released to it, so it could compute the event itself.
        Assert.Equal(("full", "inputs-released", "90001", "90002", "AAA", "BBB", "open"),
            (full.GetProperty("detail").GetString(), full.GetProperty("releaseReason").GetString(), full.GetProperty("primaryNoradId").GetString(),
             full.GetProperty("secondaryNoradId").GetString(), full.GetProperty("primaryOwner").GetString(),
             full.GetProperty("secondaryOwner").GetString(), full.GetProperty("status").GetString()));
        Assert.Equal("2026-01-02T00:00:00.001Z", full.GetProperty("tca").GetString());
        Assert.InRange(full.GetProperty("missDistanceMeters").GetDouble(), 10.0, 50.0);
        Assert.InRange(full.GetProperty("relativeSpeedMetersPerSecond").GetDouble(), 5900.0, 6100.0);
        Assert.Equal(JsonValueKind.Number, full.GetProperty("pc").ValueKind);
        Assert.Contains(full.GetProperty("riskLevel").GetString(), new[] { "low", "attention", "high" });
        JsonElement update = Assert.Single(full.GetProperty("updates").EnumerateArray());
        Assert.Equal(full.GetProperty("missDistanceMeters").GetDouble(), update.GetProperty("missDistanceMeters").GetDouble());
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("updates").ValueKind);
    }

    [Fact]
    public async Task SecondaryOwnerWithoutAgreement_GetsTheEncounterWithoutTheOtherObjectsData()
    {
        using var app = new HubApplication();
        (_, HttpClient b, _) = await ConjunctionObjects.ScreenedAsync(app);

        JsonElement listed = Assert.Single(await ListAsync(b));
        using HttpResponseMessage response = await b.GetAsync($"/api/v1/conjunctions/{listed.GetProperty("id").GetString()}", Ct);
        string raw = await response.Content.ReadAsStringAsync(Ct);
        JsonElement encounter = JsonDocument.Parse(raw).RootElement;

        // Duty to warn: BBB owns 90002 and learns the encounter (Pc and history included) in its own object's frame; the
        // records the hub used (AAA's partners sets) are not released to it, so 90001 is absent from the answer.
        Assert.Equal(("encounter", "duty-to-warn"), (encounter.GetProperty("detail").GetString(), encounter.GetProperty("releaseReason").GetString()));
        Assert.Equal("2026-01-02T00:00:00.001Z", encounter.GetProperty("tca").GetString());
        Assert.Equal(JsonValueKind.Number, encounter.GetProperty("pc").ValueKind);
        Assert.Single(encounter.GetProperty("updates").EnumerateArray());
        JsonElement[] objects = [.. encounter.GetProperty("objects").EnumerateArray()];
        Assert.Equal(("90002", true, false), (objects[0].GetProperty("noradId").GetString(), objects[0].GetProperty("own").GetBoolean(),
            objects[0].GetProperty("released").GetBoolean()));
        double[] relative = [.. objects[0].GetProperty("relativePositionRtnMeters").EnumerateArray().Select(v => v.GetDouble())];
        Assert.Equal(encounter.GetProperty("missDistanceMeters").GetDouble(), Math.Sqrt(relative.Sum(v => v * v)), 1e-3);
        Assert.Equal((JsonValueKind.Null, false), (objects[1].GetProperty("noradId").ValueKind, objects[1].GetProperty("released").GetBoolean()));
        Assert.DoesNotContain("90001", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("AAA", raw, StringComparison.Ordinal);
        Assert.Empty(await ListAsync(b, "?object=90001"));
        Assert.Empty(await ListAsync(b, "?agency=AAA"));
        Assert.Single(await ListAsync(b, "?object=90002"));
        using HttpResponseMessage cdm = await b.GetAsync($"/api/v1/conjunctions/{listed.GetProperty("id").GetString()}/cdm", Ct);
        await ProblemAssert.IsProblemAsync(cdm, HttpStatusCode.Forbidden, HubErrorCodes.ConjunctionDetailWithheld);
    }

    [Fact]
    public async Task AgencyOwningNeitherObject_SeesNothing_AndHubAdminNeither()
    {
        using var app = new HubApplication();
        (HttpClient a, _, HttpClient c) = await ConjunctionObjects.ScreenedAsync(app);
        string id = Assert.Single(await ListAsync(a)).GetProperty("id").GetString()!;

        Assert.Empty(await ListAsync(c));
        Assert.Empty(await ListAsync(app.AdminClient()));
        using HttpResponseMessage get = await c.GetAsync($"/api/v1/conjunctions/{id}", Ct);
        await ProblemAssert.IsProblemAsync(get, HttpStatusCode.NotFound, HubErrorCodes.ConjunctionNotFound);
        using HttpResponseMessage unknown = await a.GetAsync($"/api/v1/conjunctions/{Guid.NewGuid()}", Ct);
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound, HubErrorCodes.ConjunctionNotFound);
    }

    [Fact]
    public async Task AgreementReleasingTheOtherObjectsRecord_GivesTheFullEvent()
    {
        using var app = new HubApplication();
        (_, HttpClient b, _) = await ConjunctionObjects.ScreenedAsync(app);
        HttpClient officerA = app.ClientWithKey((await app.IssueKeyAsync("AAA", "officer")).Key);
        HttpClient officerB = app.ClientWithKey((await app.IssueKeyAsync("BBB", "officer")).Key);
        using HttpResponseMessage proposed = await officerA.PostAsJsonAsync("/api/v1/agreements", new
        {
            title = "Orbit sharing",
            parties = new[] { "AAA", "BBB" },
            categories = new[] { "orbit-elements" },
            objectScope = "owned-by-parties",
            conditions = new { embargoMinutes = 0 },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        using JsonDocument agreement = await HubApplication.ReadJsonAsync(proposed);
        string agreementId = agreement.RootElement.GetProperty("id").GetString()!;
        foreach (HttpClient officer in new[] { officerA, officerB })
        {
            using HttpResponseMessage signed = await officer.PostAsync($"/api/v1/agreements/{agreementId}/sign", null, Ct);
            Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        }

        JsonElement listed = Assert.Single(await ListAsync(b));

        Assert.Equal(("full", "inputs-released", "AAA"), (listed.GetProperty("detail").GetString(),
            listed.GetProperty("releaseReason").GetString(), listed.GetProperty("primaryOwner").GetString()));
        JsonElement full = await GetOkAsync(b, listed.GetProperty("id").GetString()!);
        Assert.Single(full.GetProperty("updates").EnumerateArray());
    }

    [Fact]
    public async Task Filters_SelectByRiskLevelObjectAgencyAndTcaWindow()
    {
        using var app = new HubApplication();
        (HttpClient a, _, _) = await ConjunctionObjects.ScreenedAsync(app);
        string risk = Assert.Single(await ListAsync(a)).GetProperty("riskLevel").GetString()!;
        string otherRisk = risk == "low" ? "high" : "low";

        Assert.Single(await ListAsync(a, $"?riskLevel={risk}"));
        Assert.Empty(await ListAsync(a, $"?riskLevel={otherRisk}"));
        Assert.Single(await ListAsync(a, "?object=90002"));
        Assert.Empty(await ListAsync(a, "?object=90003"));
        Assert.Single(await ListAsync(a, "?agency=BBB"));
        Assert.Empty(await ListAsync(a, "?agency=CCC"));
        Assert.Single(await ListAsync(a, "?tcaFrom=2026-01-01T23:00:00Z&tcaTo=2026-01-02T01:00:00Z"));
        Assert.Empty(await ListAsync(a, "?tcaFrom=2026-01-02T01:00:00Z"));
        Assert.Empty(await ListAsync(a, "?tcaTo=2026-01-01T23:00:00Z"));
    }

    [Theory]
    [InlineData("?riskLevel=severe", "riskLevel")]
    [InlineData("?object=abc", "object")]
    [InlineData("?tcaFrom=yesterday", "tcaFrom")]
    [InlineData("?tcaTo=2026-13-01T00:00:00Z", "tcaTo")]
    public async Task InvalidQuery_Is400(string query, string parameter)
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        HttpClient a = app.ClientWithKey((await app.IssueKeyAsync("AAA", "analyst")).Key);

        using HttpResponseMessage response = await a.GetAsync($"/api/v1/conjunctions{query}", Ct);

        JsonElement problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, HubErrorCodes.InvalidQuery);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task AsAuditor_Is403()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        HttpClient auditor = app.ClientWithKey((await app.IssueKeyAsync("AAA", "auditor")).Key);

        using HttpResponseMessage response = await auditor.GetAsync("/api/v1/conjunctions", Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, HubErrorCodes.AuthMissingRole);
    }
}
