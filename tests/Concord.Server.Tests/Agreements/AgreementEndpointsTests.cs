using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Hub.Audit;
using Concord.Hub.Errors;
using Microsoft.EntityFrameworkCore;

namespace Concord.Server.Tests.Agreements;

public sealed partial class AgreementEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Proposal(string[]? parties = null, string objectScope = "owned-by-parties") => new
    {
        title = "Orbit sharing",
        parties = parties ?? ["AAA", "BBB"],
        categories = new[] { "orbit-elements" },
        objectScope,
        conditions = new { embargoMinutes = 0 },
    };

    /// <summary>AAA, BBB and CCC, each with an officer key.</summary>
    private static async Task<(HttpClient A, HttpClient B, HttpClient C)> OfficersAsync(HubApplication app)
    {
        await app.CreateAgencyAsync("AAA");
        await app.CreateAgencyAsync("BBB", "DE");
        await app.CreateAgencyAsync("CCC", "IT");
        (_, string a) = await app.IssueKeyAsync("AAA", "officer");
        (_, string b) = await app.IssueKeyAsync("BBB", "officer");
        (_, string c) = await app.IssueKeyAsync("CCC", "officer");
        return (app.ClientWithKey(a), app.ClientWithKey(b), app.ClientWithKey(c));
    }

    private static async Task<string> ProposeAsync(HttpClient officer, object? proposal = null)
    {
        using HttpResponseMessage response = await officer.PostAsJsonAsync("/api/v1/agreements", proposal ?? Proposal(), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(response);
        return body.RootElement.GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> PostOkAsync(HttpClient officer, string path)
    {
        using HttpResponseMessage response = await officer.PostAsync(path, null, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(response);
        return body.RootElement.Clone();
    }

    [Fact]
    public async Task Propose_Returns201WithTheContractShape()
    {
        using var app = new HubApplication();
        (HttpClient a, _, _) = await OfficersAsync(app);

        using HttpResponseMessage response = await a.PostAsJsonAsync("/api/v1/agreements", new
        {
            title = "Debris watch",
            parties = new[] { "AAA", "BBB" },
            categories = new[] { "orbit-elements", "conjunctions" },
            objectScope = "list",
            objectIds = new[] { "90001", "90002" },
            conditions = new { embargoMinutes = 15, minimumPc = 1e-4, expiresAt = "2026-06-01T00:00:00Z" },
        }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(response);
        JsonElement root = body.RootElement;
        string id = root.GetProperty("id").GetString()!;
        Assert.Equal($"/api/v1/agreements/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("proposed", root.GetProperty("status").GetString());
        Assert.Equal("Debris watch", root.GetProperty("title").GetString());
        JsonElement[] parties = root.GetProperty("parties").EnumerateArray().ToArray();
        Assert.Equal(["AAA", "BBB"], parties.Select(p => p.GetProperty("agency").GetString()));
        Assert.All(parties, p => Assert.False(p.GetProperty("signed").GetBoolean()));
        Assert.Equal(["orbit-elements", "conjunctions"], root.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("list", root.GetProperty("objectScope").GetString());
        Assert.Equal(["90001", "90002"], root.GetProperty("objectIds").EnumerateArray().Select(c => c.GetString()));
        JsonElement conditions = root.GetProperty("conditions");
        Assert.Equal(15, conditions.GetProperty("embargoMinutes").GetInt32());
        Assert.Equal(1e-4, conditions.GetProperty("minimumPc").GetDouble());
        Assert.Equal(DateTimeOffset.Parse("2026-06-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            conditions.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.Equal("AAA", root.GetProperty("proposedBy").GetString());
        Assert.Equal(app.Time.GetUtcNow(), root.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("activatedAt").ValueKind);
    }

    [Fact]
    public async Task Propose_InvalidBody_Is422ListingEveryProblem_AndStoresNothing()
    {
        using var app = new HubApplication();
        (HttpClient a, _, _) = await OfficersAsync(app);

        using HttpResponseMessage response = await a.PostAsJsonAsync("/api/v1/agreements", new
        {
            title = "",
            parties = new[] { "AAA", "ZZZ" },
            categories = new[] { "gossip" },
            objectScope = "everything",
            conditions = new { embargoMinutes = -5 },
        }, Ct);

        JsonElement problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, HubErrorCodes.ValidationFailed);
        Assert.Equal(["title", "categories[0]", "objectScope", "conditions.embargoMinutes", "parties[1]"],
            problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("arguments")[0].GetString()));
        Assert.False(await app.WithDbAsync(db => db.Agreements.AnyAsync(Ct)));
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action.StartsWith("agreement."), Ct)));
    }

    [Fact]
    public async Task Propose_UnknownField_Is400()
    {
        using var app = new HubApplication();
        (HttpClient a, _, _) = await OfficersAsync(app);

        using HttpResponseMessage response = await a.PostAsJsonAsync("/api/v1/agreements", new
        {
            title = "x",
            parties = new[] { "AAA", "BBB" },
            categories = new[] { "orbit-elements" },
            objectScope = "all",
            conditions = new { embargoMinutes = 0, releaseEverything = true },
        }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, HubErrorCodes.RequestMalformed);
    }

    [Fact]
    public async Task Writes_WithoutKey_Are401_AndOtherRoles_Are403()
    {
        using var app = new HubApplication();
        (HttpClient a, _, _) = await OfficersAsync(app);
        string id = await ProposeAsync(a);
        (_, string analyst) = await app.IssueKeyAsync("AAA", "analyst");
        (_, string agencyAdmin) = await app.IssueKeyAsync("AAA", "agency-admin");

        using HttpResponseMessage anonymous = await app.ClientWithKey(null).PostAsJsonAsync("/api/v1/agreements", Proposal(), Ct);
        using HttpResponseMessage byAnalyst = await app.ClientWithKey(analyst).PostAsJsonAsync("/api/v1/agreements", Proposal(), Ct);
        using HttpResponseMessage byAdmin = await app.AdminClient().PostAsync($"/api/v1/agreements/{id}/sign", null, Ct);
        using HttpResponseMessage byAgencyAdmin = await app.ClientWithKey(agencyAdmin).PostAsync($"/api/v1/agreements/{id}/terminate", null, Ct);

        await ProblemAssert.IsProblemAsync(anonymous, HttpStatusCode.Unauthorized, HubErrorCodes.AuthMissingKey);
        await ProblemAssert.IsProblemAsync(byAnalyst, HttpStatusCode.Forbidden, HubErrorCodes.AuthMissingRole);
        await ProblemAssert.IsProblemAsync(byAdmin, HttpStatusCode.Forbidden, HubErrorCodes.AuthMissingRole);
        await ProblemAssert.IsProblemAsync(byAgencyAdmin, HttpStatusCode.Forbidden, HubErrorCodes.AuthMissingRole);
    }

    [Fact]
    public async Task Propose_ForOtherAgencies_Is422()
    {
        using var app = new HubApplication();
        (HttpClient a, _, _) = await OfficersAsync(app);

        using HttpResponseMessage response = await a.PostAsJsonAsync("/api/v1/agreements", Proposal(["BBB", "CCC"]), Ct);

        JsonElement problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, HubErrorCodes.ValidationFailed);
        Assert.Equal("parties", problem.GetProperty("errors")[0].GetProperty("arguments")[0].GetString());
    }
}
