using System.Net;
using System.Net.Http.Json;
using Concord.Hub.Errors;

namespace Concord.Server.Tests.Auth;

public sealed class AuthorizationTests
{
    [Fact]
    public async Task NoKey_Is401MissingKey()
    {
        using var app = new HubApplication();

        using HttpResponseMessage response = await app.ClientWithKey(null).GetAsync("/api/v1/agencies", TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, HubErrorCodes.AuthMissingKey);
    }

    [Theory]
    [InlineData("concord_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not-a-concord-key")]
    public async Task UnknownKey_Is401InvalidKey(string key)
    {
        using var app = new HubApplication();

        using HttpResponseMessage response = await app.ClientWithKey(key).GetAsync("/api/v1/agencies", TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, HubErrorCodes.AuthInvalidKey);
    }

    [Fact]
    public async Task RevokedKey_Is401InvalidKey()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        (string id, string key) = await app.IssueKeyAsync("AAA", "analyst");
        using HttpResponseMessage before = await app.ClientWithKey(key).GetAsync("/api/v1/agencies", TestContext.Current.CancellationToken);

        using HttpResponseMessage revoke = await app.AdminClient().DeleteAsync($"/api/v1/agencies/AAA/api-keys/{id}", TestContext.Current.CancellationToken);
        using HttpResponseMessage after = await app.ClientWithKey(key).GetAsync("/api/v1/agencies", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        await ProblemAssert.IsProblemAsync(after, HttpStatusCode.Unauthorized, HubErrorCodes.AuthInvalidKey);
    }

    [Theory]
    [InlineData("agency-admin")]
    [InlineData("officer")]
    [InlineData("analyst")]
    [InlineData("auditor")]
    public async Task CreateAgency_WithoutHubAdmin_Is403AndStoresNothing(string role)
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        (_, string key) = await app.IssueKeyAsync("AAA", role);

        using HttpResponseMessage response = await app.ClientWithKey(key).PostAsJsonAsync("/api/v1/agencies",
            new { code = "BBB", name = "B", country = "DE" }, TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, HubErrorCodes.AuthMissingRole);
        Assert.Equal(1, await app.WithDbAsync(db => Task.FromResult(db.Agencies.Count())));
    }

    // The hub administrator reads the audit log too (AuditEndpointsTests.Scoping); agencies' other roles do not.
    [Theory]
    [InlineData("agency-admin")]
    [InlineData("officer")]
    [InlineData("analyst")]
    public async Task Audit_WithoutAuditor_Is403(string role)
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        string key = (await app.IssueKeyAsync("AAA", role)).Key;

        using HttpResponseMessage list = await app.ClientWithKey(key).GetAsync("/api/v1/audit", TestContext.Current.CancellationToken);
        using HttpResponseMessage verify = await app.ClientWithKey(key).GetAsync("/api/v1/audit/verify", TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(list, HttpStatusCode.Forbidden, HubErrorCodes.AuthMissingRole);
        await ProblemAssert.IsProblemAsync(verify, HttpStatusCode.Forbidden, HubErrorCodes.AuthMissingRole);
    }

    [Fact]
    public async Task AgencyAdmin_IssuesKeysForItsOwnAgencyOnly()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        await app.CreateAgencyAsync("BBB");
        (_, string adminOfA) = await app.IssueKeyAsync("AAA", "agency-admin");
        HttpClient client = app.ClientWithKey(adminOfA);

        using HttpResponseMessage own = await client.PostAsJsonAsync("/api/v1/agencies/AAA/api-keys", new { role = "analyst" },
            TestContext.Current.CancellationToken);
        using HttpResponseMessage other = await client.PostAsJsonAsync("/api/v1/agencies/BBB/api-keys", new { role = "analyst" },
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        await ProblemAssert.IsProblemAsync(other, HttpStatusCode.Forbidden, HubErrorCodes.AuthMissingRole);
    }

    [Fact]
    public async Task Analyst_CannotIssueKeys()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        (_, string analyst) = await app.IssueKeyAsync("AAA", "analyst");

        using HttpResponseMessage response = await app.ClientWithKey(analyst).PostAsJsonAsync("/api/v1/agencies/AAA/api-keys",
            new { role = "agency-admin" }, TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, HubErrorCodes.AuthMissingRole);
    }
}
