using Concord.Hub.Agreements;
using Concord.Hub.Release;

namespace Concord.Hub.Tests.Release;

public sealed partial class ReleaseViewTests
{
    private static Agreement ConjunctionAgreement(double? minimumPc, int embargoMinutes = 0) =>
        WithMinimumPc(ActiveAgreement(["AAA", "BBB"], [DataCategory.Conjunctions], embargoMinutes: embargoMinutes), minimumPc);

    private static Agreement WithMinimumPc(Agreement agreement, double? minimumPc) => new()
    {
        Id = agreement.Id,
        Title = agreement.Title,
        Status = agreement.Status,
        Parties = agreement.Parties,
        Categories = agreement.Categories,
        ObjectScope = agreement.ObjectScope,
        ObjectIds = agreement.ObjectIds,
        EmbargoMinutes = agreement.EmbargoMinutes,
        MinimumPc = minimumPc,
        ExpiresAt = agreement.ExpiresAt,
        ProposedBy = agreement.ProposedBy,
        CreatedAt = agreement.CreatedAt,
        ActivatedAt = agreement.ActivatedAt,
    };

    private static ReleasableRecord Conjunction(double? pc) => Partners(category: DataCategory.Conjunctions) with { Pc = pc };

    [Theory]
    [InlineData(1e-3, true)]
    [InlineData(1e-4, true)] // at the minimum: released
    [InlineData(9.9e-5, false)]
    [InlineData(0.0, false)]
    [InlineData(null, false)] // unknown: below any minimum
    public void MinimumPc_ReleasesAConjunctionOnlyFromTheAgreementsMinimum(double? pc, bool released)
    {
        var view = new ReleaseView("BBB", Now, [ConjunctionAgreement(1e-4)]);

        ReleaseDecision decision = view.Decide(Conjunction(pc));

        Assert.Equal(released, decision.Released);
        Assert.Equal(released ? ReleaseReasons.Agreement : ReleaseReasons.BelowMinimumPc, decision.Reason);
    }

    [Fact]
    public void MinimumPc_NullMinimumReleasesEveryConjunction_EvenWithoutPc()
    {
        var view = new ReleaseView("BBB", Now, [ConjunctionAgreement(null)]);

        Assert.Equal(ReleaseReasons.Agreement, view.Decide(Conjunction(null)).Reason);
    }

    [Fact]
    public void MinimumPc_AnotherAgreementWithoutMinimumStillReleases()
    {
        var view = new ReleaseView("BBB", Now, [ConjunctionAgreement(1e-2), ConjunctionAgreement(1e-6)]);

        ReleaseDecision decision = view.Decide(Conjunction(1e-5));

        Assert.True(decision.Released);
        Assert.Equal(ReleaseReasons.Agreement, decision.Reason);
    }

    [Fact]
    public void MinimumPc_AppliesToConjunctionsOnly()
    {
        Agreement agreement = WithMinimumPc(ActiveAgreement(["AAA", "BBB"], [DataCategory.OrbitElements]), 0.5);
        var view = new ReleaseView("BBB", Now, [agreement]);

        Assert.Equal(ReleaseReasons.Agreement, view.Decide(Partners() with { Pc = null }).Reason);
    }

    [Fact]
    public void MinimumPc_EmbargoOfAnAgreementThePcPassesIsTheReasonGiven()
    {
        var view = new ReleaseView("BBB", Now, [ConjunctionAgreement(1e-2), ConjunctionAgreement(1e-6, embargoMinutes: 600)]);

        Assert.Equal(ReleaseReasons.Embargoed, view.Decide(Conjunction(1e-5)).Reason);
    }

    [Fact]
    public void MinimumPc_DutyToWarnIsUnaffected()
    {
        var view = new ReleaseView("BBB", Now, [ConjunctionAgreement(1e-4)]);

        DerivedDecision warning = view.DecideDerived(DataCategory.Conjunctions, Now.AddHours(-1), 1e-9,
            [new DerivedInput(90001, "AAA", Partners()), new DerivedInput(90002, "BBB", Partners("BBB", owner: "BBB"))]);

        Assert.Equal(DerivedDetail.Encounter, warning.Detail);
        Assert.Equal(ReleaseReasons.DutyToWarn, warning.Reason);
    }

    [Fact]
    public void MinimumPc_OriginatorSeesItsConjunctionWhateverThePc()
    {
        var view = new ReleaseView("AAA", Now, [ConjunctionAgreement(1e-4)]);

        Assert.Equal(ReleaseReasons.Originator, view.Decide(Conjunction(null)).Reason);
    }
}
