using Concord.Hub.Agreements;
using Concord.Hub.Release;
using Microsoft.Extensions.Time.Testing;

namespace Concord.Hub.Tests.Release;

public sealed partial class ReleaseViewTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static Agreement ActiveAgreement(string[] parties, DataCategory[]? categories = null,
        ObjectScope scope = ObjectScope.All, int[]? objectIds = null, int embargoMinutes = 0, DateTimeOffset? expiresAt = null,
        AgreementStatus status = AgreementStatus.Active) => new()
    {
        Id = Guid.NewGuid(),
        Title = "Test agreement",
        Status = status,
        Parties = parties.Select(p => new AgreementParty { AgencyCode = p, SignedAt = Now.AddDays(-1) }).ToList(),
        Categories = (categories ?? [DataCategory.OrbitElements]).ToList(),
        ObjectScope = scope,
        ObjectIds = (objectIds ?? []).ToList(),
        EmbargoMinutes = embargoMinutes,
        ExpiresAt = expiresAt,
        ProposedBy = parties[0],
        CreatedAt = Now.AddDays(-2),
        ActivatedAt = Now.AddDays(-1),
    };

    private static ReleasableRecord Partners(string originator = "AAA", DataCategory category = DataCategory.OrbitElements,
        int? catalogNumber = 90001, string? owner = "AAA", DateTimeOffset? storedAt = null) =>
        new(originator, Marking.Partners, [], category, catalogNumber, owner, storedAt ?? Now.AddHours(-1));

    [Fact]
    public void Originator_AlwaysSeesItsRecord()
    {
        var view = new ReleaseView("AAA", Now);

        ReleaseDecision decision = view.Decide(Partners() with { Marking = Marking.Restricted });

        Assert.True(decision.Released);
        Assert.Equal(ReleaseReasons.Originator, decision.Reason);
    }

    [Fact]
    public void Public_IsReleasedToEveryone_IncludingHubKeys()
    {
        ReleasableRecord record = Partners() with { Marking = Marking.Public };

        Assert.Equal(ReleaseReasons.Public, new ReleaseView("BBB", Now).Decide(record).Reason);
        Assert.Equal(ReleaseReasons.Public, new ReleaseView(null, Now).Decide(record).Reason);
    }

    [Fact]
    public void HubKey_SeesNoPartnersRecord_EvenWithAgreements()
    {
        var view = new ReleaseView(null, Now, [ActiveAgreement(["AAA", "BBB"])]);

        ReleaseDecision decision = view.Decide(Partners());

        Assert.False(decision.Released);
        Assert.Equal(ReleaseReasons.NoAgency, decision.Reason);
    }

    [Theory]
    [InlineData("BBB", true, ReleaseReasons.RelTo)]
    [InlineData("CCC", false, ReleaseReasons.NotReleasedTo)]
    public void Restricted_FollowsRelTo(string viewer, bool released, string reason)
    {
        var view = new ReleaseView(viewer, Now, [ActiveAgreement(["AAA", viewer])]);

        ReleaseDecision decision = view.Decide(Partners() with { Marking = Marking.Restricted, RelTo = ["BBB"] });

        Assert.Equal(released, decision.Released);
        Assert.Equal(reason, decision.Reason);
        Assert.Null(decision.AgreementId);
    }

    [Fact]
    public void Partners_ReleasedUnderACoveringAgreement_NamingIt()
    {
        Agreement agreement = ActiveAgreement(["AAA", "BBB"]);
        var view = new ReleaseView("BBB", Now, [agreement]);

        ReleaseDecision decision = view.Decide(Partners());

        Assert.True(decision.Released);
        Assert.Equal(ReleaseReasons.Agreement, decision.Reason);
        Assert.Equal(agreement.Id, decision.AgreementId);
        Assert.Contains(agreement.Id.ToString("D"), decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Partners_WithoutAgreement_IsWithheld()
    {
        var view = new ReleaseView("BBB", Now);

        ReleaseDecision decision = view.Decide(Partners());

        Assert.False(decision.Released);
        Assert.Equal(ReleaseReasons.NoAgreement, decision.Reason);
        Assert.Null(decision.AgreementId);
    }

    [Fact]
    public void Partners_AgreementWithoutTheOriginator_DoesNotRelease()
    {
        var view = new ReleaseView("BBB", Now, [ActiveAgreement(["BBB", "CCC"])]);

        Assert.Equal(ReleaseReasons.NoAgreement, view.Decide(Partners(originator: "AAA")).Reason);
    }

    [Fact]
    public void Partners_AgreementWithoutTheViewer_DoesNotRelease()
    {
        var view = new ReleaseView("BBB", Now, [ActiveAgreement(["AAA", "CCC"])]);

        Assert.Equal(ReleaseReasons.NoAgreement, view.Decide(Partners()).Reason);
    }

    [Fact]
    public void Partners_OtherCategory_DoesNotRelease()
    {
        var view = new ReleaseView("BBB", Now, [ActiveAgreement(["AAA", "BBB"], [DataCategory.Ephemeris, DataCategory.Conjunctions])]);

        Assert.Equal(ReleaseReasons.NoAgreement, view.Decide(Partners(category: DataCategory.OrbitElements)).Reason);
        Assert.Equal(ReleaseReasons.Agreement, view.Decide(Partners(category: DataCategory.Conjunctions)).Reason);
    }

    [Theory]
    [InlineData(AgreementStatus.Proposed)]
    [InlineData(AgreementStatus.Suspended)]
    [InlineData(AgreementStatus.Terminated)]
    public void Partners_InactiveAgreements_ReleaseNothing(AgreementStatus status)
    {
        var view = new ReleaseView("BBB", Now, [ActiveAgreement(["AAA", "BBB"], status: status)]);

        Assert.Equal(ReleaseReasons.NoAgreement, view.Decide(Partners()).Reason);
    }

    [Fact]
    public void Filter_KeepsReleasedItemsInOrder()
    {
        var view = new ReleaseView("BBB", Now, [ActiveAgreement(["AAA", "BBB"])]);
        ReleasableRecord[] records =
        [
            Partners(originator: "CCC"),
            Partners(),
            Partners(originator: "BBB"),
            Partners(category: DataCategory.Ephemeris),
        ];

        Assert.Equal([records[1], records[2]], view.Filter(records, r => r));
    }

    [Fact]
    public void FakeClockDrivesThePolicyInstant()
    {
        var time = new FakeTimeProvider(Now);
        time.Advance(TimeSpan.FromMinutes(5));

        var view = new ReleaseView("BBB", time.GetUtcNow());

        Assert.Equal(Now.AddMinutes(5), view.Now);
    }
}
