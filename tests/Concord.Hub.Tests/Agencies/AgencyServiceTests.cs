using Concord.Hub.Agencies;
using Concord.Hub.Errors;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Tests.Agencies;

public sealed class AgencyServiceTests
{
    [Fact]
    public async Task Create_StoresAgencyAndAuditEntryTogether()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await using HubDbContext db = database.NewContext();
        var service = new AgencyService(db, database.NewAuditLog(db), database.Gate, database.Time);

        HubResult<Agency> result = await service.CreateAsync(
            new NewAgency("ESA", "European Space Agency", "FR", [new AgencyContact { Name = "Ops", Email = "ops@esa.example" }]),
            Actor.System, TestContext.Current.CancellationToken);

        Assert.True(result.Success);
        await using HubDbContext check = database.NewContext();
        Agency stored = await check.Agencies.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal("ops@esa.example", Assert.Single(stored.Contacts).Email);
        Assert.Equal("agency:ESA", (await check.AuditEntries.SingleAsync(TestContext.Current.CancellationToken)).Subject);
    }

    [Fact]
    public async Task Create_InvalidFields_ReportsEveryErrorAndStoresNothing()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await using HubDbContext db = database.NewContext();
        var service = new AgencyService(db, database.NewAuditLog(db), database.Gate, database.Time);

        HubResult<Agency> result = await service.CreateAsync(
            new NewAgency("e", "", "FRA", [new AgencyContact { Name = "Ops", Email = "not-an-address" }]),
            Actor.System, TestContext.Current.CancellationToken);

        Assert.False(result.Success);
        Assert.All(result.Errors, e => Assert.Equal(HubErrorCodes.ValidationFailed, e.Code));
        Assert.Equal(["code", "name", "country", "contacts[0].email"], result.Errors.Select(e => e.Arguments[0]));
        await using HubDbContext check = database.NewContext();
        Assert.False(await check.Agencies.AnyAsync(TestContext.Current.CancellationToken));
        Assert.False(await check.AuditEntries.AnyAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Create_DuplicateCode_IsAConflict()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await using HubDbContext db = database.NewContext();
        var service = new AgencyService(db, database.NewAuditLog(db), database.Gate, database.Time);
        var request = new NewAgency("ESA", "European Space Agency", "FR", []);
        await service.CreateAsync(request, Actor.System, TestContext.Current.CancellationToken);

        HubResult<Agency> second = await service.CreateAsync(request, Actor.System, TestContext.Current.CancellationToken);

        HubError error = Assert.Single(second.Errors);
        Assert.Equal(HubErrorCodes.AgencyDuplicateCode, error.Code);
        Assert.Equal(["ESA"], error.Arguments);
    }
}
