using Concord.Hub.Agreements;
using Concord.Hub.Release;

namespace Concord.Hub.Tests.Release;

public sealed partial class ReleaseViewTests
{
    [Fact]
    public void Embargo_ReleasesExactlyWhenItEnds()
    {
        Agreement agreement = ActiveAgreement(["AAA", "BBB"], embargoMinutes: 30);
        ReleasableRecord record = Partners(storedAt: Now.AddMinutes(-30));

        ReleaseDecision atBoundary = new ReleaseView("BBB", Now, [agreement]).Decide(record);
        ReleaseDecision justBefore = new ReleaseView("BBB", Now.AddTicks(-1), [agreement]).Decide(record);

        Assert.True(atBoundary.Released);
        Assert.Equal(agreement.Id, atBoundary.AgreementId);
        Assert.False(justBefore.Released);
        Assert.Equal(ReleaseReasons.Embargoed, justBefore.Reason);
        Assert.Null(justBefore.AgreementId);
    }

    [Fact]
    public void Embargo_ShorterAgreementReleasesWhileALongerOneStillEmbargoes()
    {
        Agreement longer = ActiveAgreement(["AAA", "BBB"], embargoMinutes: 120);
        Agreement shorter = ActiveAgreement(["AAA", "BBB"], embargoMinutes: 10);
        var view = new ReleaseView("BBB", Now, [longer, shorter]);

        ReleaseDecision decision = view.Decide(Partners(storedAt: Now.AddMinutes(-60)));

        Assert.True(decision.Released);
        Assert.Equal(shorter.Id, decision.AgreementId);
    }

    [Fact]
    public void Expiry_AgreementReleasesUntilItsEndAndNotAtIt()
    {
        Agreement agreement = ActiveAgreement(["AAA", "BBB"], expiresAt: Now);
        ReleasableRecord record = Partners();

        ReleaseDecision before = new ReleaseView("BBB", Now.AddTicks(-1), [agreement]).Decide(record);
        ReleaseDecision at = new ReleaseView("BBB", Now, [agreement]).Decide(record);

        Assert.Equal(ReleaseReasons.Agreement, before.Reason);
        Assert.Equal(ReleaseReasons.NoAgreement, at.Reason);
        Assert.Equal(AgreementStatus.Expired, agreement.StatusAt(Now));
        Assert.Equal(AgreementStatus.Active, agreement.StatusAt(Now.AddTicks(-1)));
    }

    [Fact]
    public void Expiry_DoesNotOverrideTermination()
    {
        Agreement agreement = ActiveAgreement(["AAA", "BBB"], expiresAt: Now, status: AgreementStatus.Terminated);

        Assert.Equal(AgreementStatus.Terminated, agreement.StatusAt(Now.AddDays(1)));
    }

    [Fact]
    public void Scope_All_CoversEveryObjectAndRecordsWithoutOne()
    {
        var view = new ReleaseView("BBB", Now, [ActiveAgreement(["AAA", "BBB"], scope: ObjectScope.All)]);

        Assert.True(view.IsReleased(Partners(catalogNumber: 12345, owner: "ZZZ")));
        Assert.True(view.IsReleased(Partners(catalogNumber: null, owner: null)));
    }

    [Fact]
    public void Scope_OwnedByParties_CoversObjectsOwnedByAnyParty()
    {
        var view = new ReleaseView("BBB", Now, [ActiveAgreement(["AAA", "BBB"], scope: ObjectScope.OwnedByParties)]);

        Assert.True(view.IsReleased(Partners(owner: "AAA")));
        Assert.True(view.IsReleased(Partners(owner: "BBB")));
        Assert.Equal(ReleaseReasons.NoAgreement, view.Decide(Partners(owner: "CCC")).Reason);
        Assert.Equal(ReleaseReasons.NoAgreement, view.Decide(Partners(catalogNumber: null, owner: null)).Reason);
    }

    [Fact]
    public void Scope_List_CoversListedCatalogNumbersOnly()
    {
        var view = new ReleaseView("BBB", Now, [ActiveAgreement(["AAA", "BBB"], scope: ObjectScope.List, objectIds: [90001, 90002])]);

        Assert.True(view.IsReleased(Partners(catalogNumber: 90002)));
        Assert.Equal(ReleaseReasons.NoAgreement, view.Decide(Partners(catalogNumber: 90003)).Reason);
        Assert.Equal(ReleaseReasons.NoAgreement, view.Decide(Partners(catalogNumber: null)).Reason);
    }

    [Fact]
    public void MultilateralAgreement_ReleasesBetweenAnyTwoParties()
    {
        var view = new ReleaseView("CCC", Now, [ActiveAgreement(["AAA", "BBB", "CCC"])]);

        Assert.True(view.IsReleased(Partners(originator: "AAA")));
        Assert.True(view.IsReleased(Partners(originator: "BBB", owner: "BBB")));
    }
}
