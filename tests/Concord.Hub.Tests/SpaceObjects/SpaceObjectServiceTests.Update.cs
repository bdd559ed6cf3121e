using Concord.Hub.Agencies;
using Concord.Hub.Audit;
using Concord.Hub.Errors;
using Concord.Hub.Release;
using Concord.Hub.SpaceObjects;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Tests.SpaceObjects;

public sealed partial class SpaceObjectServiceTests
{
    [Fact]
    public async Task Update_ReplacesFields_AndAuditsTheChangedFieldNames()
    {
        await using HubDatabase database = await CreateWithAgenciesAsync();
        await RegisterAsync(database, Registration("90001"), s_analystA);
        database.Time.Advance(TimeSpan.FromHours(1));
        await using HubDbContext db = database.NewContext();

        HubResult<SpaceObject> result = await NewService(database, db).UpdateAsync("90001",
            Registration("90001") with { NoradId = null, Name = "Renamed", Status = "decayed", Marking = "restricted", RelTo = ["BBB"] },
            new Actor(Guid.NewGuid(), HubRole.AgencyAdmin, "AAA"), Ct);

        Assert.True(result.Success);
        await using HubDbContext check = database.NewContext();
        SpaceObject stored = await check.SpaceObjects.SingleAsync(Ct);
        Assert.Equal(("Renamed", SpaceObjectStatus.Decayed, Marking.Restricted), (stored.Name, stored.Status, stored.Marking));
        Assert.Equal(["BBB"], stored.RelTo);
        Assert.Equal(database.Time.GetUtcNow(), stored.UpdatedAt);
        AuditEntry entry = await check.AuditEntries.OrderBy(e => e.Sequence).LastAsync(Ct);
        Assert.Equal(AuditActions.ObjectUpdated, entry.Action);
        Assert.Contains("\"changed\":\"name,status,marking,relTo\"", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_ThatChangesNothing_WritesNothing()
    {
        await using HubDatabase database = await CreateWithAgenciesAsync();
        await RegisterAsync(database, Registration("90001"), s_analystA);
        await using HubDbContext db = database.NewContext();

        HubResult<SpaceObject> result = await NewService(database, db).UpdateAsync("90001", Registration("90001"), s_analystA, Ct);

        Assert.True(result.Success);
        await using HubDbContext check = database.NewContext();
        Assert.Equal(1, await check.AuditEntries.CountAsync(Ct));
    }

    [Fact]
    public async Task Update_ByAnotherAgency_IsForbiddenWhenVisible_AndNotFoundWhenWithheld()
    {
        await using HubDatabase database = await CreateWithAgenciesAsync();
        await RegisterAsync(database, Registration("90001"), s_analystA);
        await RegisterAsync(database, Registration("90002") with { Marking = "restricted", RelTo = ["CCC"] }, s_analystA);
        await using HubDbContext db = database.NewContext();
        SpaceObjectService service = NewService(database, db);

        HubResult<SpaceObject> visible = await service.UpdateAsync("90001", Registration("90001"), s_analystB, Ct);
        HubResult<SpaceObject> withheld = await service.UpdateAsync("90002", Registration("90002"), s_analystB, Ct);
        HubResult<SpaceObject> admin = await service.UpdateAsync("90001", Registration("90001") with { Name = "Fixed" }, s_hubAdmin, Ct);

        HubError forbidden = Assert.Single(visible.Errors);
        Assert.Equal((HubErrorCodes.ObjectNotOriginator, HubErrorKind.Forbidden), (forbidden.Code, forbidden.Kind));
        Assert.Equal(["AAA", "90001"], forbidden.Arguments);
        Assert.Equal(HubErrorCodes.ObjectNotFound, Assert.Single(withheld.Errors).Code);
        Assert.True(admin.Success);
    }

    [Fact]
    public async Task Update_CannotChangeOwnerOrCatalogNumber()
    {
        await using HubDatabase database = await CreateWithAgenciesAsync();
        await RegisterAsync(database, Registration("90001"), s_hubAdmin);
        await using HubDbContext db = database.NewContext();

        HubResult<SpaceObject> result = await NewService(database, db).UpdateAsync("90001",
            Registration("90002", owner: "BBB"), s_hubAdmin, Ct);

        Assert.Equal(["noradId", "owner"], result.Errors.Select(e => e.Arguments[0]));
        await using HubDbContext check = database.NewContext();
        Assert.Equal("AAA", (await check.SpaceObjects.SingleAsync(Ct)).Owner);
    }
}
