using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Hub.Audit;
using Concord.Hub.Notifications;
using Concord.Server.Tests.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Concord.Server.Tests.Agencies;

/// <summary>A hub administrator minting an agency's key acts on the agency's behalf: audited, and announced to that
/// agency's administrators (<c>agency.api-key-issued</c>) and to nobody else.</summary>
public sealed class ApiKeyNoticeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task KeyMintedByTheHubAdmin_IsAnnouncedToTheAgencyAdministratorsOnly_AndAudited()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        await app.CreateAgencyAsync("BBB");
        (_, string adminKeyA) = await app.IssueKeyAsync("AAA", "agency-admin");
        (_, string analystKeyA) = await app.IssueKeyAsync("AAA", "analyst");
        (_, string adminKeyB) = await app.IssueKeyAsync("BBB", "agency-admin");
        using HttpClient adminA = app.ClientWithKey(adminKeyA);
        using HttpClient analystA = app.ClientWithKey(analystKeyA);
        using HttpClient adminB = app.ClientWithKey(adminKeyB);
        using EventStream streamAdminA = await EventStream.OpenAsync(adminA);
        using EventStream streamAnalystA = await EventStream.OpenAsync(analystA);
        using EventStream streamAdminB = await EventStream.OpenAsync(adminB);

        (string id, string secret) = await app.IssueKeyAsync("AAA", "officer");

        EventStream.ServerSentEvent notice = await streamAdminA.NextAsync();
        Assert.Equal(NotificationKinds.ApiKeyIssued, notice.Event);
        JsonElement data = notice.Json;
        Assert.Equal(Guid.Parse(id), data.GetProperty("eventId").GetGuid());
        Assert.Equal("none", data.GetProperty("riskLevel").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("conjunction").ValueKind);
        JsonElement key = data.GetProperty("apiKey");
        Assert.Equal(Guid.Parse(id), key.GetProperty("id").GetGuid());
        Assert.Equal("officer", key.GetProperty("role").GetString());
        Assert.DoesNotContain(secret, data.GetRawText(), StringComparison.Ordinal);
        Assert.Null(await streamAnalystA.ReadAsync(TimeSpan.FromSeconds(2)));
        Assert.Null(await streamAdminB.ReadAsync(TimeSpan.FromMilliseconds(100)));

        // The agency's own administrator minting a key is not acting on anyone's behalf: no notice.
        using (HttpResponseMessage own = await adminA.PostAsJsonAsync("/api/v1/agencies/AAA/api-keys", new { role = "analyst" }, Ct))
        {
            Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        }

        Assert.Null(await streamAdminA.ReadAsync(TimeSpan.FromSeconds(2)));

        AuditEntry issued = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.Action == AuditActions.ApiKeyIssued && e.Subject == $"api-key:{id}", Ct));
        Assert.StartsWith("key:", issued.Actor, StringComparison.Ordinal);
        Assert.Contains("\"onBehalfOf\":\"AAA\"", issued.Details, StringComparison.Ordinal);
    }
}
