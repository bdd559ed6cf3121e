using Concord.Hub.Release;

namespace Concord.Hub.Tests.Release;

public sealed partial class ReleaseViewTests
{
    [Fact]
    public void DutyToWarn_OwnerOfAnEndangeredObjectGetsABasicWarningWithoutAnAgreement()
    {
        var view = new ReleaseView("CCC", Now);
        ReleasableRecord conjunction = Partners(category: DataCategory.Conjunctions);

        WarningDecision warning = view.DecideWarning(conjunction, ["AAA", "CCC"]);

        Assert.Equal(WarningDetail.Basic, warning.Detail);
        Assert.True(warning.Decision.Released);
        Assert.Equal(ReleaseReasons.DutyToWarn, warning.Decision.Reason);
        Assert.False(view.IsReleased(conjunction)); // the full record stays withheld
    }

    [Fact]
    public void DutyToWarn_AnAgreementCoveringConjunctionsGivesTheFullRecord()
    {
        var view = new ReleaseView("BBB", Now, [ActiveAgreement(["AAA", "BBB"], [Hub.Release.DataCategory.Conjunctions])]);

        WarningDecision warning = view.DecideWarning(Partners(category: DataCategory.Conjunctions), ["AAA", "BBB"]);

        Assert.Equal(WarningDetail.Full, warning.Detail);
        Assert.Equal(ReleaseReasons.Agreement, warning.Decision.Reason);
    }

    [Theory]
    [InlineData("DDD")]
    [InlineData(null)]
    public void DutyToWarn_AgencyOwningNoEndangeredObjectGetsNothing(string? viewer)
    {
        var view = new ReleaseView(viewer, Now);

        WarningDecision warning = view.DecideWarning(Partners(category: DataCategory.Conjunctions), ["AAA", "CCC"]);

        Assert.Equal(WarningDetail.None, warning.Detail);
        Assert.False(warning.Decision.Released);
    }
}
