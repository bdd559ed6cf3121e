using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Concord.Hub.Errors;
using Concord.Hub.Release;
using Microsoft.EntityFrameworkCore;

namespace Concord.Server.Tests.SpaceObjects;

public sealed partial class SpaceObjectEndpointsTests
{
    /// <summary>AAA, BBB and CCC with an analyst key each; returns their clients.</summary>
    private static async Task<(HttpClient A, HttpClient B, HttpClient C)> ThreeAgenciesAsync(HubApplication app)
    {
        await app.CreateAgencyAsync("AAA");
        await app.CreateAgencyAsync("BBB", "DE");
        await app.CreateAgencyAsync("CCC", "IT");
        return (app.ClientWithKey((await app.IssueKeyAsync("AAA", "analyst")).Key),
            app.ClientWithKey((await app.IssueKeyAsync("BBB", "analyst")).Key),
            app.ClientWithKey((await app.IssueKeyAsync("CCC", "analyst")).Key));
    }

    private static async Task<JsonElement> GetObjectAsync(HttpClient client, string noradId)
    {
        using HttpResponseMessage response = await client.GetAsync($"/api/v1/objects/{noradId}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(response);
        return body.RootElement.Clone();
    }

    private static Task<string[]> AuditActionsAsync(HubApplication app, string prefix) =>
        app.WithDbAsync(db => db.AuditEntries.OrderBy(e => e.Sequence).Where(e => e.Action.StartsWith(prefix))
            .Select(e => e.Action).ToArrayAsync(Ct));

    [Fact]
    public async Task Register_ByAnAgency_IsAClaim_UntilTheHubAdminConfirmsIt()
    {
        using var app = new HubApplication();
        (HttpClient a, _, _) = await ThreeAgenciesAsync(app);

        using HttpResponseMessage created = await RegisterAsync(a, Body("90001"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using (JsonDocument body = await HubApplication.ReadJsonAsync(created))
        {
            Assert.Equal("claimed", body.RootElement.GetProperty("claim").GetString());
            Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("claimReason").ValueKind);
            Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("providers").ValueKind); // not yet the confirmed owner
        }

        Assert.Equal(["90001"], await ListNoradIdsAsync(app.AdminClient(), "?claim=claimed"));
        Assert.Empty(await ListNoradIdsAsync(a, "?claim=confirmed"));

        using HttpResponseMessage confirmed = await app.AdminClient().PostAsync("/api/v1/objects/90001/confirm", null, Ct);
        using HttpResponseMessage again = await app.AdminClient().PostAsync("/api/v1/objects/90001/confirm", null, Ct);
        using HttpResponseMessage unknown = await app.AdminClient().PostAsync("/api/v1/objects/90009/confirm", null, Ct);
        using HttpResponseMessage byAgency = await a.PostAsync("/api/v1/objects/90001/confirm", null, Ct);

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict, HubErrorCodes.ObjectNotClaimed);
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound, HubErrorCodes.ObjectNotFound);
        await ProblemAssert.IsProblemAsync(byAgency, HttpStatusCode.Forbidden, HubErrorCodes.AuthMissingRole);
        JsonElement own = await GetObjectAsync(a, "90001");
        Assert.Equal("confirmed", own.GetProperty("claim").GetString());
        Assert.Equal(0, own.GetProperty("providers").GetArrayLength());
        Assert.Empty(await ListNoradIdsAsync(app.AdminClient(), "?claim=claimed"));
        Assert.Equal(["object.registered", "object.claim-confirmed"], await AuditActionsAsync(app, "object."));
    }

    [Fact]
    public async Task Reject_NeedsAReason_AndFreesTheNumberForAnyAgency()
    {
        using var app = new HubApplication();
        (HttpClient a, HttpClient b, _) = await ThreeAgenciesAsync(app);
        await RegisterOkAsync(a, Body("90001", name: "Claimed by AAA"));

        using HttpResponseMessage pending = await RegisterAsync(b, Body("90001", owner: "BBB"));
        using HttpResponseMessage noReason = await app.AdminClient().PostAsJsonAsync("/api/v1/objects/90001/reject", new { reason = " " }, Ct);
        using HttpResponseMessage rejected = await app.AdminClient().PostAsJsonAsync("/api/v1/objects/90001/reject",
            new { reason = "Catalogued as a BBB payload." }, Ct);
        using HttpResponseMessage twice = await app.AdminClient().PostAsJsonAsync("/api/v1/objects/90001/reject", new { reason = "again" }, Ct);

        // A pending claim of another agency holds the number; the hub administrator resolves it by rejecting.
        await ProblemAssert.IsProblemAsync(pending, HttpStatusCode.Conflict, HubErrorCodes.ObjectCatalogNumberUnavailable);
        JsonElement problem = await ProblemAssert.IsProblemAsync(noReason, HttpStatusCode.UnprocessableEntity, HubErrorCodes.ValidationFailed);
        Assert.Contains("reason", problem.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        await ProblemAssert.IsProblemAsync(twice, HttpStatusCode.Conflict, HubErrorCodes.ObjectNotClaimed);
        JsonElement seen = await GetObjectAsync(a, "90001");
        Assert.Equal(("rejected", "Catalogued as a BBB payload."), (seen.GetProperty("claim").GetString(), seen.GetProperty("claimReason").GetString()));

        using HttpResponseMessage reclaimed = await RegisterAsync(b, Body("90001", owner: "BBB", name: "BBB payload"));
        Assert.Equal(HttpStatusCode.Created, reclaimed.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(reclaimed);
        Assert.Equal(("BBB", "BBB", "claimed", "BBB payload"), (body.RootElement.GetProperty("owner").GetString(),
            body.RootElement.GetProperty("originator").GetString(), body.RootElement.GetProperty("claim").GetString(),
            body.RootElement.GetProperty("name").GetString()));
        Assert.Equal(1, await app.WithDbAsync(db => db.SpaceObjects.CountAsync(Ct)));
        Assert.Equal(["object.registered", "object.claim-rejected", "object.registered"], await AuditActionsAsync(app, "object."));
    }

    [Fact]
    public async Task ConfirmedNumber_Is409ForOthers_AndHubAdminRegistrationsAreConfirmed()
    {
        using var app = new HubApplication();
        (_, HttpClient b, _) = await ThreeAgenciesAsync(app);

        using HttpResponseMessage byAdmin = await RegisterAsync(app.AdminClient(), Body("25544", owner: "AAA"));
        using HttpResponseMessage byOther = await RegisterAsync(b, Body("25544", owner: "BBB"));

        Assert.Equal(HttpStatusCode.Created, byAdmin.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(byAdmin);
        Assert.Equal("confirmed", body.RootElement.GetProperty("claim").GetString());
        await ProblemAssert.IsProblemAsync(byOther, HttpStatusCode.Conflict, HubErrorCodes.ObjectCatalogNumberUnavailable);
    }

    [Fact]
    public async Task StandingGrant_ConfirmsClaimsInsideItsRange_Only()
    {
        using var app = new HubApplication();
        (HttpClient a, _, _) = await ThreeAgenciesAsync(app);
        using HttpResponseMessage granted = await app.AdminClient().PostAsJsonAsync("/api/v1/agencies/AAA/ownership-grants",
            new { first = 90000, last = 90099 }, Ct);
        Assert.Equal(HttpStatusCode.Created, granted.StatusCode);
        using JsonDocument grant = await HubApplication.ReadJsonAsync(granted);
        string id = grant.RootElement.GetProperty("id").GetString()!;

        await RegisterOkAsync(a, Body("90050"));
        await RegisterOkAsync(a, Body("90100"));

        Assert.Equal("confirmed", (await GetObjectAsync(a, "90050")).GetProperty("claim").GetString());
        Assert.Equal("claimed", (await GetObjectAsync(a, "90100")).GetProperty("claim").GetString());
        using (JsonDocument listed = JsonDocument.Parse(await app.AdminClient().GetStringAsync("/api/v1/agencies/AAA/ownership-grants", Ct)))
        {
            JsonElement only = Assert.Single(listed.RootElement.EnumerateArray().ToArray());
            Assert.Equal((id, "AAA", 90000, 90099), (only.GetProperty("id").GetString(), only.GetProperty("agency").GetString(),
                only.GetProperty("first").GetInt32(), only.GetProperty("last").GetInt32()));
        }

        using HttpResponseMessage deleted = await app.AdminClient().DeleteAsync($"/api/v1/agencies/AAA/ownership-grants/{id}", Ct);
        using HttpResponseMessage deletedAgain = await app.AdminClient().DeleteAsync($"/api/v1/agencies/AAA/ownership-grants/{id}", Ct);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await ProblemAssert.IsProblemAsync(deletedAgain, HttpStatusCode.NotFound, HubErrorCodes.OwnershipGrantNotFound);
        await RegisterOkAsync(a, Body("90051"));
        Assert.Equal("claimed", (await GetObjectAsync(a, "90051")).GetProperty("claim").GetString());
        Assert.Equal("confirmed", (await GetObjectAsync(a, "90050")).GetProperty("claim").GetString());
        Assert.Equal(["ownership-grant.created", "ownership-grant.deleted"], await AuditActionsAsync(app, "ownership-grant."));
    }

    [Fact]
    public async Task OwnershipGrants_AreValidated_AndForHubAdminsOnly()
    {
        using var app = new HubApplication();
        (HttpClient a, _, _) = await ThreeAgenciesAsync(app);
        (_, string agencyAdmin) = await app.IssueKeyAsync("AAA", "agency-admin");

        using HttpResponseMessage backwards = await app.AdminClient().PostAsJsonAsync("/api/v1/agencies/AAA/ownership-grants",
            new { first = 500, last = 400 }, Ct);
        using HttpResponseMessage outOfRange = await app.AdminClient().PostAsJsonAsync("/api/v1/agencies/AAA/ownership-grants",
            new { first = 0, last = 1_000_000_000L }, Ct);
        using HttpResponseMessage unknownAgency = await app.AdminClient().PostAsJsonAsync("/api/v1/agencies/ZZZ/ownership-grants",
            new { first = 1, last = 2 }, Ct);
        using HttpResponseMessage byAnalyst = await a.PostAsJsonAsync("/api/v1/agencies/AAA/ownership-grants", new { first = 1, last = 2 }, Ct);
        using HttpResponseMessage byAgencyAdmin = await app.ClientWithKey(agencyAdmin).GetAsync("/api/v1/agencies/AAA/ownership-grants", Ct);

        JsonElement order = await ProblemAssert.IsProblemAsync(backwards, HttpStatusCode.UnprocessableEntity, HubErrorCodes.ValidationFailed);
        Assert.Contains("\"last\"", order.GetRawText(), StringComparison.Ordinal);
        JsonElement range = await ProblemAssert.IsProblemAsync(outOfRange, HttpStatusCode.UnprocessableEntity, HubErrorCodes.ValidationFailed);
        Assert.Contains("\"first\"", range.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("\"last\"", range.GetRawText(), StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(unknownAgency, HttpStatusCode.NotFound, HubErrorCodes.AgencyNotFound);
        await ProblemAssert.IsProblemAsync(byAnalyst, HttpStatusCode.Forbidden, HubErrorCodes.AuthMissingRole);
        await ProblemAssert.IsProblemAsync(byAgencyAdmin, HttpStatusCode.Forbidden, HubErrorCodes.AuthMissingRole);
        Assert.Equal(0, await app.WithDbAsync(db => db.OwnershipGrants.CountAsync(Ct)));
    }

    [Fact]
    public async Task Providers_AreTheConfirmedOwnersToDesignate_AndAudited()
    {
        using var app = new HubApplication();
        (HttpClient a, HttpClient b, HttpClient c) = await ThreeAgenciesAsync(app);
        await RegisterOkAsync(a, Body("90001"));
        await RegisterOkAsync(a, Body("90002", marking: "restricted", relTo: ["AAA"]));

        // A claimant without confirmation has no owner rights.
        using HttpResponseMessage unconfirmed = await a.PostAsJsonAsync("/api/v1/objects/90001/providers", new { agency = "BBB" }, Ct);
        await ProblemAssert.IsProblemAsync(unconfirmed, HttpStatusCode.Forbidden, HubErrorCodes.ObjectNotOwner);

        await app.ConfirmClaimAsync("90001");
        await app.ConfirmClaimAsync("90002");
        using HttpResponseMessage designated = await a.PostAsJsonAsync("/api/v1/objects/90001/providers", new { agency = "BBB" }, Ct);
        using HttpResponseMessage duplicate = await a.PostAsJsonAsync("/api/v1/objects/90001/providers", new { agency = "BBB" }, Ct);
        using HttpResponseMessage unknownAgency = await a.PostAsJsonAsync("/api/v1/objects/90001/providers", new { agency = "ZZZ" }, Ct);
        using HttpResponseMessage unknownObject = await a.PostAsJsonAsync("/api/v1/objects/90009/providers", new { agency = "BBB" }, Ct);
        using HttpResponseMessage notOwner = await b.PostAsJsonAsync("/api/v1/objects/90001/providers", new { agency = "CCC" }, Ct);
        using HttpResponseMessage hidden = await b.PostAsJsonAsync("/api/v1/objects/90002/providers", new { agency = "CCC" }, Ct);
        using HttpResponseMessage byAdmin = await app.AdminClient().PostAsJsonAsync("/api/v1/objects/90001/providers", new { agency = "CCC" }, Ct);

        Assert.Equal(HttpStatusCode.Created, designated.StatusCode);
        await ProblemAssert.IsProblemAsync(duplicate, HttpStatusCode.Conflict, HubErrorCodes.ObjectProviderDuplicate);
        await ProblemAssert.IsProblemAsync(unknownAgency, HttpStatusCode.NotFound, HubErrorCodes.AgencyNotFound);
        await ProblemAssert.IsProblemAsync(unknownObject, HttpStatusCode.NotFound, HubErrorCodes.ObjectNotFound);
        await ProblemAssert.IsProblemAsync(notOwner, HttpStatusCode.Forbidden, HubErrorCodes.ObjectNotOwner);
        await ProblemAssert.IsProblemAsync(hidden, HttpStatusCode.NotFound, HubErrorCodes.ObjectNotFound);
        Assert.Equal(HttpStatusCode.Created, byAdmin.StatusCode);

        Assert.Equal(["BBB", "CCC"], (await GetObjectAsync(a, "90001")).GetProperty("providers").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(JsonValueKind.Null, (await GetObjectAsync(b, "90001")).GetProperty("providers").ValueKind);
        using (JsonDocument listed = JsonDocument.Parse(await a.GetStringAsync("/api/v1/objects/90001/providers", Ct)))
        {
            Assert.Equal(["BBB", "CCC"], listed.RootElement.EnumerateArray().Select(p => p.GetProperty("agency").GetString()));
            Assert.Equal("AAA", listed.RootElement[0].GetProperty("designatedBy").GetString());
        }

        using HttpResponseMessage listByOther = await c.GetAsync("/api/v1/objects/90001/providers", Ct);
        using HttpResponseMessage revokedByOther = await b.DeleteAsync("/api/v1/objects/90001/providers/BBB", Ct);
        using HttpResponseMessage revoked = await a.DeleteAsync("/api/v1/objects/90001/providers/BBB", Ct);
        using HttpResponseMessage revokedAgain = await a.DeleteAsync("/api/v1/objects/90001/providers/BBB", Ct);
        await ProblemAssert.IsProblemAsync(listByOther, HttpStatusCode.Forbidden, HubErrorCodes.ObjectNotOwner);
        await ProblemAssert.IsProblemAsync(revokedByOther, HttpStatusCode.Forbidden, HubErrorCodes.ObjectNotOwner);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        await ProblemAssert.IsProblemAsync(revokedAgain, HttpStatusCode.NotFound, HubErrorCodes.ObjectProviderNotFound);
        Assert.Equal(["CCC"], (await GetObjectAsync(a, "90001")).GetProperty("providers").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(["object.provider-designated", "object.provider-designated", "object.provider-revoked"],
            await AuditActionsAsync(app, "object.provider-"));
    }

    [Fact]
    public async Task Register_WithoutMarking_GetsTheHubDefault_Partners()
    {
        using var app = new HubApplication();
        (HttpClient a, HttpClient b, _) = await ThreeAgenciesAsync(app);

        await RegisterOkAsync(a, Body("90001", marking: null));
        using var content = new StringContent(Concord.Catalog.Samples.CatalogSamples.TleText(Concord.Catalog.Samples.CatalogSamples.Set(90001)),
            Encoding.UTF8, "text/plain");
        using HttpResponseMessage submitted = await a.PostAsync("/api/v1/submissions", content, Ct);

        Assert.Equal("partners", (await GetObjectAsync(a, "90001")).GetProperty("marking").GetString());
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        Assert.Equal([Marking.Partners], await app.WithDbAsync(db => db.Submissions.Select(s => s.Marking).ToArrayAsync(Ct)));
        Assert.Empty(await ListNoradIdsAsync(b)); // no agreement: withheld
    }

    [Fact]
    public async Task DefaultMarking_IsASetting_AndAnInvalidOneStopsTheStart()
    {
        using (var app = new HubApplication())
        {
            app.Settings["Concord:Release:DefaultMarking"] = "public";
            (HttpClient a, HttpClient b, _) = await ThreeAgenciesAsync(app);
            await RegisterOkAsync(a, Body("90001", marking: null));
            Assert.Equal(["90001"], await ListNoradIdsAsync(b));
        }

        using var broken = new HubApplication();
        broken.Settings["Concord:Release:DefaultMarking"] = "restricted";
        Assert.ThrowsAny<InvalidOperationException>(() => broken.Services);
    }

    [Fact]
    public async Task Replace_WithoutMarking_KeepsIt_AndLoweringIsExplicitAudited_AndTheOriginatorsAlone()
    {
        using var app = new HubApplication();
        (HttpClient a, HttpClient b, _) = await ThreeAgenciesAsync(app);
        await RegisterOkAsync(a, Body("90001", marking: "restricted", relTo: ["BBB"]));
        await app.ConfirmClaimAsync("90001");

        using HttpResponseMessage kept = await a.PutAsJsonAsync("/api/v1/objects/90001", Body("90001", marking: null, name: "Renamed"), Ct);
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        JsonElement afterRename = await GetObjectAsync(a, "90001");
        Assert.Equal(("restricted", "BBB"), (afterRename.GetProperty("marking").GetString(), afterRename.GetProperty("relTo")[0].GetString()));

        // BBB sees the record (relTo) but is not its originator: it cannot release it to more agencies.
        using HttpResponseMessage byOther = await b.PutAsJsonAsync("/api/v1/objects/90001", Body("90001", marking: "public", name: "Renamed"), Ct);
        await ProblemAssert.IsProblemAsync(byOther, HttpStatusCode.Forbidden, HubErrorCodes.ObjectNotOriginator);
        Assert.Equal("restricted", (await GetObjectAsync(a, "90001")).GetProperty("marking").GetString());

        using HttpResponseMessage lowered = await a.PutAsJsonAsync("/api/v1/objects/90001", Body("90001", marking: "partners", name: "Renamed"), Ct);
        using HttpResponseMessage raised = await a.PutAsJsonAsync("/api/v1/objects/90001",
            Body("90001", marking: "restricted", relTo: ["BBB"], name: "Renamed"), Ct);
        Assert.Equal(HttpStatusCode.OK, lowered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, raised.StatusCode);

        var entries = await app.WithDbAsync(db => db.AuditEntries.OrderBy(e => e.Sequence)
            .Where(e => e.Action == "object.marking-lowered").Select(e => e.Details).ToListAsync(Ct));
        string details = Assert.Single(entries);
        Assert.Contains("\"from\":\"restricted\"", details.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\"to\":\"partners\"", details.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
