using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Hub.Audit;
using Concord.Hub.Errors;
using Microsoft.EntityFrameworkCore;

namespace Concord.Server.Tests.Agreements;

public sealed partial class AgreementEndpointsTests
{
    [Fact]
    public async Task SignSuspendResumeTerminate_FollowTheLifecycle_AndAreAudited()
    {
        using var app = new HubApplication();
        (HttpClient a, HttpClient b, _) = await OfficersAsync(app);
        string id = await ProposeAsync(a);

        JsonElement signedByA = await PostOkAsync(a, $"/api/v1/agreements/{id}/sign");
        JsonElement active = await PostOkAsync(b, $"/api/v1/agreements/{id}/sign");
        JsonElement suspended = await PostOkAsync(b, $"/api/v1/agreements/{id}/suspend");
        using HttpResponseMessage resumeByA = await a.PostAsync($"/api/v1/agreements/{id}/resume", null, Ct);
        JsonElement resumed = await PostOkAsync(b, $"/api/v1/agreements/{id}/resume");
        JsonElement terminated = await PostOkAsync(a, $"/api/v1/agreements/{id}/terminate");

        Assert.Equal("proposed", signedByA.GetProperty("status").GetString());
        Assert.True(signedByA.GetProperty("parties")[0].GetProperty("signed").GetBoolean());
        Assert.Equal("active", active.GetProperty("status").GetString());
        Assert.Equal("suspended", suspended.GetProperty("status").GetString());
        Assert.Equal("BBB", suspended.GetProperty("suspendedBy").GetString());
        await ProblemAssert.IsProblemAsync(resumeByA, HttpStatusCode.Forbidden, HubErrorCodes.AgreementNotSuspendingParty);
        Assert.Equal("active", resumed.GetProperty("status").GetString());
        Assert.Equal("terminated", terminated.GetProperty("status").GetString());
        Assert.Equal("AAA", terminated.GetProperty("terminatedBy").GetString());
        string[] actions = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Subject == $"agreement:{id}")
            .OrderBy(e => e.Sequence).Select(e => e.Action).ToArrayAsync(Ct));
        Assert.Equal(
        [
            AuditActions.AgreementProposed, AuditActions.AgreementSigned, AuditActions.AgreementSigned, AuditActions.AgreementActivated,
            AuditActions.AgreementSuspended, AuditActions.AgreementResumed, AuditActions.AgreementTerminated,
        ], actions);
        // Every change concerns both parties, whichever of them acted.
        List<string>[] concerned = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Subject == $"agreement:{id}")
            .OrderBy(e => e.Sequence).Select(e => e.Agencies).ToArrayAsync(Ct));
        Assert.All(concerned, agencies => Assert.Equal(["AAA", "BBB"], agencies));
    }

    [Fact]
    public async Task InvalidTransitions_Are409WithStableCodes()
    {
        using var app = new HubApplication();
        (HttpClient a, HttpClient b, _) = await OfficersAsync(app);
        string id = await ProposeAsync(a);
        await PostOkAsync(a, $"/api/v1/agreements/{id}/sign");

        using HttpResponseMessage signTwice = await a.PostAsync($"/api/v1/agreements/{id}/sign", null, Ct);
        using HttpResponseMessage suspendProposed = await b.PostAsync($"/api/v1/agreements/{id}/suspend", null, Ct);
        await PostOkAsync(b, $"/api/v1/agreements/{id}/terminate");
        using HttpResponseMessage signTerminated = await b.PostAsync($"/api/v1/agreements/{id}/sign", null, Ct);
        using HttpResponseMessage terminateTerminated = await a.PostAsync($"/api/v1/agreements/{id}/terminate", null, Ct);

        await ProblemAssert.IsProblemAsync(signTwice, HttpStatusCode.Conflict, HubErrorCodes.AgreementAlreadySigned);
        JsonElement problem = await ProblemAssert.IsProblemAsync(suspendProposed, HttpStatusCode.Conflict, HubErrorCodes.AgreementInvalidTransition);
        Assert.Equal("proposed", problem.GetProperty("errors")[0].GetProperty("arguments")[1].GetString());
        await ProblemAssert.IsProblemAsync(signTerminated, HttpStatusCode.Conflict, HubErrorCodes.AgreementInvalidTransition);
        await ProblemAssert.IsProblemAsync(terminateTerminated, HttpStatusCode.Conflict, HubErrorCodes.AgreementInvalidTransition);
    }

    [Fact]
    public async Task NonParties_SeeNothing_ListGetAndWritesAre404WithOneCode()
    {
        using var app = new HubApplication();
        (HttpClient a, _, HttpClient c) = await OfficersAsync(app);
        string id = await ProposeAsync(a);
        (_, string analystC) = await app.IssueKeyAsync("CCC", "analyst");

        using HttpResponseMessage list = await c.GetAsync("/api/v1/agreements", Ct);
        using HttpResponseMessage get = await app.ClientWithKey(analystC).GetAsync($"/api/v1/agreements/{id}", Ct);
        using HttpResponseMessage sign = await c.PostAsync($"/api/v1/agreements/{id}/sign", null, Ct);
        using HttpResponseMessage unknown = await a.GetAsync($"/api/v1/agreements/{Guid.NewGuid()}", Ct);
        using HttpResponseMessage garbage = await a.PostAsync("/api/v1/agreements/not-an-id/sign", null, Ct);

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        using JsonDocument listed = await HubApplication.ReadJsonAsync(list);
        Assert.Equal(0, listed.RootElement.GetArrayLength());
        await ProblemAssert.IsProblemAsync(get, HttpStatusCode.NotFound, HubErrorCodes.AgreementNotFound);
        await ProblemAssert.IsProblemAsync(sign, HttpStatusCode.NotFound, HubErrorCodes.AgreementNotFound);
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound, HubErrorCodes.AgreementNotFound);
        await ProblemAssert.IsProblemAsync(garbage, HttpStatusCode.NotFound, HubErrorCodes.AgreementNotFound);
    }

    [Fact]
    public async Task List_ShowsPartiesTheirAgreements_AuditorsTheirAgency_AndHubAdminAll()
    {
        using var app = new HubApplication();
        (HttpClient a, HttpClient b, HttpClient c) = await OfficersAsync(app);
        string ab = await ProposeAsync(a);
        app.Time.Advance(TimeSpan.FromSeconds(1)); // lists are oldest first
        string ac = await ProposeAsync(c, Proposal(["AAA", "CCC"]));
        (_, string auditor) = await app.IssueKeyAsync("BBB", "auditor");
        HttpClient auditorOfB = app.ClientWithKey(auditor);

        Assert.Equal([ab], await ListIdsAsync(b));
        Assert.Equal([ab, ac], await ListIdsAsync(a));
        Assert.Equal([ab, ac], await ListIdsAsync(app.AdminClient()));
        // An auditor oversees its own agency: who agrees with whom elsewhere is absent, not forbidden.
        Assert.Equal([ab], await ListIdsAsync(auditorOfB));
        using HttpResponseMessage own = await auditorOfB.GetAsync($"/api/v1/agreements/{ab}", Ct);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        using HttpResponseMessage other = await auditorOfB.GetAsync($"/api/v1/agreements/{ac}", Ct);
        await ProblemAssert.IsProblemAsync(other, HttpStatusCode.NotFound, HubErrorCodes.AgreementNotFound);
        using HttpResponseMessage otherByOfficer = await b.GetAsync($"/api/v1/agreements/{ac}", Ct);
        await ProblemAssert.IsProblemAsync(otherByOfficer, HttpStatusCode.NotFound, HubErrorCodes.AgreementNotFound);
    }

    [Fact]
    public async Task Get_ReportsExpiredFromTheClock()
    {
        using var app = new HubApplication();
        (HttpClient a, HttpClient b, _) = await OfficersAsync(app);
        string id = await ProposeAsync(a, new
        {
            title = "Short",
            parties = new[] { "AAA", "BBB" },
            categories = new[] { "ephemeris" },
            objectScope = "all",
            conditions = new { embargoMinutes = 0, expiresAt = app.Time.GetUtcNow().AddHours(1) },
        });
        await PostOkAsync(a, $"/api/v1/agreements/{id}/sign");
        await PostOkAsync(b, $"/api/v1/agreements/{id}/sign");

        app.Time.Advance(TimeSpan.FromHours(1));
        JsonElement agreement = await a.GetFromJsonAsync<JsonElement>($"/api/v1/agreements/{id}", Ct);
        using HttpResponseMessage suspend = await a.PostAsync($"/api/v1/agreements/{id}/suspend", null, Ct);

        Assert.Equal("expired", agreement.GetProperty("status").GetString());
        await ProblemAssert.IsProblemAsync(suspend, HttpStatusCode.Conflict, HubErrorCodes.AgreementInvalidTransition);
    }

    [Fact]
    public async Task ReleaseMatrix_ForOfficersAndAnalysts_ShowsActiveFlows()
    {
        using var app = new HubApplication();
        (HttpClient a, HttpClient b, HttpClient c) = await OfficersAsync(app);
        string id = await ProposeAsync(a);
        await PostOkAsync(a, $"/api/v1/agreements/{id}/sign");
        await PostOkAsync(b, $"/api/v1/agreements/{id}/sign");
        await ProposeAsync(c, Proposal(["AAA", "CCC"]));
        // Active between two other agencies: not AAA's relation, so not in its matrix.
        string bc = await ProposeAsync(c, Proposal(["BBB", "CCC"]));
        await PostOkAsync(b, $"/api/v1/agreements/{bc}/sign");
        await PostOkAsync(c, $"/api/v1/agreements/{bc}/sign");
        (_, string analyst) = await app.IssueKeyAsync("AAA", "analyst");
        (_, string auditor) = await app.IssueKeyAsync("AAA", "auditor");

        JsonElement matrix = await app.ClientWithKey(analyst).GetFromJsonAsync<JsonElement>("/api/v1/agreements/release-matrix", Ct);
        using HttpResponseMessage byAuditor = await app.ClientWithKey(auditor).GetAsync("/api/v1/agreements/release-matrix", Ct);

        Assert.Equal("AAA", matrix.GetProperty("agency").GetString());
        JsonElement partner = Assert.Single(matrix.GetProperty("partners").EnumerateArray());
        Assert.Equal("BBB", partner.GetProperty("agency").GetString());
        JsonElement outgoing = Assert.Single(partner.GetProperty("outgoing").EnumerateArray());
        Assert.Equal(id, outgoing.GetProperty("agreementId").GetString());
        Assert.Equal(["orbit-elements"], outgoing.GetProperty("categories").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(id, Assert.Single(partner.GetProperty("incoming").EnumerateArray()).GetProperty("agreementId").GetString());
        await ProblemAssert.IsProblemAsync(byAuditor, HttpStatusCode.Forbidden, HubErrorCodes.AuthMissingRole);
    }

    private static async Task<string[]> ListIdsAsync(HttpClient client)
    {
        JsonElement list = await client.GetFromJsonAsync<JsonElement>("/api/v1/agreements", Ct);
        return list.EnumerateArray().Select(a => a.GetProperty("id").GetString()!).ToArray();
    }
}
