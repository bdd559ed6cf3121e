using Concord.Hub.Agencies;
using Concord.Hub.Agreements;
using Concord.Hub.Audit;
using Concord.Hub.Errors;
using Concord.Hub.Release;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Tests.Agreements;

public sealed partial class AgreementServiceTests
{
    private static readonly Actor OfficerA = new(Guid.NewGuid(), HubRole.Officer, "AAA");
    private static readonly Actor OfficerB = new(Guid.NewGuid(), HubRole.Officer, "BBB");
    private static readonly Actor OfficerC = new(Guid.NewGuid(), HubRole.Officer, "CCC");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HubDatabase> WithAgenciesAsync(params string[] codes)
    {
        HubDatabase database = await HubDatabase.CreateAsync();
        await using HubDbContext db = database.NewContext();
        foreach (string code in codes)
        {
            db.Agencies.Add(new Agency { Id = Guid.NewGuid(), Code = code, Name = code, Country = "FR" });
        }

        await db.SaveChangesAsync(Ct);
        return database;
    }

    private static async Task<T> WithServiceAsync<T>(HubDatabase database, Func<AgreementService, Task<T>> action)
    {
        await using HubDbContext db = database.NewContext();
        return await action(new AgreementService(db, database.NewAuditLog(db), database.Gate, database.Time));
    }

    private static NewAgreement Proposal(string[]? parties = null, string scope = "owned-by-parties", string[]? objectIds = null,
        int? embargoMinutes = 0, DateTimeOffset? expiresAt = null) =>
        new("Orbit sharing", parties ?? ["AAA", "BBB"], ["orbit-elements"], scope, objectIds, embargoMinutes, null, expiresAt);

    private static async Task<Agreement> ProposeAsync(HubDatabase database, NewAgreement? proposal = null)
    {
        HubResult<Agreement> result = await WithServiceAsync(database, s => s.ProposeAsync(proposal ?? Proposal(), OfficerA, Ct));
        Assert.True(result.Success, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }

    private static async Task<Agreement> ActivateAsync(HubDatabase database, NewAgreement? proposal = null)
    {
        Agreement agreement = await ProposeAsync(database, proposal);
        Assert.True((await WithServiceAsync(database, s => s.SignAsync(agreement.Id, OfficerA, Ct))).Success);
        HubResult<Agreement> last = await WithServiceAsync(database, s => s.SignAsync(agreement.Id, OfficerB, Ct));
        Assert.Equal(AgreementStatus.Active, last.Value!.Status);
        return last.Value;
    }

    private static async Task<string[]> AuditActionsAsync(HubDatabase database)
    {
        await using HubDbContext db = database.NewContext();
        return await db.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.Action).ToArrayAsync(Ct);
    }

    [Fact]
    public async Task Propose_StoresAProposedAgreementWithUnsignedPartiesAndItsAuditEntry()
    {
        await using HubDatabase database = await WithAgenciesAsync("AAA", "BBB");

        Agreement proposed = await ProposeAsync(database, Proposal(scope: "list", objectIds: ["90001", "90002"]));

        await using HubDbContext check = database.NewContext();
        Agreement stored = await check.Agreements.SingleAsync(Ct);
        Assert.Equal(proposed.Id, stored.Id);
        Assert.Equal(AgreementStatus.Proposed, stored.Status);
        Assert.Equal(["AAA", "BBB"], stored.Parties.Select(p => p.AgencyCode));
        Assert.All(stored.Parties, p => Assert.False(p.IsSigned));
        Assert.Equal([DataCategory.OrbitElements], stored.Categories);
        Assert.Equal(ObjectScope.List, stored.ObjectScope);
        Assert.Equal([90001, 90002], stored.ObjectIds);
        Assert.Equal("AAA", stored.ProposedBy);
        AuditEntry entry = await check.AuditEntries.SingleAsync(Ct);
        Assert.Equal(AuditActions.AgreementProposed, entry.Action);
        Assert.Equal($"agreement:{proposed.Id:D}", entry.Subject);
    }

    [Fact]
    public async Task Propose_InvalidFields_ReportsEveryErrorAndStoresNothing()
    {
        await using HubDatabase database = await WithAgenciesAsync("AAA", "BBB");
        var proposal = new NewAgreement("", ["AAA", "AAA", "ZZZ", "b"], ["orbit-elements", "gossip", "orbit-elements"], "list",
            ["90001", "0", "x1", "90001", "1000000000"], -1, 1.5, database.Time.GetUtcNow());

        HubResult<Agreement> result = await WithServiceAsync(database, s => s.ProposeAsync(proposal, OfficerA, Ct));

        Assert.False(result.Success);
        Assert.All(result.Errors, e => Assert.Equal(HubErrorCodes.ValidationFailed, e.Code));
        Assert.Equal(
            ["title", "parties[1]", "parties[3]", "categories[1]", "categories[2]", "objectIds[1]", "objectIds[2]", "objectIds[3]",
             "objectIds[4]", "conditions.embargoMinutes", "conditions.minimumPc", "conditions.expiresAt", "parties[2]"],
            result.Errors.Select(e => e.Arguments[0]));
        await using HubDbContext check = database.NewContext();
        Assert.False(await check.Agreements.AnyAsync(Ct));
        Assert.False(await check.AuditEntries.AnyAsync(Ct));
    }

    [Theory]
    [InlineData(new[] { "AAA" }, "owned-by-parties", null, "parties")]
    [InlineData(new[] { "BBB", "CCC" }, "owned-by-parties", null, "parties")]
    [InlineData(new[] { "AAA", "BBB" }, "some", null, "objectScope")]
    [InlineData(new[] { "AAA", "BBB" }, "list", null, "objectIds")]
    [InlineData(new[] { "AAA", "BBB" }, "all", new[] { "90001" }, "objectIds")]
    public async Task Propose_StructuralRules(string[] parties, string scope, string[]? objectIds, string field)
    {
        await using HubDatabase database = await WithAgenciesAsync("AAA", "BBB", "CCC");

        HubResult<Agreement> result = await WithServiceAsync(database,
            s => s.ProposeAsync(Proposal(parties, scope, objectIds), OfficerA, Ct));

        Assert.Equal(field, Assert.Single(result.Errors).Arguments[0]);
    }

    [Fact]
    public async Task Propose_MissingEmbargo_IsInvalid()
    {
        await using HubDatabase database = await WithAgenciesAsync("AAA", "BBB");

        HubResult<Agreement> result = await WithServiceAsync(database, s => s.ProposeAsync(Proposal(embargoMinutes: null), OfficerA, Ct));

        Assert.Equal("conditions.embargoMinutes", Assert.Single(result.Errors).Arguments[0]);
    }

    [Theory]
    [InlineData(HubRole.Analyst, "AAA")]
    [InlineData(HubRole.AgencyAdmin, "AAA")]
    [InlineData(HubRole.HubAdmin, null)]
    public async Task Propose_NonOfficer_IsForbidden(HubRole role, string? agency)
    {
        await using HubDatabase database = await WithAgenciesAsync("AAA", "BBB");

        HubResult<Agreement> result = await WithServiceAsync(database,
            s => s.ProposeAsync(Proposal(), new Actor(Guid.NewGuid(), role, agency), Ct));

        HubError error = Assert.Single(result.Errors);
        Assert.Equal(HubErrorCodes.AuthMissingRole, error.Code);
        Assert.Equal(HubErrorKind.Forbidden, error.Kind);
    }
}
