using Concord.Hub.Agencies;
using Concord.Hub.Audit;
using Concord.Hub.Conjunctions;
using Concord.Hub.Coordination;
using Concord.Hub.Errors;
using Concord.Hub.Notifications;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;
using static Concord.Hub.Tests.Coordination.CoordinationScene;

namespace Concord.Hub.Tests.Coordination;

public sealed class ConjunctionCoordinationServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HubDatabase> SceneAsync()
    {
        HubDatabase database = await HubDatabase.CreateAsync();
        await AgenciesAsync(database);
        return database;
    }

    private static Task<HubResult<CoordinationOutcome<ConjunctionAcknowledgement>>> AcknowledgeAsync(HubDatabase database, Guid id, Actor actor,
        string? comment = null) => WithCoordinationAsync(database, s => s.AcknowledgeAsync(id, comment, actor, Ct));

    private static Task<HubResult<ConjunctionDecision>> ProposeAsync(HubDatabase database, Guid id, Actor actor, string? maneuvering = "90002",
        string? at = null, string? plan = null, string? summary = "BBB moves 90002.") =>
        WithCoordinationAsync(database, s => s.ProposeDecisionAsync(id, new NewDecision(maneuvering, at, plan, summary), actor, Ct));

    // The co-signer names the SHA-256 of what it read (required); the refusals tested with the default hash come first.
    private static Task<HubResult<ConjunctionDecision>> CoSignAsync(HubDatabase database, Guid id, Actor actor, string? sha256 = null) =>
        WithCoordinationAsync(database, s => s.CoSignDecisionAsync(id, sha256 ?? new string('0', 64), actor, Ct));

    private static async Task<int> AuditCountAsync(HubDatabase database)
    {
        await using HubDbContext db = database.NewContext();
        return await db.AuditEntries.CountAsync(Ct);
    }

    private static string Code<T>(HubResult<T> result) => Assert.Single(result.Errors).Code;

    [Fact]
    public async Task Acknowledge_AsAParty_StoresItAtTheCurrentLevel_WithAuditEntryAndNotification()
    {
        await using HubDatabase database = await SceneAsync();
        Guid id = await EventAsync(database, ConjunctionRiskLevel.High);

        var result = await AcknowledgeAsync(database, id, BbbAdmin, "  On it.  ");

        Assert.True(result.Success);
        Assert.True(result.Value.Created);
        ConjunctionAcknowledgement ack = result.Value.Value;
        Assert.Equal(("BBB", ConjunctionRiskLevel.High, BbbAdmin.AuditName, "On it.", database.Time.GetUtcNow()),
            (ack.Agency, ack.RiskLevel, ack.Actor, ack.Comment, ack.AcknowledgedAt));
        await using HubDbContext check = database.NewContext();
        AuditEntry entry = await check.AuditEntries.OrderByDescending(e => e.Sequence).FirstAsync(Ct);
        Assert.Equal((AuditActions.ConjunctionAcknowledged, $"conjunction:{id:D}"), (entry.Action, entry.Subject));
        Assert.Contains("\"riskLevel\":\"high\"", entry.Details, StringComparison.Ordinal);
        HubNotification notification = await check.Notifications.SingleAsync(Ct);
        Assert.Equal((NotificationKinds.ConjunctionAcknowledged, id, "high", (string?)null),
            (notification.Kind, notification.EventId, notification.RiskLevel, notification.Agency));
        Assert.True((await database.NewAuditLog(check).VerifyAsync(Ct)).Valid);
    }

    [Fact]
    public async Task Acknowledge_AgainAtTheSameLevel_ReturnsTheExistingOne_AndWritesNothing()
    {
        await using HubDatabase database = await SceneAsync();
        Guid id = await EventAsync(database, ConjunctionRiskLevel.High);
        var first = await AcknowledgeAsync(database, id, BbbAdmin);
        int audit = await AuditCountAsync(database);
        database.Time.Advance(TimeSpan.FromMinutes(5));

        var again = await AcknowledgeAsync(database, id, BbbOfficer);

        Assert.False(again.Value!.Created);
        Assert.Equal(first.Value!.Value.Id, again.Value.Value.Id);
        Assert.Equal(audit, await AuditCountAsync(database));
    }

    [Fact]
    public async Task Acknowledge_AfterTheRiskLevelWasRaised_NoLongerCounts_UntilAcknowledgedAgain()
    {
        await using HubDatabase database = await SceneAsync();
        Guid id = await EventAsync(database, ConjunctionRiskLevel.Attention);
        var attention = await AcknowledgeAsync(database, id, BbbOfficer);
        database.Time.Advance(TimeSpan.FromMinutes(10));
        await ChangeAsync(database, id, ConjunctionRiskLevel.High);

        ConjunctionCoordination raised = (await WithCoordinationAsync(database, s => s.GetAsync(id, BbbOfficer, Ct)))!;
        Assert.False(Assert.Single(raised.Parties, p => p.Agency == "BBB").Acknowledged);
        var high = await AcknowledgeAsync(database, id, BbbOfficer);

        Assert.True(high.Value!.Created);
        Assert.NotEqual(attention.Value!.Value.Id, high.Value.Value.Id);
        Assert.Equal(ConjunctionRiskLevel.High, high.Value.Value.RiskLevel);
        ConjunctionCoordination state = (await WithCoordinationAsync(database, s => s.GetAsync(id, BbbOfficer, Ct)))!;
        Assert.True(Assert.Single(state.Parties, p => p.Agency == "BBB").Acknowledged);
    }

    [Fact]
    public async Task Acknowledge_OfAHigherLevel_StillCountsWhenTheLevelDrops_ButNotAfterItRisesAgain()
    {
        await using HubDatabase database = await SceneAsync();
        Guid id = await EventAsync(database, ConjunctionRiskLevel.High);
        await AcknowledgeAsync(database, id, AaaOfficer);
        database.Time.Advance(TimeSpan.FromMinutes(10));
        await ChangeAsync(database, id, ConjunctionRiskLevel.Attention);
        bool afterDrop = (await WithCoordinationAsync(database, s => s.GetAsync(id, AaaOfficer, Ct)))!.Parties[0].Acknowledged;
        database.Time.Advance(TimeSpan.FromMinutes(10));
        await ChangeAsync(database, id, ConjunctionRiskLevel.High);
        bool afterRise = (await WithCoordinationAsync(database, s => s.GetAsync(id, AaaOfficer, Ct)))!.Parties[0].Acknowledged;

        Assert.Equal((true, false), (afterDrop, afterRise));
    }

    [Fact]
    public async Task Acknowledge_ClosedEvent_IsConflict_AndOthersAreRefused_WritingNothing()
    {
        await using HubDatabase database = await SceneAsync();
        Guid id = await EventAsync(database, ConjunctionRiskLevel.High);
        Guid closed = await EventAsync(database, ConjunctionRiskLevel.High, primary: 90011, secondary: 90012);
        await ChangeAsync(database, closed, status: ConjunctionStatus.Closed);
        int audit = await AuditCountAsync(database);

        Assert.Equal(HubErrorCodes.ConjunctionClosed, Code(await AcknowledgeAsync(database, closed, AaaOfficer)));
        Assert.Equal(HubErrorCodes.ConjunctionNotFound, Code(await AcknowledgeAsync(database, id, CccOfficer)));
        Assert.Equal(HubErrorCodes.ConjunctionNotFound, Code(await AcknowledgeAsync(database, Guid.NewGuid(), AaaOfficer)));
        Assert.Equal(HubErrorCodes.AuthMissingRole, Code(await AcknowledgeAsync(database, id, new Actor(Guid.NewGuid(), HubRole.Auditor, "AAA"))));
        Assert.Equal(HubErrorCodes.ValidationFailed, Code(await AcknowledgeAsync(database, id, AaaOfficer, new string('x', 4001))));
        Assert.Equal(audit, await AuditCountAsync(database));
        await using HubDbContext check = database.NewContext();
        Assert.Equal(0, await check.ConjunctionAcknowledgements.CountAsync(Ct));
    }

    [Fact]
    public async Task Intent_ForTheOnlyOwnObject_IsInferred_AndTheLatestIsShown()
    {
        await using HubDatabase database = await SceneAsync();
        Guid id = await EventAsync(database, ConjunctionRiskLevel.High);

        var first = await WithCoordinationAsync(database, s => s.StateIntentAsync(id, new NewIntent("undetermined", "unknown", null, null), BbbOfficer, Ct));
        database.Time.Advance(TimeSpan.FromMinutes(1));
        var second = await WithCoordinationAsync(database, s => s.StateIntentAsync(id, new NewIntent("will-mitigate", "yes", "Burn planned.", null), BbbOfficer, Ct));

        Assert.Equal(90002, first.Value!.CatalogNumber);
        Assert.Equal((90002, ManeuverIntent.WillMitigate, Maneuverability.Yes), (second.Value!.CatalogNumber, second.Value.Intent, second.Value.Maneuverable));
        ConjunctionCoordination state = (await WithCoordinationAsync(database, s => s.GetAsync(id, AaaOfficer, Ct)))!;
        Assert.Equal(["AAA", "BBB"], state.Parties.Select(p => p.Agency));
        Assert.Null(state.Parties[0].Intent);
        Assert.Equal(second.Value.Id, state.Parties[1].Intent!.Id);
        await using HubDbContext check = database.NewContext();
        Assert.Equal(2, await check.ConjunctionIntents.CountAsync(Ct));
        Assert.Equal(2, await check.Notifications.CountAsync(n => n.Kind == NotificationKinds.ConjunctionIntent, Ct));
    }

    [Fact]
    public async Task Intent_InvalidOrForAnotherObject_IsRefused_AndASingleOwnerMustNameItsObject()
    {
        await using HubDatabase database = await SceneAsync();
        Guid id = await EventAsync(database, ConjunctionRiskLevel.High);
        Guid own = await EventAsync(database, ConjunctionRiskLevel.High, "AAA", "AAA", 90021, 90022);

        var invalid = await WithCoordinationAsync(database, s => s.StateIntentAsync(id, new NewIntent("maybe", "perhaps", null, "x"), BbbOfficer, Ct));
        var other = await WithCoordinationAsync(database, s => s.StateIntentAsync(id, new NewIntent("will-mitigate", "yes", null, "90001"), BbbOfficer, Ct));
        var unnamed = await WithCoordinationAsync(database, s => s.StateIntentAsync(own, new NewIntent("will-mitigate", "yes", null, null), AaaAnalyst, Ct));
        var named = await WithCoordinationAsync(database, s => s.StateIntentAsync(own, new NewIntent("will-mitigate", "yes", null, "90022"), AaaAnalyst, Ct));

        Assert.Equal(["intent", "maneuverable", "object"], invalid.Errors.Select(e => e.Arguments[0]));
        Assert.All(invalid.Errors, e => Assert.Equal(HubErrorCodes.ValidationFailed, e.Code));
        Assert.Equal(HubErrorCodes.IntentObjectNotOwn, Code(other));
        Assert.Equal(HubErrorCodes.IntentObjectRequired, Code(unnamed));
        Assert.Equal(90022, named.Value!.CatalogNumber);
    }

    [Fact]
    public async Task Decision_ProposedThenCoSignedByTheOtherParty_IsFinalAndImmutable()
    {
        await using HubDatabase database = await SceneAsync();
        Guid id = await EventAsync(database, ConjunctionRiskLevel.High);
        Guid plan = Guid.NewGuid();
        string at = database.Time.GetUtcNow().AddHours(12).ToString("O", System.Globalization.CultureInfo.InvariantCulture);

        var proposed = await ProposeAsync(database, id, AaaOfficer, "90002", at, plan.ToString("D"));
        Assert.Equal(DecisionStatus.Proposed, proposed.Value!.Status);
        string expectedSha = ConjunctionDecision.Sha256(ConjunctionDecision.CanonicalContent(id, 90002,
            database.Time.GetUtcNow().AddHours(12), plan, "AAA", "BBB moves 90002."));
        Assert.Equal(expectedSha, proposed.Value.ContentSha256);
        Assert.Equal(HubErrorCodes.DecisionOwnProposal, Code(await CoSignAsync(database, id, AaaOfficer)));
        Assert.Equal(HubErrorCodes.DecisionContentMismatch, Code(await CoSignAsync(database, id, BbbOfficer, new string('0', 64))));

        var coSigned = await CoSignAsync(database, id, BbbOfficer, expectedSha);

        Assert.Equal((DecisionStatus.CoSigned, "BBB", BbbOfficer.AuditName), (coSigned.Value!.Status, coSigned.Value.CoSignedBy, coSigned.Value.CoSignedByActor));
        int audit = await AuditCountAsync(database);
        Assert.Equal(HubErrorCodes.DecisionAlreadyCoSigned, Code(await CoSignAsync(database, id, BbbOfficer)));
        Assert.Equal(HubErrorCodes.DecisionAlreadyCoSigned, Code(await ProposeAsync(database, id, BbbOfficer, null)));
        Assert.Equal(audit, await AuditCountAsync(database));
        await using HubDbContext check = database.NewContext();
        List<AuditEntry> entries = await check.AuditEntries.Where(e => e.Action == AuditActions.ConjunctionDecision).ToListAsync(Ct);
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Contains($"\"sha256\":\"{expectedSha}\"", e.Details, StringComparison.Ordinal));
        Assert.Equal(2, await check.Notifications.CountAsync(n => n.Kind == NotificationKinds.Decision, Ct));
        Assert.True((await database.NewAuditLog(check).VerifyAsync(Ct)).Valid);
    }

    [Fact]
    public async Task Decision_ANewProposalBeforeCoSigning_SupersedesTheOldOne()
    {
        await using HubDatabase database = await SceneAsync();
        Guid id = await EventAsync(database, ConjunctionRiskLevel.High);
        var first = await ProposeAsync(database, id, AaaOfficer);
        database.Time.Advance(TimeSpan.FromMinutes(1));

        var counter = await ProposeAsync(database, id, BbbOfficer, null, summary: "Nobody moves: Pc falls.");
        var coSigned = await CoSignAsync(database, id, AaaOfficer, counter.Value!.ContentSha256);

        Assert.Equal(counter.Value!.Id, coSigned.Value!.Id);
        Assert.Null(coSigned.Value.ManeuveringCatalogNumber);
        await using HubDbContext check = database.NewContext();
        ConjunctionDecision old = await check.ConjunctionDecisions.SingleAsync(d => d.Id == first.Value!.Id, Ct);
        Assert.Equal((DecisionStatus.Superseded, database.Time.GetUtcNow()), (old.Status, old.SupersededAt));
        ConjunctionCoordination state = (await WithCoordinationAsync(database, s => s.GetAsync(id, AaaOfficer, Ct)))!;
        Assert.Equal((DecisionStatus.CoSigned, counter.Value.Id), (state.DecisionStatus, state.Decision!.Id));
    }

    [Fact]
    public async Task Decision_OfTheOwnerOfBothObjects_IsFinalWithItsSignatureAlone()
    {
        await using HubDatabase database = await SceneAsync();
        Guid id = await EventAsync(database, ConjunctionRiskLevel.High, "AAA", "AAA");

        var decided = await ProposeAsync(database, id, AaaOfficer, "90001");

        Assert.Equal((DecisionStatus.CoSigned, (string?)null, database.Time.GetUtcNow()),
            (decided.Value!.Status, decided.Value.CoSignedBy, decided.Value.CoSignedAt));
        Assert.Equal(HubErrorCodes.DecisionAlreadyCoSigned, Code(await ProposeAsync(database, id, AaaOfficer, "90002")));
    }

    [Fact]
    public async Task Decision_InvalidContent_IsRefusedWithSpecificCodes_WritingNothing()
    {
        await using HubDatabase database = await SceneAsync();
        Guid id = await EventAsync(database, ConjunctionRiskLevel.High);
        int audit = await AuditCountAsync(database);
        string afterTca = database.Time.GetUtcNow().AddDays(2).ToString("O", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(HubErrorCodes.DecisionObjectNotInEvent, Code(await ProposeAsync(database, id, AaaOfficer, "90009")));
        Assert.Equal(HubErrorCodes.DecisionManeuverAfterTca, Code(await ProposeAsync(database, id, AaaOfficer, "90002", afterTca)));
        var shape = await ProposeAsync(database, id, AaaOfficer, null, "tomorrow", "not-a-uuid", " ");
        Assert.Equal(["maneuverAt", "planId", "maneuveringObject", "summary"], shape.Errors.Select(e => e.Arguments[0]));
        Assert.Equal(HubErrorCodes.AuthMissingRole, Code(await ProposeAsync(database, id, AaaAnalyst)));
        Assert.Equal(HubErrorCodes.ConjunctionNotFound, Code(await ProposeAsync(database, id, CccOfficer)));
        Assert.Equal(HubErrorCodes.DecisionNotFound, Code(await CoSignAsync(database, id, BbbOfficer)));
        Assert.Equal(audit, await AuditCountAsync(database));
    }

    [Fact]
    public async Task State_PartiesSeeEachOthersCoordination_OthersOnlyTheDecisionStatus()
    {
        await using HubDatabase database = await SceneAsync();
        Guid id = await EventAsync(database, ConjunctionRiskLevel.High);
        await AcknowledgeAsync(database, id, AaaOfficer);
        await ProposeAsync(database, id, AaaOfficer);

        ConjunctionCoordination other = (await WithCoordinationAsync(database, s => s.GetAsync(id, BbbOfficer, Ct)))!;
        ConjunctionCoordination own = (await WithCoordinationAsync(database, s => s.GetAsync(id, AaaOfficer, Ct)))!;

        Assert.Equal([true, false], other.Parties.Select(p => p.Acknowledged));
        Assert.Equal([true, false], own.Parties.Select(p => p.Acknowledged));
        Assert.NotNull(other.Decision);
        Assert.Null(await WithCoordinationAsync(database, s => s.GetAsync(id, CccOfficer, Ct)));
    }
}
