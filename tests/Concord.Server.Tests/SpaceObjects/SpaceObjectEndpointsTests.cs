using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Concord.Hub.Errors;

namespace Concord.Server.Tests.SpaceObjects;

public sealed partial class SpaceObjectEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Body(string noradId, string owner = "AAA", string? marking = "public", string[]? relTo = null,
        string? name = null, double? perigee = 540.0, double? apogee = 560.0, string status = "operational") => new
    {
        noradId,
        name = name ?? $"Object {noradId}",
        owner,
        perigeeKilometers = perigee,
        apogeeKilometers = apogee,
        status,
        marking,
        relTo,
    };

    private static async Task<HttpResponseMessage> RegisterAsync(HttpClient client, object body)
    {
        HttpResponseMessage response = await client.PostAsJsonAsync("/api/v1/objects", body, Ct);
        return response;
    }

    private static async Task RegisterOkAsync(HttpClient client, object body)
    {
        using HttpResponseMessage response = await RegisterAsync(client, body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static async Task<string[]> ListNoradIdsAsync(HttpClient client, string query = "")
    {
        using HttpResponseMessage response = await client.GetAsync($"/api/v1/objects{query}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(response);
        return body.RootElement.EnumerateArray().Select(o => o.GetProperty("noradId").GetString()!).ToArray();
    }

    [Fact]
    public async Task Register_ThenGet_ReturnsTheObjectInCamelCase()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        (_, string analyst) = await app.IssueKeyAsync("AAA", "analyst");
        HttpClient client = app.ClientWithKey(analyst);

        using HttpResponseMessage created = await client.PostAsJsonAsync("/api/v1/objects", new
        {
            noradId = "90001",
            name = "Alpha-1",
            owner = "AAA",
            internationalDesignator = "2025-001A",
            launchingState = "FR",
            launchDate = "2025-06-30",
            launchSite = "Kourou",
            nodalPeriodMinutes = 95.6,
            inclinationDegrees = 97.4,
            apogeeKilometers = 560.0,
            perigeeKilometers = 540.0,
            generalFunction = "Earth observation",
            status = "operational",
        }, Ct);
        using HttpResponseMessage get = await client.GetAsync("/api/v1/objects/90001", Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/objects/90001", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(get);
        JsonElement o = body.RootElement;
        Assert.Equal("90001", o.GetProperty("noradId").GetString());
        Assert.Equal(("Alpha-1", "AAA", "AAA"), (o.GetProperty("name").GetString(), o.GetProperty("owner").GetString(), o.GetProperty("originator").GetString()));
        Assert.Equal("2025-001A", o.GetProperty("internationalDesignator").GetString());
        Assert.Equal("2025-06-30", o.GetProperty("launchDate").GetString());
        Assert.Equal(97.4, o.GetProperty("inclinationDegrees").GetDouble());
        Assert.Equal("operational", o.GetProperty("status").GetString());
        Assert.Equal("leo", o.GetProperty("regime").GetString());
        Assert.Equal("partners", o.GetProperty("marking").GetString()); // the hub's default (Concord:Release:DefaultMarking)
        Assert.Equal("claimed", o.GetProperty("claim").GetString());
        Assert.Equal(0, o.GetProperty("relTo").GetArrayLength());
        Assert.Equal(app.Time.GetUtcNow(), o.GetProperty("createdAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Register_InvalidFields_Is422ListingEachField_AndStoresNothing()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");

        using HttpResponseMessage response = await RegisterAsync(app.AdminClient(), new
        {
            noradId = "0123",
            name = "",
            owner = "ZZZ",
            inclinationDegrees = 190.0,
            marking = "restricted",
        });

        JsonElement problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, HubErrorCodes.ValidationFailed);
        string[] fields = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("arguments")[0].GetString()!).ToArray();
        Assert.Equal(["noradId", "name", "owner", "inclinationDegrees", "relTo"], fields);
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.SpaceObjects.Count())));
    }

    [Theory]
    [InlineData("{\"noradId\":90001,\"name\":\"A\",\"owner\":\"AAA\"}")]
    [InlineData("{\"noradId\":\"90001\",\"name\":\"A\",\"owner\":\"AAA\",\"colour\":\"red\"}")]
    public async Task Register_MalformedJson_Is400(string json)
    {
        using var app = new HubApplication();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        using HttpResponseMessage response = await app.AdminClient().PostAsync("/api/v1/objects", content, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, HubErrorCodes.RequestMalformed);
    }

    [Fact]
    public async Task NoKey_Is401()
    {
        using var app = new HubApplication();
        HttpClient anonymous = app.ClientWithKey(null);

        using HttpResponseMessage list = await anonymous.GetAsync("/api/v1/objects", Ct);
        using HttpResponseMessage post = await RegisterAsync(anonymous, Body("90001"));

        await ProblemAssert.IsProblemAsync(list, HttpStatusCode.Unauthorized, HubErrorCodes.AuthMissingKey);
        await ProblemAssert.IsProblemAsync(post, HttpStatusCode.Unauthorized, HubErrorCodes.AuthMissingKey);
    }

    [Theory]
    [InlineData("analyst", HttpStatusCode.Created, HttpStatusCode.OK)]
    [InlineData("agency-admin", HttpStatusCode.Created, HttpStatusCode.OK)]
    [InlineData("officer", HttpStatusCode.Forbidden, HttpStatusCode.OK)]
    [InlineData("auditor", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    public async Task Roles_DecideWhoRegistersAndWhoReads(string role, HttpStatusCode register, HttpStatusCode read)
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        (_, string key) = await app.IssueKeyAsync("AAA", role);
        HttpClient client = app.ClientWithKey(key);

        using HttpResponseMessage post = await RegisterAsync(client, Body("90001"));
        using HttpResponseMessage list = await client.GetAsync("/api/v1/objects", Ct);

        Assert.Equal(register, post.StatusCode);
        Assert.Equal(read, list.StatusCode);
        if (register == HttpStatusCode.Forbidden)
        {
            await ProblemAssert.IsProblemAsync(post, HttpStatusCode.Forbidden, HubErrorCodes.AuthMissingRole);
            Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.SpaceObjects.Count())));
        }
    }

    [Fact]
    public async Task Register_ForAnotherAgency_Is403_ButHubAdminRegistersForAny()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        await app.CreateAgencyAsync("BBB", "DE");
        (_, string analyst) = await app.IssueKeyAsync("AAA", "analyst");

        using HttpResponseMessage forbidden = await RegisterAsync(app.ClientWithKey(analyst), Body("90001", owner: "BBB"));
        using HttpResponseMessage admin = await RegisterAsync(app.AdminClient(), Body("90001", owner: "BBB"));

        await ProblemAssert.IsProblemAsync(forbidden, HttpStatusCode.Forbidden, HubErrorCodes.ObjectOwnerNotOwnAgency);
        Assert.Equal(HttpStatusCode.Created, admin.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(admin);
        Assert.Equal("BBB", body.RootElement.GetProperty("originator").GetString());
    }

    [Fact]
    public async Task Register_TakenCatalogNumber_Is409WithTheSameCode_WhetherOrNotVisible()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        await app.CreateAgencyAsync("BBB", "DE");
        (_, string analystA) = await app.IssueKeyAsync("AAA", "analyst");
        (_, string analystB) = await app.IssueKeyAsync("BBB", "analyst");
        await RegisterOkAsync(app.ClientWithKey(analystA), Body("90001", marking: "restricted", relTo: ["AAA"]));

        using HttpResponseMessage own = await RegisterAsync(app.ClientWithKey(analystA), Body("90001"));
        using HttpResponseMessage hidden = await RegisterAsync(app.ClientWithKey(analystB), Body("90001", owner: "BBB"));

        JsonElement ownProblem = await ProblemAssert.IsProblemAsync(own, HttpStatusCode.Conflict, HubErrorCodes.ObjectCatalogNumberUnavailable);
        JsonElement hiddenProblem = await ProblemAssert.IsProblemAsync(hidden, HttpStatusCode.Conflict, HubErrorCodes.ObjectCatalogNumberUnavailable);
        Assert.Equal(ownProblem.GetProperty("detail").GetString(), hiddenProblem.GetProperty("detail").GetString());
        Assert.Equal(1, await app.WithDbAsync(db => Task.FromResult(db.SpaceObjects.Count())));
    }

    [Theory]
    [InlineData("/api/v1/objects/90009")]
    [InlineData("/api/v1/objects/abc")]
    [InlineData("/api/v1/objects/090001")]
    public async Task Get_Unknown_Is404(string path)
    {
        using var app = new HubApplication();

        using HttpResponseMessage response = await app.AdminClient().GetAsync(path, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, HubErrorCodes.ObjectNotFound);
    }
}
