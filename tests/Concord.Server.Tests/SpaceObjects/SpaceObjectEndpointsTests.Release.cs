using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Hub.Errors;

namespace Concord.Server.Tests.SpaceObjects;

public sealed partial class SpaceObjectEndpointsTests
{
    [Fact]
    public async Task Restricted_IsVisibleToOriginatorAndRelTo_AbsentForOthersAndHubAdmin()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        await app.CreateAgencyAsync("BBB", "DE");
        await app.CreateAgencyAsync("CCC", "IT");
        (_, string a) = await app.IssueKeyAsync("AAA", "analyst");
        (_, string b) = await app.IssueKeyAsync("BBB", "officer");
        (_, string c) = await app.IssueKeyAsync("CCC", "analyst");
        await RegisterOkAsync(app.ClientWithKey(a), Body("90001"));
        await RegisterOkAsync(app.ClientWithKey(a), Body("90002", marking: "restricted", relTo: ["BBB"]));
        await app.ConfirmClaimAsync("90001");
        await app.ConfirmClaimAsync("90002"); // a pending claim is in the hub administrator's queue whatever its marking

        Assert.Equal(["90001", "90002"], await ListNoradIdsAsync(app.ClientWithKey(a)));
        Assert.Equal(["90001", "90002"], await ListNoradIdsAsync(app.ClientWithKey(b)));
        Assert.Equal(["90001"], await ListNoradIdsAsync(app.ClientWithKey(c)));
        Assert.Equal(["90001"], await ListNoradIdsAsync(app.AdminClient()));

        using HttpResponseMessage byRelTo = await app.ClientWithKey(b).GetAsync("/api/v1/objects/90002", Ct);
        using HttpResponseMessage byOther = await app.ClientWithKey(c).GetAsync("/api/v1/objects/90002", Ct);
        using HttpResponseMessage byAdmin = await app.AdminClient().GetAsync("/api/v1/objects/90002", Ct);
        using HttpResponseMessage byOriginator = await app.ClientWithKey(a).GetAsync("/api/v1/objects/90002", Ct);

        Assert.Equal(HttpStatusCode.OK, byRelTo.StatusCode);
        await ProblemAssert.IsProblemAsync(byOther, HttpStatusCode.NotFound, HubErrorCodes.ObjectNotFound);
        await ProblemAssert.IsProblemAsync(byAdmin, HttpStatusCode.NotFound, HubErrorCodes.ObjectNotFound);
        // Who else received a restricted record is the originator's to know.
        using JsonDocument received = await HubApplication.ReadJsonAsync(byRelTo);
        using JsonDocument own = await HubApplication.ReadJsonAsync(byOriginator);
        Assert.Equal(JsonValueKind.Null, received.RootElement.GetProperty("relTo").ValueKind);
        Assert.Equal("BBB", own.RootElement.GetProperty("relTo")[0].GetString());
        Assert.Equal("restricted", received.RootElement.GetProperty("marking").GetString());
    }

    [Fact]
    public async Task Replace_ByOriginator_ChangesTheRecordAndItsRelease()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        await app.CreateAgencyAsync("BBB", "DE");
        (_, string a) = await app.IssueKeyAsync("AAA", "analyst");
        (_, string b) = await app.IssueKeyAsync("BBB", "analyst");
        await RegisterOkAsync(app.ClientWithKey(a), Body("90001"));
        app.Time.Advance(TimeSpan.FromMinutes(5));

        using HttpResponseMessage byOther = await app.ClientWithKey(b).PutAsJsonAsync("/api/v1/objects/90001", Body("90001", name: "Hijack"), Ct);
        using HttpResponseMessage replaced = await app.ClientWithKey(a).PutAsJsonAsync("/api/v1/objects/90001",
            Body("90001", name: "Alpha renamed", marking: "restricted", relTo: ["AAA"], status: "decayed"), Ct);
        using HttpResponseMessage nowHidden = await app.ClientWithKey(b).PutAsJsonAsync("/api/v1/objects/90001", Body("90001"), Ct);
        using HttpResponseMessage unknown = await app.ClientWithKey(a).PutAsJsonAsync("/api/v1/objects/90002", Body("90002"), Ct);

        await ProblemAssert.IsProblemAsync(byOther, HttpStatusCode.Forbidden, HubErrorCodes.ObjectNotOriginator);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(replaced);
        Assert.Equal(("Alpha renamed", "decayed"), (body.RootElement.GetProperty("name").GetString(), body.RootElement.GetProperty("status").GetString()));
        Assert.Equal(app.Time.GetUtcNow(), body.RootElement.GetProperty("updatedAt").GetDateTimeOffset());
        await ProblemAssert.IsProblemAsync(nowHidden, HttpStatusCode.NotFound, HubErrorCodes.ObjectNotFound);
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound, HubErrorCodes.ObjectNotFound);
        Assert.Empty(await ListNoradIdsAsync(app.ClientWithKey(b)));
        string[] actions = await app.WithDbAsync(db => Task.FromResult(db.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.Action).ToArray()));
        Assert.Equal(["object.registered", "object.updated"], actions.Where(x => x.StartsWith("object.", StringComparison.Ordinal)));
    }
}
