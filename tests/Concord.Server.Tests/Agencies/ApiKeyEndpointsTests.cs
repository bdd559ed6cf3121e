using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Hub.Agencies;
using Concord.Hub.Errors;

namespace Concord.Server.Tests.Agencies;

public sealed partial class ApiKeyEndpointsTests
{
    [Fact]
    public async Task Issue_ReturnsTheSecretOnce_AndStoresOnlyItsHash()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");

        using HttpResponseMessage response = await app.AdminClient().PostAsJsonAsync("/api/v1/agencies/AAA/api-keys",
            new { role = "analyst" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        using JsonDocument body = await HubApplication.ReadJsonAsync(response);
        string id = body.RootElement.GetProperty("id").GetString()!;
        string key = body.RootElement.GetProperty("key").GetString()!;
        ApiKey stored = await app.WithDbAsync(db => Task.FromResult(db.ApiKeys.Single(k => k.Id == Guid.Parse(id))));
        Assert.Equal(ApiKeySecret.Hash(key), stored.SecretHash);
        Assert.Equal(HubRole.Analyst, stored.Role);
    }

    [Theory]
    [InlineData("superuser", HubErrorCodes.ApiKeyUnknownRole)]
    [InlineData("Analyst", HubErrorCodes.ApiKeyUnknownRole)]
    [InlineData("hub-admin", HubErrorCodes.ApiKeyRoleNotAssignable)]
    public async Task Issue_BadRole_Is422_AndStoresNothing(string role, string code)
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        int before = await app.WithDbAsync(db => Task.FromResult(db.ApiKeys.Count()));

        using HttpResponseMessage response = await app.AdminClient().PostAsJsonAsync("/api/v1/agencies/AAA/api-keys",
            new { role }, TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, code);
        Assert.Equal(before, await app.WithDbAsync(db => Task.FromResult(db.ApiKeys.Count())));
    }

    [Fact]
    public async Task Issue_UnknownAgency_Is404()
    {
        using var app = new HubApplication();

        using HttpResponseMessage response = await app.AdminClient().PostAsJsonAsync("/api/v1/agencies/ZZZ/api-keys",
            new { role = "analyst" }, TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, HubErrorCodes.AgencyNotFound);
    }

    [Fact]
    public async Task Revoke_Twice_IsConflict_AndUnknownKeyIsNotFound()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        (string id, _) = await app.IssueKeyAsync("AAA", "officer");
        HttpClient admin = app.AdminClient();

        using HttpResponseMessage first = await admin.DeleteAsync($"/api/v1/agencies/AAA/api-keys/{id}", TestContext.Current.CancellationToken);
        using HttpResponseMessage second = await admin.DeleteAsync($"/api/v1/agencies/AAA/api-keys/{id}", TestContext.Current.CancellationToken);
        using HttpResponseMessage unknown = await admin.DeleteAsync($"/api/v1/agencies/AAA/api-keys/{Guid.NewGuid()}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        await ProblemAssert.IsProblemAsync(second, HttpStatusCode.Conflict, HubErrorCodes.ApiKeyAlreadyRevoked);
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound, HubErrorCodes.ApiKeyNotFound);
    }
}
