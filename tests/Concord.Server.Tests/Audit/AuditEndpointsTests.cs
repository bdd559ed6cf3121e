using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Hub.Audit;
using Microsoft.EntityFrameworkCore;

namespace Concord.Server.Tests.Audit;

public sealed class AuditEndpointsTests
{
    [Fact]
    public async Task AgencyAndCredentialChanges_AreAudited_AndTheChainVerifies()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        (string auditorId, string auditor) = await app.IssueKeyAsync("AAA", "auditor");
        (string analystId, _) = await app.IssueKeyAsync("AAA", "analyst");
        using HttpResponseMessage revoked = await app.AdminClient().DeleteAsync($"/api/v1/agencies/AAA/api-keys/{analystId}",
            TestContext.Current.CancellationToken);
        HttpClient client = app.ClientWithKey(auditor);

        VerifyResponse? verify = await client.GetFromJsonAsync<VerifyResponse>("/api/v1/audit/verify", TestContext.Current.CancellationToken);
        using JsonDocument list = await JsonDocument.ParseAsync(
            await client.GetStreamAsync("/api/v1/audit", TestContext.Current.CancellationToken), cancellationToken: TestContext.Current.CancellationToken);

        string[] actions = list.RootElement.EnumerateArray().Select(e => e.GetProperty("action").GetString()!).ToArray();
        Assert.Equal([AuditActions.ApiKeyIssued, AuditActions.AgencyCreated, AuditActions.ApiKeyIssued, AuditActions.ApiKeyIssued,
            AuditActions.ApiKeyRevoked], actions);
        Assert.Equal($"api-key:{auditorId}", list.RootElement[2].GetProperty("subject").GetString());
        Assert.Equal("AAA", list.RootElement[4].GetProperty("details").GetProperty("agency").GetString());
        Assert.NotNull(verify);
        Assert.True(verify.Valid);
        Assert.Equal(5, verify.Entries);
        Assert.Equal(list.RootElement[4].GetProperty("hash").GetString(), verify.Head);
    }

    [Fact]
    public async Task Verify_DetectsATamperedEntry()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        (_, string auditor) = await app.IssueKeyAsync("AAA", "auditor");
        string forged = "{\"code\":\"AAA\",\"contacts\":\"0\",\"country\":\"DE\",\"name\":\"Agency AAA\"}";
        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE audit_entries SET \"Details\" = {forged} WHERE \"Action\" = 'agency.created'", TestContext.Current.CancellationToken));

        VerifyResponse? verify = await app.ClientWithKey(auditor).GetFromJsonAsync<VerifyResponse>("/api/v1/audit/verify",
            TestContext.Current.CancellationToken);

        Assert.NotNull(verify);
        Assert.False(verify.Valid);
        Assert.Equal(2, verify.FirstInvalidSequence);
    }

    [Theory]
    [InlineData("?limit=0")]
    [InlineData("?limit=1001")]
    [InlineData("?after=-1")]
    public async Task List_BadPaging_Is422(string query)
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        (_, string auditor) = await app.IssueKeyAsync("AAA", "auditor");

        using HttpResponseMessage response = await app.ClientWithKey(auditor).GetAsync($"/api/v1/audit{query}", TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, Hub.Errors.HubErrorCodes.InvalidQuery);
    }

    private sealed record VerifyResponse(bool Valid, long Entries, string Head, long? FirstInvalidSequence);
}
