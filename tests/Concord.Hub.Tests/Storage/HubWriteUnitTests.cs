using Concord.Hub.Agencies;
using Concord.Hub.Audit;
using Concord.Hub.Conjunctions;
using Concord.Hub.Errors;
using Concord.Hub.Notifications;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Tests.Storage;

/// <summary>The one write unit of the hub (<see cref="HubWriteGate.BeginAsync"/>): all or nothing, and the wake-ups
/// after the commit only.</summary>
public sealed class HubWriteUnitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Agency NewAgency(string code) => new()
    {
        Id = Guid.CreateVersion7(),
        Code = code,
        Name = code + " agency",
        Country = "FR",
        CreatedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    private static Dictionary<string, string?> Details(string code) => new() { ["code"] = code };

    [Fact]
    public async Task Dispose_WithoutCommit_StoresNothing_AndTheNextWriteChainsAfterTheStoredHead()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await using HubDbContext db = database.NewContext();
        AuditLog audit = database.NewAuditLog(db);

        await using (HubWriteUnit refused = await database.Gate.BeginAsync(db, Ct))
        {
            db.Agencies.Add(NewAgency("AAA"));
            await audit.Append(Actor.System, AuditActions.AgencyCreated, "agency:AAA", Details("AAA"), Ct);
        }

        Assert.Empty(db.ChangeTracker.Entries());
        var service = new AgencyService(db, audit, database.Gate, database.Time);
        HubResult<Agency> created = await service.CreateAsync(new NewAgency("BBB", "B agency", "DE", []), Actor.System, Ct);

        Assert.True(created.Success);
        await using HubDbContext check = database.NewContext();
        Assert.Equal(["BBB"], await check.Agencies.Select(a => a.Code).ToListAsync(Ct));
        AuditEntry entry = await check.AuditEntries.SingleAsync(Ct);
        Assert.Equal((1L, "agency:BBB"), (entry.Sequence, entry.Subject));
        Assert.True((await new AuditLog(check, database.Time).VerifyAsync(Ct)).Valid);
    }

    [Fact]
    public async Task Exception_AfterASaveInsideTheUnit_RollsThatSaveBack()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await using HubDbContext db = database.NewContext();

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using HubWriteUnit unit = await database.Gate.BeginAsync(db, Ct);
            db.Agencies.Add(NewAgency("AAA"));
            await db.SaveChangesAsync(Ct); // as a submission does before its bulk insert
            throw new InvalidOperationException("The bulk insert failed.");
        });

        await using HubDbContext check = database.NewContext();
        Assert.Equal(0, await check.Agencies.CountAsync(Ct));
        Assert.Empty(db.ChangeTracker.Entries());
    }

    [Fact]
    public async Task Commit_OfAScreeningRequest_PulsesTheScreeningSignalOnce_WhenTheRequestIsReadable()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        var notifications = new NotificationSignal();
        var screening = new ScreeningSignal();
        using var gate = new HubWriteGate(new SingleProcessCoordination(), notifications, screening);
        await using HubDbContext db = database.NewContext();
        await using HubDbContext check = database.NewContext();
        var pending = new List<int>();
        screening.Listen(() => pending.Add(check.ScreeningRequests.AsNoTracking().Count(r => r.CompletedAt == null)));
        Task notified = notifications.NextPulse;
        var requests = new ScreeningRequests(db, gate, database.Time);

        ScreeningRequest stored = await requests.AddAllAsync(ScreeningRequestReasons.Schedule, Ct);

        Assert.Equal([1], pending); // woken once, after the commit: the request was there to read
        await requests.CompleteAsync([stored.Id], Ct);
        Assert.Equal([1], pending); // completing a request stores none: nobody is woken
        await using (HubWriteUnit refused = await gate.BeginAsync(db, Ct))
        {
            db.ScreeningRequests.Add(new ScreeningRequest { Id = Guid.CreateVersion7(), All = true, Reason = "test", RequestedAt = database.Time.GetUtcNow() });
        }

        Assert.Equal([1], pending); // rolled back: nothing to wake for
        Assert.False(notified.IsCompleted); // no notification was stored by any of these
    }

    [Fact]
    public async Task Commit_OfANotification_PulsesTheNotificationSignal_RollbackDoesNot()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        var notifications = new NotificationSignal();
        using var gate = new HubWriteGate(new SingleProcessCoordination(), notifications, new ScreeningSignal());
        await using HubDbContext db = database.NewContext();
        var outbox = new NotificationOutbox(db);
        Task first = notifications.NextPulse;

        await using (HubWriteUnit refused = await gate.BeginAsync(db, Ct))
        {
            outbox.Add(NotificationKinds.ConjunctionCreated, Guid.CreateVersion7(), "low", database.Time.GetUtcNow());
        }

        Assert.False(first.IsCompleted);
        await using (HubWriteUnit unit = await gate.BeginAsync(db, Ct))
        {
            outbox.Add(NotificationKinds.ConjunctionCreated, Guid.CreateVersion7(), "low", database.Time.GetUtcNow());
            await unit.CommitAsync(Ct);
            Assert.True(first.IsCompleted);
        }

        await using HubDbContext check = database.NewContext();
        Assert.Equal(1, await check.Notifications.CountAsync(Ct));
    }
}
