using Concord.Astro.Time;
using Concord.Hub.Conjunctions;
using Concord.Hub.Notifications;
using Concord.Hub.Release;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Tests.Storage;

/// <summary><see cref="HubBulkInsert"/> writes every mapped column, those of owned types included, and leaves a
/// store-generated key to the store.</summary>
public sealed class HubBulkInsertTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ConjunctionSide Side(string originator, double r) => new()
    {
        SourceKind = ConjunctionSources.Elements,
        SourceId = Guid.CreateVersion7(),
        SourceOriginator = originator,
        SourceMarking = Marking.Restricted,
        SourceRelTo = ["BBB", "CCC"],
        SourceStoredAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
        Authority = ConjunctionSources.Owner,
        SourceDisagreement = true,
        RelativePositionR = r,
        RelativePositionT = -2.5,
        RelativePositionN = 3.25,
        RelativeVelocityR = 4.0,
        RelativeVelocityT = -5.5,
        RelativeVelocityN = 6.75,
    };

    [Fact]
    public async Task Insert_EventsWithOwnedSides_AndNotifications_ReadBackAsAdded()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        DateTimeOffset now = database.Time.GetUtcNow();
        var added = new ConjunctionEvent
        {
            Id = Guid.CreateVersion7(),
            PrimaryCatalogNumber = 90001,
            SecondaryCatalogNumber = 90002,
            Tca = Epoch.FromTaiNanosecondsSince2000(Epoch.FromUtc(now.AddHours(5)).TaiNanosecondsSince2000),
            MissDistanceMeters = 123.5,
            RelativeSpeedMetersPerSecond = 7000.25,
            Pc = 1.5e-5,
            RiskLevel = ConjunctionRiskLevel.Attention,
            RiskLevelSince = now,
            Status = ConjunctionStatus.Open,
            FirstScreenedAt = now,
            LastScreenedAt = now,
            PcMethod = "FOSTER-1992",
            PrimarySide = Side("AAA", 1.0),
            SecondarySide = Side("BBB", -1.0),
        };
        HubNotification[] notifications = [.. Enumerable.Range(0, 3).Select(i => new HubNotification
        {
            Id = Guid.CreateVersion7(),
            Kind = i == 0 ? NotificationKinds.ConjunctionCreated : NotificationKinds.ConjunctionUpdated,
            EventId = added.Id,
            RiskLevel = "attention",
            CreatedAt = now,
        })];

        await using (HubDbContext db = database.NewContext())
        {
            await using HubWriteUnit unit = await database.Gate.BeginAsync(db, Ct);
            await HubBulkInsert.InsertAsync(db, [added], Ct);
            await unit.InsertNotificationsAsync(notifications, Ct);
            Assert.Empty(db.ChangeTracker.Entries());
            await unit.CommitAsync(Ct);
        }

        await using HubDbContext check = database.NewContext();
        ConjunctionEvent stored = await check.ConjunctionEvents.AsNoTracking().SingleAsync(Ct);
        Assert.Equivalent(added, stored, strict: true);
        List<HubNotification> read = await check.Notifications.AsNoTracking().OrderBy(n => n.Sequence).ToListAsync(Ct);
        Assert.Equal(notifications.Select(n => n.Id), read.Select(n => n.Id));
        Assert.Equal([1L, 2L, 3L], read.Select(n => n.Sequence));
    }
}
