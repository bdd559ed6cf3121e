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
    private static readonly Actor s_analystA = new(Guid.NewGuid(), HubRole.Analyst, "AAA");
    private static readonly Actor s_analystB = new(Guid.NewGuid(), HubRole.Analyst, "BBB");
    private static readonly Actor s_hubAdmin = new(Guid.NewGuid(), HubRole.HubAdmin, null);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SpaceObjectRegistration Registration(string noradId, string owner = "AAA") =>
        new(noradId, $"Object {noradId}", owner, PerigeeKilometers: 500.0, ApogeeKilometers: 520.0, Status: "operational", Marking: "public");

    private static SpaceObjectService NewService(HubDatabase database, HubDbContext db) =>
        new(db, database.NewAuditLog(db), database.Gate, new ReleasePolicy(db, database.Time), database.Time,
            new ReleaseOptions());

    private static async Task<HubDatabase> CreateWithAgenciesAsync()
    {
        HubDatabase database = await HubDatabase.CreateAsync();
        await using HubDbContext db = database.NewContext();
        foreach (string code in new[] { "AAA", "BBB", "CCC" })
        {
            db.Agencies.Add(new Agency { Id = Guid.NewGuid(), Code = code, Name = code, Country = "FR" });
        }

        await db.SaveChangesAsync(Ct);
        return database;
    }

    private static async Task RegisterAsync(HubDatabase database, SpaceObjectRegistration registration, Actor actor)
    {
        await using HubDbContext db = database.NewContext();
        HubResult<SpaceObject> result = await NewService(database, db).RegisterAsync(registration, actor, Ct);
        Assert.True(result.Success, string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    [Fact]
    public async Task Register_StoresAClaimAndAuditEntryTogether_DefaultingToPartners()
    {
        await using HubDatabase database = await CreateWithAgenciesAsync();
        await using HubDbContext db = database.NewContext();

        HubResult<SpaceObject> result = await NewService(database, db).RegisterAsync(Registration("90001") with { Marking = null }, s_analystA, Ct);

        Assert.True(result.Success);
        await using HubDbContext check = database.NewContext();
        SpaceObject stored = await check.SpaceObjects.SingleAsync(Ct);
        Assert.Equal((90001, "AAA", "AAA", Marking.Partners, ClaimStatus.Claimed),
            (stored.CatalogNumber, stored.Owner, stored.Originator, stored.Marking, stored.Claim));
        Assert.Equal(SpaceObjectStatus.Operational, stored.Status);
        Assert.Equal(database.Time.GetUtcNow(), stored.CreatedAt);
        AuditEntry entry = await check.AuditEntries.SingleAsync(Ct);
        Assert.Equal((AuditActions.ObjectRegistered, "object:90001", s_analystA.AuditName), (entry.Action, entry.Subject, entry.Actor));
        Assert.DoesNotContain("Object 90001", entry.Details, StringComparison.Ordinal); // values stay out of the audit log
    }

    [Fact]
    public async Task Register_Invalid_ReportsEveryErrorAndStoresNothing()
    {
        await using HubDatabase database = await CreateWithAgenciesAsync();
        await using HubDbContext db = database.NewContext();

        HubResult<SpaceObject> result = await NewService(database, db).RegisterAsync(
            new SpaceObjectRegistration("x", "", "ZZZ", InclinationDegrees: 200.0), s_analystA, Ct);

        Assert.Equal(["noradId", "name", "owner", "inclinationDegrees"], result.Errors.Select(e => e.Arguments[0]));
        await using HubDbContext check = database.NewContext();
        Assert.False(await check.SpaceObjects.AnyAsync(Ct));
        Assert.False(await check.AuditEntries.AnyAsync(Ct));
    }

    [Fact]
    public async Task Register_ForAnotherAgency_IsForbiddenExceptForHubAdmin()
    {
        await using HubDatabase database = await CreateWithAgenciesAsync();
        await using HubDbContext db = database.NewContext();
        SpaceObjectService service = NewService(database, db);

        HubResult<SpaceObject> analyst = await service.RegisterAsync(Registration("90001", owner: "BBB"), s_analystA, Ct);
        HubResult<SpaceObject> officer = await service.RegisterAsync(Registration("90001"), new Actor(Guid.NewGuid(), HubRole.Officer, "AAA"), Ct);
        HubResult<SpaceObject> admin = await service.RegisterAsync(Registration("90001", owner: "BBB"), s_hubAdmin, Ct);

        HubError error = Assert.Single(analyst.Errors);
        Assert.Equal((HubErrorCodes.ObjectOwnerNotOwnAgency, HubErrorKind.Forbidden), (error.Code, error.Kind));
        Assert.Equal(["AAA", "BBB"], error.Arguments);
        Assert.Equal(HubErrorCodes.AuthMissingRole, Assert.Single(officer.Errors).Code);
        Assert.True(admin.Success);
        Assert.Equal(("BBB", "BBB"), (admin.Value.Owner, admin.Value.Originator));
    }

    [Fact]
    public async Task Register_TakenCatalogNumber_IsTheSameConflictWhetherOrNotTheCallerSeesIt()
    {
        await using HubDatabase database = await CreateWithAgenciesAsync();
        await RegisterAsync(database, Registration("90001") with { Marking = "restricted", RelTo = ["CCC"] }, s_analystA);
        await using HubDbContext db = database.NewContext();
        SpaceObjectService service = NewService(database, db);

        HubResult<SpaceObject> visible = await service.RegisterAsync(Registration("90001"), s_analystA, Ct);
        HubResult<SpaceObject> hidden = await service.RegisterAsync(Registration("90001", owner: "BBB"), s_analystB, Ct);

        foreach (HubError error in new[] { Assert.Single(visible.Errors), Assert.Single(hidden.Errors) })
        {
            Assert.Equal((HubErrorCodes.ObjectCatalogNumberUnavailable, HubErrorKind.Conflict), (error.Code, error.Kind));
            Assert.Equal(["90001"], error.Arguments);
        }

        Assert.Equal(visible.Errors[0].Message, hidden.Errors[0].Message);
    }

    [Fact]
    public async Task Register_WhenSaveFails_StoresNeitherObjectNorAuditEntry()
    {
        await using HubDatabase database = await CreateWithAgenciesAsync();
        await using HubDbContext db = database.NewContext();
        // A pending change that violates the unique agency code makes the one SaveChanges fail.
        db.Agencies.Add(new Agency { Id = Guid.NewGuid(), Code = "AAA", Name = "Duplicate", Country = "FR" });

        await Assert.ThrowsAsync<DbUpdateException>(() => NewService(database, db).RegisterAsync(Registration("90001"), s_analystA, Ct));

        await using HubDbContext check = database.NewContext();
        Assert.False(await check.SpaceObjects.AnyAsync(Ct));
        Assert.False(await check.AuditEntries.AnyAsync(Ct));
    }

    [Fact]
    public async Task Get_WithheldOrMissingOrMalformed_IsTheSameNotFound()
    {
        await using HubDatabase database = await CreateWithAgenciesAsync();
        // Registered by the hub administrator, so confirmed at once: a pending claim would be in its claims queue.
        await RegisterAsync(database, Registration("90001") with { Marking = "restricted", RelTo = ["CCC"] }, s_hubAdmin);
        await using HubDbContext db = database.NewContext();
        SpaceObjectService service = NewService(database, db);

        Assert.True((await service.GetAsync("90001", s_analystA, Ct)).Success);
        Assert.True((await service.GetAsync("90001", new Actor(Guid.NewGuid(), HubRole.Officer, "CCC"), Ct)).Success);
        foreach ((string noradId, Actor actor) in new[] { ("90001", s_analystB), ("90001", s_hubAdmin), ("90002", s_analystA), ("abc", s_analystA) })
        {
            HubError error = Assert.Single((await service.GetAsync(noradId, actor, Ct)).Errors);
            Assert.Equal((HubErrorCodes.ObjectNotFound, HubErrorKind.NotFound), (error.Code, error.Kind));
        }
    }
}
