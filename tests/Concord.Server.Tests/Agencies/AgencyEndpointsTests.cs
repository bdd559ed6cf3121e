using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Concord.Hub.Errors;

namespace Concord.Server.Tests.Agencies;

public sealed class AgencyEndpointsTests
{
    [Fact]
    public async Task Create_ThenList_ReturnsCamelCaseAgency()
    {
        using var app = new HubApplication();
        HttpClient admin = app.AdminClient();

        using HttpResponseMessage created = await admin.PostAsJsonAsync("/api/v1/agencies", new
        {
            code = "AAA",
            name = "Agence Alpha",
            country = "FR",
            contacts = new[] { new { name = "Ops desk", email = "ops@alpha.example", phone = (string?)null } },
        }, TestContext.Current.CancellationToken);
        using HttpResponseMessage list = await admin.GetAsync("/api/v1/agencies", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/agencies/AAA", created.Headers.Location?.OriginalString);
        using JsonDocument body = await HubApplication.ReadJsonAsync(list);
        JsonElement agency = Assert.Single(body.RootElement.EnumerateArray());
        Assert.Equal("AAA", agency.GetProperty("code").GetString());
        Assert.Equal("FR", agency.GetProperty("country").GetString());
        Assert.Equal("ops@alpha.example", agency.GetProperty("contacts")[0].GetProperty("email").GetString());
        Assert.Equal(app.Time.GetUtcNow(), agency.GetProperty("createdAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Create_InvalidFields_Is422ListingEachField_AndStoresNothing()
    {
        using var app = new HubApplication();

        using HttpResponseMessage response = await app.AdminClient().PostAsJsonAsync("/api/v1/agencies",
            new { code = "a", country = "FRA" }, TestContext.Current.CancellationToken);

        JsonElement problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, HubErrorCodes.ValidationFailed);
        string[] fields = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("arguments")[0].GetString()!).ToArray();
        Assert.Equal(["code", "name", "country"], fields);
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.Agencies.Count())));
    }

    [Theory]
    [InlineData("{\"code\":\"AAA\",\"name\":\"A\",\"country\":\"FR\",\"unknown\":1}")]
    [InlineData("{\"code\":\"AAA\",")]
    [InlineData("[]")]
    public async Task Create_MalformedOrUnknownFields_Is400_AndStoresNothing(string json)
    {
        using var app = new HubApplication();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        using HttpResponseMessage response = await app.AdminClient().PostAsync("/api/v1/agencies", content, TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, HubErrorCodes.RequestMalformed);
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.Agencies.Count())));
    }

    [Fact]
    public async Task Create_DuplicateCode_Is409()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");

        using HttpResponseMessage response = await app.AdminClient().PostAsJsonAsync("/api/v1/agencies",
            new { code = "AAA", name = "Again", country = "FR" }, TestContext.Current.CancellationToken);

        JsonElement problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, HubErrorCodes.AgencyDuplicateCode);
        Assert.Equal("AAA", problem.GetProperty("errors")[0].GetProperty("arguments")[0].GetString());
    }

    [Fact]
    public async Task Get_UnknownAgency_Is404()
    {
        using var app = new HubApplication();

        using HttpResponseMessage response = await app.AdminClient().GetAsync("/api/v1/agencies/ZZZ", TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, HubErrorCodes.AgencyNotFound);
    }
}
