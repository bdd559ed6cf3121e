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
    [Fact]
    public async Task Sign_EveryPartySigns_ThenItIsActive_AndEachStepIsAudited()
    {
        await using HubDatabase database = await WithAgenciesAsync("AAA", "BBB");
        Agreement proposed = await ProposeAsync(database);

        HubResult<Agreement> first = await WithServiceAsync(database, s => s.SignAsync(proposed.Id, OfficerB, Ct));
        database.Time.Advance(TimeSpan.FromMinutes(1));
        HubResult<Agreement> second = await WithServiceAsync(database, s => s.SignAsync(proposed.Id, OfficerA, Ct));

        Assert.Equal(AgreementStatus.Proposed, first.Value!.Status);
        Assert.Equal(AgreementStatus.Active, second.Value!.Status);
        Assert.Equal(database.Time.GetUtcNow(), second.Value.ActivatedAt);
        Assert.All(second.Value.Parties, p => Assert.True(p.IsSigned));
        Assert.Equal(
            [AuditActions.AgreementProposed, AuditActions.AgreementSigned, AuditActions.AgreementSigned, AuditActions.AgreementActivated],
            await AuditActionsAsync(database));
        await using HubDbContext check = database.NewContext();
        Assert.True((await new AuditLog(check, database.Time).VerifyAsync(Ct)).Valid);
    }

    [Fact]
    public async Task Sign_Twice_IsAConflict_AndStoresNothing()
    {
        await using HubDatabase database = await WithAgenciesAsync("AAA", "BBB");
        Agreement proposed = await ProposeAsync(database);
        await WithServiceAsync(database, s => s.SignAsync(proposed.Id, OfficerA, Ct));

        HubResult<Agreement> again = await WithServiceAsync(database, s => s.SignAsync(proposed.Id, OfficerA, Ct));

        HubError error = Assert.Single(again.Errors);
        Assert.Equal(HubErrorCodes.AgreementAlreadySigned, error.Code);
        Assert.Equal([proposed.Id.ToString("D"), "AAA"], error.Arguments);
        Assert.Equal(2, (await AuditActionsAsync(database)).Length);
    }

    [Fact]
    public async Task NonParty_AndUnknownAgreement_AreNotFound()
    {
        await using HubDatabase database = await WithAgenciesAsync("AAA", "BBB", "CCC");
        Agreement proposed = await ProposeAsync(database);

        HubResult<Agreement> nonParty = await WithServiceAsync(database, s => s.SignAsync(proposed.Id, OfficerC, Ct));
        HubResult<Agreement> unknown = await WithServiceAsync(database, s => s.SignAsync(Guid.NewGuid(), OfficerA, Ct));
        HubResult<Agreement> hidden = await WithServiceAsync(database, s => s.FindAsync(proposed.Id, OfficerC, Ct));

        Assert.Equal(HubErrorCodes.AgreementNotFound, Assert.Single(nonParty.Errors).Code);
        Assert.Equal(HubErrorCodes.AgreementNotFound, Assert.Single(unknown.Errors).Code);
        Assert.Equal(HubErrorCodes.AgreementNotFound, Assert.Single(hidden.Errors).Code);
    }

    [Fact]
    public async Task Suspend_Resume_BySuspendingPartyOnly()
    {
        await using HubDatabase database = await WithAgenciesAsync("AAA", "BBB");
        Agreement active = await ActivateAsync(database);

        HubResult<Agreement> suspended = await WithServiceAsync(database, s => s.SuspendAsync(active.Id, OfficerB, Ct));
        HubResult<Agreement> byOther = await WithServiceAsync(database, s => s.ResumeAsync(active.Id, OfficerA, Ct));
        HubResult<Agreement> resumed = await WithServiceAsync(database, s => s.ResumeAsync(active.Id, OfficerB, Ct));

        Assert.Equal(AgreementStatus.Suspended, suspended.Value!.Status);
        Assert.Equal("BBB", suspended.Value.SuspendedBy);
        HubError error = Assert.Single(byOther.Errors);
        Assert.Equal(HubErrorCodes.AgreementNotSuspendingParty, error.Code);
        Assert.Equal([active.Id.ToString("D"), "BBB"], error.Arguments);
        Assert.Equal(AgreementStatus.Active, resumed.Value!.Status);
        Assert.Null(resumed.Value.SuspendedBy);
        string[] actions = await AuditActionsAsync(database);
        Assert.Equal([AuditActions.AgreementSuspended, AuditActions.AgreementResumed], actions[^2..]);
    }

    [Fact]
    public async Task InvalidTransitions_AreConflictsWithTheStatusAndVerb()
    {
        await using HubDatabase database = await WithAgenciesAsync("AAA", "BBB");
        Agreement proposed = await ProposeAsync(database);

        HubResult<Agreement> suspendProposed = await WithServiceAsync(database, s => s.SuspendAsync(proposed.Id, OfficerA, Ct));
        HubResult<Agreement> resumeProposed = await WithServiceAsync(database, s => s.ResumeAsync(proposed.Id, OfficerA, Ct));
        await WithServiceAsync(database, s => s.TerminateAsync(proposed.Id, OfficerB, Ct));
        int auditCount = (await AuditActionsAsync(database)).Length;
        HubResult<Agreement>[] onTerminated =
        [
            await WithServiceAsync(database, s => s.SignAsync(proposed.Id, OfficerA, Ct)),
            await WithServiceAsync(database, s => s.SuspendAsync(proposed.Id, OfficerA, Ct)),
            await WithServiceAsync(database, s => s.ResumeAsync(proposed.Id, OfficerA, Ct)),
            await WithServiceAsync(database, s => s.TerminateAsync(proposed.Id, OfficerA, Ct)),
        ];

        Assert.Equal([proposed.Id.ToString("D"), "proposed", "suspended"], Assert.Single(suspendProposed.Errors).Arguments);
        Assert.Equal(HubErrorCodes.AgreementInvalidTransition, Assert.Single(resumeProposed.Errors).Code);
        Assert.All(onTerminated, r =>
        {
            HubError error = Assert.Single(r.Errors);
            Assert.Equal(HubErrorCodes.AgreementInvalidTransition, error.Code);
            Assert.Equal(HubErrorKind.Conflict, error.Kind);
            Assert.Equal("terminated", error.Arguments[1]);
        });
        Assert.Equal(auditCount, (await AuditActionsAsync(database)).Length);
    }

    [Fact]
    public async Task Terminate_FromActiveOrSuspended_IsFinalAndAudited()
    {
        await using HubDatabase database = await WithAgenciesAsync("AAA", "BBB");
        Agreement active = await ActivateAsync(database);
        await WithServiceAsync(database, s => s.SuspendAsync(active.Id, OfficerA, Ct));

        HubResult<Agreement> terminated = await WithServiceAsync(database, s => s.TerminateAsync(active.Id, OfficerB, Ct));

        Assert.Equal(AgreementStatus.Terminated, terminated.Value!.Status);
        Assert.Equal("BBB", terminated.Value.TerminatedBy);
        await using HubDbContext check = database.NewContext();
        AuditEntry last = await check.AuditEntries.OrderByDescending(e => e.Sequence).FirstAsync(Ct);
        Assert.Equal(AuditActions.AgreementTerminated, last.Action);
        Assert.Contains("suspended", last.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expired_IsComputedFromTheClock_AndIsFinal()
    {
        await using HubDatabase database = await WithAgenciesAsync("AAA", "BBB");
        Agreement active = await ActivateAsync(database, Proposal(expiresAt: database.Time.GetUtcNow().AddDays(1)));

        database.Time.Advance(TimeSpan.FromDays(1));
        HubResult<Agreement> found = await WithServiceAsync(database, s => s.FindAsync(active.Id, OfficerA, Ct));
        HubResult<Agreement> suspend = await WithServiceAsync(database, s => s.SuspendAsync(active.Id, OfficerA, Ct));
        HubResult<Agreement> terminate = await WithServiceAsync(database, s => s.TerminateAsync(active.Id, OfficerA, Ct));

        Assert.Equal(AgreementStatus.Expired, found.Value!.StatusAt(database.Time.GetUtcNow()));
        Assert.Equal("expired", Assert.Single(suspend.Errors).Arguments[1]);
        Assert.Equal("expired", Assert.Single(terminate.Errors).Arguments[1]);
    }

    [Fact]
    public async Task List_PartiesSeeTheirs_AuditorsTheirAgencys_HubAdminAll()
    {
        await using HubDatabase database = await WithAgenciesAsync("AAA", "BBB", "CCC");
        Agreement ab = await ProposeAsync(database);
        database.Time.Advance(TimeSpan.FromSeconds(1)); // lists are oldest first
        Agreement ac = await ProposeAsync(database, Proposal(["AAA", "CCC"]));

        IReadOnlyList<Agreement> forB = await WithServiceAsync(database, s => s.ListAsync(OfficerB, Ct));
        IReadOnlyList<Agreement> forAnalystC = await WithServiceAsync(database,
            s => s.ListAsync(new Actor(Guid.NewGuid(), HubRole.Analyst, "CCC"), Ct));
        IReadOnlyList<Agreement> forAdmin = await WithServiceAsync(database, s => s.ListAsync(Actor.System, Ct));
        IReadOnlyList<Agreement> forAuditor = await WithServiceAsync(database,
            s => s.ListAsync(new Actor(Guid.NewGuid(), HubRole.Auditor, "BBB"), Ct));

        Assert.Equal([ab.Id], forB.Select(a => a.Id));
        Assert.Equal([ac.Id], forAnalystC.Select(a => a.Id));
        Assert.Equal([ab.Id, ac.Id], forAdmin.Select(a => a.Id));
        Assert.Equal([ab.Id], forAuditor.Select(a => a.Id));
    }

    [Fact]
    public async Task ReleasePolicy_LoadsOnlyTheViewersActiveAgreements()
    {
        await using HubDatabase database = await WithAgenciesAsync("AAA", "BBB", "CCC");
        Agreement active = await ActivateAsync(database);
        await ProposeAsync(database, Proposal(["AAA", "CCC"]));
        var record = new ReleasableRecord("AAA", Marking.Partners, [], DataCategory.OrbitElements, 90001, "AAA",
            database.Time.GetUtcNow());

        await using HubDbContext db = database.NewContext();
        var policy = new ReleasePolicy(db, database.Time);
        ReleaseView forB = await policy.ForViewerAsync(OfficerB, Ct);
        ReleaseView forC = await policy.ForViewerAsync(OfficerC, Ct);
        await WithServiceAsync(database, s => s.SuspendAsync(active.Id, OfficerA, Ct));
        ReleaseView afterSuspension = await policy.ForViewerAsync(OfficerB, Ct);

        Assert.Equal(active.Id, forB.Decide(record).AgreementId);
        Assert.Equal(ReleaseReasons.NoAgreement, forC.Decide(record).Reason);
        Assert.Equal(ReleaseReasons.NoAgreement, afterSuspension.Decide(record).Reason);
    }

    [Fact]
    public async Task ReleaseMatrix_ListsPartnersOfActiveAgreementsInBothDirections()
    {
        await using HubDatabase database = await WithAgenciesAsync("AAA", "BBB", "CCC");
        Agreement active = await ActivateAsync(database);
        await ProposeAsync(database, Proposal(["AAA", "CCC"]));

        HubResult<ReleaseMatrix> matrix = await WithServiceAsync(database, s => s.ReleaseMatrixAsync(OfficerA, Ct));

        ReleaseMatrixPartner partner = Assert.Single(matrix.Value!.Partners);
        Assert.Equal("BBB", partner.Agency);
        Assert.Equal(active.Id, Assert.Single(partner.Outgoing).AgreementId);
        Assert.Equal(active.Id, Assert.Single(partner.Incoming).AgreementId);
        Assert.Equal([DataCategory.OrbitElements], partner.Outgoing[0].Categories);
    }
}
