using Concord.Hub.Release;

namespace Concord.Hub.Tests.Release;

// DecideDerived: a product derived from two objects' records (a conjunction), decided per viewer and per object.
// Object 90001 is AAA's (its own element set, marked partners); object 90002 is CCC's (restricted to CCC and BBB).
public sealed partial class ReleaseViewTests
{
    private static readonly DerivedInput OwnedByAaa = new(90001, "AAA", Partners());

    private static readonly DerivedInput RestrictedOfCcc = new(90002, "CCC",
        new ReleasableRecord("CCC", Marking.Restricted, ["BBB"], DataCategory.OrbitElements, 90002, "CCC", Now.AddHours(-1)));

    private static DerivedDecision Derive(ReleaseView view, double? pc = 1e-3, params DerivedInput[] inputs) =>
        view.DecideDerived(DataCategory.Conjunctions, Now.AddHours(-1), pc, inputs.Length == 0 ? [OwnedByAaa, RestrictedOfCcc] : inputs);

    [Fact]
    public void Derived_OwnerIsWarnedWithoutAnAgreementButSeesOnlyItsOwnObjectsData()
    {
        DerivedDecision decision = Derive(new ReleaseView("AAA", Now));

        Assert.Equal(DerivedDetail.Encounter, decision.Detail);
        Assert.Equal(ReleaseReasons.DutyToWarn, decision.Reason);
        Assert.Equal([true, false], decision.InputReleased);
        Assert.Equal([true, false], decision.OwnedByViewer);
        Assert.True(decision.Identifies(0));
        Assert.False(decision.Identifies(1));
    }

    [Fact]
    public void Derived_OtherOwnerIsWarnedToo_CleanRoom()
    {
        DerivedDecision decision = Derive(new ReleaseView("CCC", Now));

        Assert.Equal(DerivedDetail.Encounter, decision.Detail);
        Assert.Equal([false, true], decision.InputReleased); // AAA's partners record is not CCC's to see
    }

    [Fact]
    public void Derived_AViewerToWhomBothRecordsAreReleasedSeesItInFull()
    {
        var view = new ReleaseView("BBB", Now, [ActiveAgreement(["AAA", "BBB"], [DataCategory.OrbitElements])]);

        DerivedDecision decision = Derive(view);

        Assert.Equal(DerivedDetail.Full, decision.Detail);
        Assert.Equal(ReleaseReasons.InputsReleased, decision.Reason);
        Assert.False(decision.IsParty);
    }

    [Fact]
    public void Derived_APartnerOfAnOwnerWithConjunctionsSeesTheEncounterButNotTheWithheldObject()
    {
        var view = new ReleaseView("DDD", Now, [ActiveAgreement(["AAA", "DDD"], [DataCategory.Conjunctions, DataCategory.OrbitElements])]);

        DerivedDecision decision = Derive(view);

        Assert.Equal(DerivedDetail.Encounter, decision.Detail);
        Assert.Equal(ReleaseReasons.Agreement, decision.Reason);
        Assert.Equal([true, false], decision.InputReleased);
    }

    [Fact]
    public void Derived_APartnerWithoutTheConjunctionsCategorySeesNothingOfAnEventItCannotFullySee()
    {
        var view = new ReleaseView("DDD", Now, [ActiveAgreement(["AAA", "DDD"], [DataCategory.OrbitElements])]);

        Assert.Equal(DerivedDetail.None, Derive(view).Detail);
    }

    [Fact]
    public void Derived_BelowTheAgreementsMinimumPcThePartnerSeesNothingButTheOwnerIsStillWarned()
    {
        DerivedInput hidden = new(90003, "EEE", new ReleasableRecord("EEE", Marking.Restricted, [], DataCategory.OrbitElements, 90003, "EEE", Now));
        var partner = new ReleaseView("BBB", Now, [ConjunctionAgreement(1e-4)]);

        Assert.Equal(DerivedDetail.None, Derive(partner, 1e-6, OwnedByAaa, hidden).Detail);
        Assert.Equal(ReleaseReasons.BelowMinimumPc, Derive(partner, 1e-6, OwnedByAaa, hidden).Reason);
        Assert.Equal(DerivedDetail.Encounter, Derive(partner, 1e-3, OwnedByAaa, hidden).Detail);
        Assert.Equal(DerivedDetail.Encounter, Derive(new ReleaseView("AAA", Now), 1e-6, OwnedByAaa, hidden).Detail);
    }

    [Theory]
    [InlineData("EEE")]
    [InlineData(null)]
    public void Derived_ABystanderGetsNothing(string? viewer)
    {
        DerivedDecision decision = Derive(new ReleaseView(viewer, Now));

        Assert.Equal(DerivedDetail.None, decision.Detail);
        Assert.False(decision.Identifies(0));
    }

    [Fact]
    public void Derived_TwoPublicObjectsAreEveryonesEvenWithoutOwners()
    {
        DerivedInput a = new(1, null, new ReleasableRecord("AAA", Marking.Public, [], DataCategory.OrbitElements, 1, null, Now));
        DerivedInput b = new(2, null, new ReleasableRecord("CCC", Marking.Public, [], DataCategory.Ephemeris, 2, null, Now));

        Assert.Equal(DerivedDetail.Full, Derive(new ReleaseView("EEE", Now), 1e-3, a, b).Detail);
        Assert.Equal(DerivedDetail.Full, Derive(new ReleaseView(null, Now), 1e-3, a, b).Detail);
    }

    [Fact]
    public void Derived_AnUnknownSourceIsWithheldFromEveryoneButTheOwner()
    {
        DerivedInput legacy = new(90002, "CCC", null);

        DerivedDecision owner = Derive(new ReleaseView("CCC", Now), 1e-3, OwnedByAaa, legacy);
        DerivedDecision other = Derive(new ReleaseView("AAA", Now), 1e-3, OwnedByAaa, legacy);

        Assert.True(owner.Identifies(1));
        Assert.False(owner.InputReleased[1]);
        Assert.False(other.Identifies(1));
    }

    [Fact]
    public void Derived_RelToReleasesTheRestrictedObjectOnly()
    {
        DerivedDecision decision = Derive(new ReleaseView("BBB", Now));

        // BBB is in the relTo of CCC's set but shares nothing with AAA: it sees CCC's object's record, not the event.
        Assert.Equal(DerivedDetail.None, decision.Detail);
        Assert.Equal([false, true], decision.InputReleased);
    }
}
