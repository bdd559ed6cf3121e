using Concord.Hub.Audit;
using Concord.Hub.Conjunctions;
using Concord.Hub.Coordination;
using Concord.Hub.Notifications;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;
using static Concord.Hub.Tests.Coordination.CoordinationScene;

namespace Concord.Hub.Tests.Coordination;

public sealed class ConjunctionEscalationServiceTests
{
    private static readonly TimeSpan Timeout = Options.AcknowledgeTimeout;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HubDatabase> SceneAsync()
    {
        HubDatabase database = await HubDatabase.CreateAsync();
        await AgenciesAsync(database);
        return database;
    }

    [Fact]
    public async Task Unacknowledged_HighRisk_EscalatesToDutyContacts_ThenToAgencyAdmins_OneStepAtATime()
    {
        await using HubDatabase database = await SceneAsync();
        Guid id = await EventAsync(database, ConjunctionRiskLevel.High);

        database.Time.Advance(Timeout - TimeSpan.FromSeconds(1));
        Assert.Empty(await EscalateAsync(database));
        database.Time.Advance(TimeSpan.FromSeconds(1));
        IReadOnlyList<ConjunctionEscalation> step1 = await EscalateAsync(database);
        Assert.Empty(await EscalateAsync(database)); // no step twice
        database.Time.Advance(Timeout - TimeSpan.FromSeconds(1));
        Assert.Empty(await EscalateAsync(database));
        database.Time.Advance(TimeSpan.FromSeconds(1));
        IReadOnlyList<ConjunctionEscalation> step2 = await EscalateAsync(database);
        database.Time.Advance(Timeout * 3);
        Assert.Empty(await EscalateAsync(database)); // two steps only

        Assert.Equal([("AAA", 1), ("BBB", 1)], step1.Select(s => (s.Agency, s.Step)));
        Assert.Equal(["Al Night <al@a.example>"], step1[0].Recipients); // the duty contact
        Assert.Equal(["Bea <bea@b.example>", "Bo <bo@b.example>"], step1[1].Recipients); // none on duty: everyone
        Assert.Equal([("AAA", 2, "agency-admin"), ("BBB", 2, "agency-admin")], step2.Select(s => (s.Agency, s.Step, s.Role!)));
        await using HubDbContext check = database.NewContext();
        List<HubNotification> notifications = await check.Notifications.ToListAsync(Ct);
        Assert.Equal(4, notifications.Count);
        Assert.All(notifications, n => Assert.Equal((NotificationKinds.ConjunctionEscalated, id, "high"), (n.Kind, n.EventId, n.RiskLevel)));
        Assert.Equal(["AAA", "AAA", "BBB", "BBB"], notifications.Select(n => n.Agency!).Order());
        List<AuditEntry> entries = await check.AuditEntries.Where(e => e.Action == AuditActions.ConjunctionEscalated).ToListAsync(Ct);
        Assert.Equal(4, entries.Count);
        Assert.All(entries, e => Assert.Equal(("system", $"conjunction:{id:D}"), (e.Actor, e.Subject)));
        Assert.True((await database.NewAuditLog(check).VerifyAsync(Ct)).Valid);
        ConjunctionCoordination state = (await WithCoordinationAsync(database, s => s.GetAsync(id, AaaOfficer, Ct)))!;
        Assert.All(state.Parties, p => Assert.Equal([1, 2], p.Escalations.Select(s => s.Step)));
    }

    [Fact]
    public async Task AnAcknowledgingParty_IsNotEscalated_AndStepTwoStopsAfterAnAcknowledgement()
    {
        await using HubDatabase database = await SceneAsync();
        Guid id = await EventAsync(database, ConjunctionRiskLevel.High);
        await WithCoordinationAsync(database, s => s.AcknowledgeAsync(id, null, AaaOfficer, Ct));

        database.Time.Advance(Timeout);
        IReadOnlyList<ConjunctionEscalation> step1 = await EscalateAsync(database);
        await WithCoordinationAsync(database, s => s.AcknowledgeAsync(id, null, BbbAdmin, Ct));
        database.Time.Advance(Timeout);

        Assert.Equal(["BBB"], step1.Select(s => s.Agency));
        Assert.Empty(await EscalateAsync(database));
    }

    [Fact]
    public async Task LowerRisk_ClosedEvents_AndAcknowledgedRaises_AreNotEscalated_ButAnUnacknowledgedRaiseStartsANewSequence()
    {
        await using HubDatabase database = await SceneAsync();
        Guid attention = await EventAsync(database, ConjunctionRiskLevel.Attention);
        Guid closed = await EventAsync(database, ConjunctionRiskLevel.High, primary: 90011, secondary: 90012);
        await ChangeAsync(database, closed, status: ConjunctionStatus.Closed);

        database.Time.Advance(Timeout * 3);
        Assert.Empty(await EscalateAsync(database));

        await ChangeAsync(database, attention, ConjunctionRiskLevel.High); // the level is high since now
        Assert.Empty(await EscalateAsync(database));
        database.Time.Advance(Timeout);
        IReadOnlyList<ConjunctionEscalation> raised = await EscalateAsync(database);

        Assert.Equal([(attention, 1), (attention, 1)], raised.Select(s => (s.EventId, s.Step)));
        Assert.All(raised, s => Assert.Equal(database.Time.GetUtcNow() - Timeout, s.LevelSince));
    }
}
