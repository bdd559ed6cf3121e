using System.Security.Cryptography;
using System.Text;
using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;
using Concord.Conjunctions.Samples;
using Concord.Formats.Tle;
using Concord.Hub.Agencies;
using Concord.Hub.Audit;
using Concord.Hub.Catalog;
using Concord.Hub.Conjunctions;
using Concord.Hub.Notifications;
using Concord.Hub.Release;
using Concord.Hub.SpaceObjects;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Tests.Conjunctions;

public sealed class ConjunctionScreeningServiceTests
{
    private static readonly Actor s_analyst = new(Guid.NewGuid(), HubRole.Analyst, "AAA");
    private static readonly Actor s_bbbAnalyst = new(Guid.NewGuid(), HubRole.Analyst, "BBB");
    private static readonly Actor s_cccAnalyst = new(Guid.NewGuid(), HubRole.Analyst, "CCC");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Samples_AreOnACollisionCourse()
    {
        ScreeningObject[] objects = [.. new[] { ConjunctionSamples.Primary, ConjunctionSamples.Secondary }.Select(text =>
        {
            Tle tle = TleReader.ParseSingle(text).Value!;
            return ScreeningObject.FromSgp4(tle.CatalogNumberText, Sgp4Propagator.Create(tle.ToSgp4Elements(), Sgp4Options.Default).Propagator);
        })];
        Epoch start = Epoch.FromUtc(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

        ScreeningResult result = ConjunctionScreener.Screen(objects, new ScreeningOptions
        {
            Start = start,
            Stop = start + Duration.FromDays(3),
            Volume = ScreeningVolume.Sphere(5000.0),
        });

        ScreenedConjunction designed = Assert.Single(result.Conjunctions);
        // Tolerances: the TLE rounds angles to 1e-4° (about 12 m), so the designed 30 m is met within 20 m and TCA within 10 ms.
        Assert.Equal(0.0, (designed.Tca - Epoch.FromUtc(ConjunctionSamples.Tca)).TotalSeconds, 0.01);
        Assert.InRange(designed.MissDistanceMeters, 10.0, 50.0);
    }

    [Fact]
    public async Task Screen_NewObjects_CreatesOneEventWithOneUpdateAndAnAuditEntry()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await SubmitAsync(database, ConjunctionSamples.Primary + ConjunctionSamples.Secondary);

        ConjunctionScreeningReport report = await ScreenAsync(database, [90001, 90002]);

        Assert.Equal(new ConjunctionScreeningReport(2, 2, 1, 0, 0), report);
        await using HubDbContext check = database.NewContext();
        ConjunctionEvent stored = await check.ConjunctionEvents.Include(e => e.Updates).SingleAsync(Ct);
        Assert.Equal((90001, 90002, ConjunctionStatus.Open), (stored.PrimaryCatalogNumber, stored.SecondaryCatalogNumber, stored.Status));
        Assert.Equal(0.0, (stored.Tca - Epoch.FromUtc(ConjunctionSamples.Tca)).TotalSeconds, 0.01);
        Assert.InRange(stored.MissDistanceMeters, 10.0, 50.0);
        Assert.InRange(stored.RelativeSpeedMetersPerSecond, 5900.0, 6100.0);
        Assert.NotNull(stored.Pc);
        Assert.Equal(new ConjunctionScreeningOptions().RiskLevelOf(stored.Pc), stored.RiskLevel);
        Assert.Equal((database.Time.GetUtcNow(), database.Time.GetUtcNow()), (stored.FirstScreenedAt, stored.LastScreenedAt));
        ConjunctionUpdate update = Assert.Single(stored.Updates);
        Assert.Equal((stored.Tca, stored.MissDistanceMeters, stored.Pc), (update.Tca, update.MissDistanceMeters, update.Pc));
        AuditEntry entry = await check.AuditEntries.OrderByDescending(e => e.Sequence).FirstAsync(Ct);
        Assert.Equal((AuditActions.ConjunctionsScreened, "system"), (entry.Action, entry.Actor));
        Assert.Contains("\"objects\":\"2\"", entry.Details, StringComparison.Ordinal);
        Assert.Contains("\"catalogNumbers\":\"90001,90002\"", entry.Details, StringComparison.Ordinal);
        Assert.Contains("\"created\":\"1\"", entry.Details, StringComparison.Ordinal);
        Assert.True((await database.NewAuditLog(check).VerifyAsync(Ct)).Valid);
        HubNotification notification = await check.Notifications.SingleAsync(Ct);
        Assert.Equal((NotificationKinds.ConjunctionCreated, stored.Id, stored.RiskLevel.ToWireName(), (string?)null),
            (notification.Kind, notification.EventId, notification.RiskLevel, notification.Agency));
    }

    /// <summary>The secondary's set again at the same epoch with the mean anomaly 0.001° further on (about 120 m along
    /// track): new tracking data that moves the encounter.</summary>
    private const string SecondaryRetracked = """
        0 SECONDARY
        1 90002U 26002A   26001.00000000  .00012345  00000+0  23456-3 0  9997
        2 90002  97.5000 240.5336 0010000 301.9039 166.4462 15.70704910123451

        """;

    [Fact]
    public async Task Screen_AgainWithNewElements_UpdatesTheSameEventAndKeepsTheTrend()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await SubmitAsync(database, ConjunctionSamples.Primary + ConjunctionSamples.Secondary);
        await ScreenAsync(database, [90001, 90002]);
        Guid first = await SingleEventIdAsync(database);
        database.Time.Advance(TimeSpan.FromHours(6));
        await SubmitAsync(database, SecondaryRetracked);

        // Screened from the other object of the pair: the ordered pair and the TCA find the same event.
        ConjunctionScreeningReport report = await ScreenAsync(database, [90002]);

        Assert.Equal((1, 0, 1, 0), (report.Primaries, report.Created, report.Updated, report.Unchanged));
        await using HubDbContext check = database.NewContext();
        ConjunctionEvent stored = await check.ConjunctionEvents.Include(e => e.Updates).SingleAsync(Ct);
        Assert.Equal(first, stored.Id);
        Assert.Equal(2, stored.Updates.Count);
        ConjunctionUpdate[] updates = [.. stored.Updates.OrderBy(u => u.ScreenedAt)];
        Assert.True(Math.Abs(updates[1].MissDistanceMeters - updates[0].MissDistanceMeters) >= 1.0, "the new set moves the encounter");
        Assert.Equal(database.Time.GetUtcNow(), stored.LastScreenedAt);
        Assert.Equal(database.Time.GetUtcNow() - TimeSpan.FromHours(6), stored.FirstScreenedAt);
        string[] kinds = [.. (await check.Notifications.OrderBy(n => n.Sequence).ToListAsync(Ct)).Select(n => n.Kind)];
        Assert.Equal(NotificationKinds.ConjunctionCreated, kinds[0]);
        Assert.Contains(kinds[1], new[] { NotificationKinds.ConjunctionUpdated, NotificationKinds.ConjunctionRiskRaised });
        Assert.Equal(2, kinds.Length);
    }

    [Fact]
    public async Task Screen_AgainWithTheSameElements_RecordsAndNotifiesNothingNew()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await SubmitAsync(database, ConjunctionSamples.Primary + ConjunctionSamples.Secondary);
        await ScreenAsync(database, [90001, 90002]);
        database.Time.Advance(TimeSpan.FromHours(1));

        // A scheduled run over the same sets: the event is seen again exactly as it was.
        ConjunctionScreeningReport report = await ScreenAsync(database, [90001, 90002]);

        Assert.Equal((0, 0, 1, 0), (report.Created, report.Updated, report.Unchanged, report.Closed));
        await using HubDbContext check = database.NewContext();
        ConjunctionEvent stored = await check.ConjunctionEvents.Include(e => e.Updates).SingleAsync(Ct);
        Assert.Single(stored.Updates);
        Assert.Equal(database.Time.GetUtcNow(), stored.LastScreenedAt);
        Assert.Equal([NotificationKinds.ConjunctionCreated], (await check.Notifications.ToListAsync(Ct)).Select(n => n.Kind));
    }

    [Theory]
    [InlineData(0.5, 0.0, 1e-5, false)]  // within every tolerance
    [InlineData(1.0, 0.0, 1e-5, true)]   // miss moved 1 m
    [InlineData(0.0, 0.1, 1e-5, true)]   // TCA moved 0.1 s
    [InlineData(0.0, 0.0, 1.02e-5, true)] // Pc moved 2 %
    [InlineData(0.0, 0.0, 1.009e-5, false)] // 0.9 %
    public void MaterialChange_FollowsTheTolerances(double missMoved, double tcaMoved, double newPc, bool material)
    {
        var options = new ConjunctionScreeningOptions();

        Assert.Equal(material, options.IsMaterialChange(ConjunctionRiskLevel.Attention, 100.0, tcaMoved, 1e-5,
            ConjunctionRiskLevel.Attention, 100.0 + missMoved, newPc));
        Assert.True(options.IsMaterialChange(ConjunctionRiskLevel.Attention, 100.0, 0.0, 1e-5, ConjunctionRiskLevel.High, 100.0, 1e-5));
        Assert.True(options.IsMaterialChange(ConjunctionRiskLevel.Low, 100.0, 0.0, null, ConjunctionRiskLevel.Low, 100.0, 0.0));
    }

    [Fact]
    public async Task Screen_AfterTca_ClosesTheEvent()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await SubmitAsync(database, ConjunctionSamples.Primary + ConjunctionSamples.Secondary);
        await ScreenAsync(database, [90001]);
        Guid id = await SingleEventIdAsync(database);
        database.Time.SetUtcNow(ConjunctionSamples.Tca + TimeSpan.FromMinutes(10));

        ConjunctionScreeningReport report = await ScreenAsync(database, [90001]);

        Assert.Equal(1, report.Closed);
        await using HubDbContext check = database.NewContext();
        ConjunctionEvent stored = await check.ConjunctionEvents.SingleAsync(e => e.Id == id, Ct);
        Assert.Equal(ConjunctionStatus.Closed, stored.Status);
        HubNotification last = await check.Notifications.OrderByDescending(n => n.Sequence).FirstAsync(Ct);
        Assert.Equal((NotificationKinds.ConjunctionClosed, id), (last.Kind, last.EventId));
    }

    [Fact]
    public async Task Screen_ObjectWithoutNeighbours_CreatesNothing()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await SubmitAsync(database, ConjunctionSamples.Primary);

        ConjunctionScreeningReport report = await ScreenAsync(database, [90001, 12345]);

        Assert.Equal(new ConjunctionScreeningReport(1, 1, 0, 0, 0), report);
        await using HubDbContext check = database.NewContext();
        Assert.False(await check.ConjunctionEvents.AnyAsync(Ct));
    }

    [Fact]
    public void RiskLevel_FollowsTheThresholds()
    {
        var options = new ConjunctionScreeningOptions();
        Assert.Equal(
            [ConjunctionRiskLevel.Low, ConjunctionRiskLevel.Low, ConjunctionRiskLevel.Attention, ConjunctionRiskLevel.Attention, ConjunctionRiskLevel.High],
            new double?[] { null, 9.9e-8, 1e-7, 9.9e-5, 1e-4 }.Select(options.RiskLevelOf));
    }

    [Fact]
    public async Task Screen_EachSideNamesTheRecordUsedAndTheEncounterInItsOwnFrame()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await SubmitAsync(database, ConjunctionSamples.Primary + ConjunctionSamples.Secondary);

        await ScreenAsync(database, [90001]);

        await using HubDbContext check = database.NewContext();
        ConjunctionEvent e = await check.ConjunctionEvents.SingleAsync(Ct);
        ElementSet primarySet = await check.ElementSets.SingleAsync(s => s.CatalogNumber == 90001, Ct);
        Assert.Equal((ConjunctionSources.Elements, primarySet.Id, "AAA", Marking.Partners, ConjunctionSources.Unowned),
            (e.PrimarySide.SourceKind, e.PrimarySide.SourceId, e.PrimarySide.SourceOriginator, e.PrimarySide.SourceMarking, e.PrimarySide.Authority));
        Assert.Equal("foster+default-cov", e.PcMethod);
        // Each side's relative position is the miss vector seen from that object: same length, within rounding.
        foreach (ConjunctionSide side in new[] { e.PrimarySide, e.SecondarySide })
        {
            double length = Math.Sqrt((side.RelativePositionR * side.RelativePositionR) + (side.RelativePositionT * side.RelativePositionT)
                + (side.RelativePositionN * side.RelativePositionN));
            Assert.Equal(e.MissDistanceMeters, length, 1e-6 * e.MissDistanceMeters);
        }

        ConjunctionUpdate update = await check.ConjunctionUpdates.SingleAsync(Ct);
        Assert.Equal(e.SecondarySide.SourceId, update.SecondarySide.SourceId);
    }

    [Fact]
    public async Task Screen_AnEventNewDataNoLongerPredictsClosesAsNoLongerPredicted()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await SubmitAsync(database, ConjunctionSamples.Primary + ConjunctionSamples.Secondary);
        await ScreenAsync(database, [90001]);
        Guid id = await SingleEventIdAsync(database);

        // A newer set of 90002, 30 degrees further along its orbit: the approach is gone.
        await SubmitAsync(database, """
            0 SECONDARY
            1 90002U 26002A   26001.00100000  .00012345  00000+0  23456-3 0  9998
            2 90002  97.5000 240.5336 0010000 301.9039 196.4452 15.70704910123453

            """);
        ConjunctionScreeningReport report = await ScreenAsync(database, [90002]);

        Assert.Equal(1, report.Closed);
        await using HubDbContext check = database.NewContext();
        ConjunctionEvent stored = await check.ConjunctionEvents.SingleAsync(e => e.Id == id, Ct);
        Assert.Equal((ConjunctionStatus.Closed, ConjunctionCloseReasons.NoLongerPredicted), (stored.Status, stored.ClosedReason));
        HubNotification last = await check.Notifications.OrderByDescending(n => n.Sequence).FirstAsync(Ct);
        Assert.Equal((NotificationKinds.ConjunctionClosed, id), (last.Kind, last.EventId));
    }

    [Fact]
    public async Task Screen_ANewerSetFromAnotherAgencyDoesNotSpeakForAnOwnedObject()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await ConfirmOwnersAsync(database);
        await SubmitAsync(database, ConjunctionSamples.Primary);
        await SubmitAsync(database, ConjunctionSamples.Secondary, s_bbbAnalyst);
        await SubmitAsync(database, ForgedSecondary, s_cccAnalyst); // newer epoch, other agency

        ConjunctionScreeningReport report = await ScreenAsync(database, [90001, 90002]);

        // The owner's fresh set speaks for 90002: the approach stands, and the event names BBB's set.
        Assert.Equal(1, report.Created);
        await using HubDbContext check = database.NewContext();
        ConjunctionEvent e = await check.ConjunctionEvents.SingleAsync(Ct);
        Assert.Equal(("BBB", ConjunctionSources.Owner, true), (e.SecondarySide.SourceOriginator, e.SecondarySide.Authority, e.SecondarySide.SourceDisagreement));
        Assert.Equal(("AAA", ConjunctionSources.Owner), (e.PrimarySide.SourceOriginator, e.PrimarySide.Authority));
    }

    [Fact]
    public async Task Screen_WhenTheOwnersSetIsStale_AThirdPartySetIsUsed_AndNamed()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await ConfirmOwnersAsync(database);
        await SubmitAsync(database, ConjunctionSamples.Primary);
        await SubmitAsync(database, ConjunctionSamples.Secondary, s_bbbAnalyst);
        await SubmitAsync(database, ForgedSecondary, s_cccAnalyst);
        database.Time.SetUtcNow(new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.Zero));

        // The owner's set (epoch 2026-01-01T00:00Z) is older than the freshness limit (36 s here): the newest set from
        // anyone speaks for 90002, and with it the approach is gone.
        ConjunctionScreeningReport report = await ScreenAsync(database, [90001, 90002], new CatalogOptions { OwnerDataMaxAgeDays = 36.0 / 86_400.0 });

        Assert.Equal(0, report.Created);
    }

    [Fact]
    public async Task Screen_AnUnownedObjectTakesTheNewestSetFromAnyone()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await SubmitAsync(database, ConjunctionSamples.Primary + ConjunctionSamples.Secondary);
        await SubmitAsync(database, ForgedSecondary, s_cccAnalyst);

        ConjunctionScreeningReport report = await ScreenAsync(database, [90001, 90002]);

        Assert.Equal(0, report.Created); // nobody speaks for 90002: CCC's newer set is used
    }

    [Fact]
    public async Task Screen_AnEventOutsideWhatTheRunCoveredStaysOpen()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await SubmitAsync(database, ConjunctionSamples.Primary + ConjunctionSamples.Secondary);
        await ScreenAsync(database, [90001]);
        Guid id = await SingleEventIdAsync(database);

        ConjunctionScreeningReport report = await ScreenAsync(database, [12345]); // neither object screened

        Assert.Equal(0, report.Closed);
        await using HubDbContext check = database.NewContext();
        Assert.Equal(ConjunctionStatus.Open, (await check.ConjunctionEvents.SingleAsync(e => e.Id == id, Ct)).Status);
    }

    private static async Task<ConjunctionScreeningReport> ScreenAsync(HubDatabase database, int[] catalogNumbers)
    {
        await using HubDbContext db = database.NewContext();
        var service = new ConjunctionScreeningService(db, database.NewAuditLog(db), database.Gate, database.Time, new ConjunctionScreeningOptions(),
            new NotificationOutbox(db), new CatalogOptions());
        return await service.ScreenAsync(catalogNumbers, Ct);
    }

    private static async Task<Guid> SingleEventIdAsync(HubDatabase database)
    {
        await using HubDbContext check = database.NewContext();
        return (await check.ConjunctionEvents.SingleAsync(Ct)).Id;
    }

    private static async Task SubmitAsync(HubDatabase database, string text, Actor? actor = null)
    {
        await using HubDbContext db = database.NewContext();
        var service = new SubmissionService(db, database.NewAuditLog(db), database.Gate, database.Time, database.Catalog);
        SubmissionResult result = await service.SubmitAsync(new NewSubmission(text,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), "text/plain", Marking.Partners, [], null), actor ?? s_analyst, Ct);
        Assert.True(result.Success);
    }

    private static async Task<ConjunctionScreeningReport> ScreenAsync(HubDatabase database, int[] catalogNumbers, CatalogOptions catalog)
    {
        await using HubDbContext db = database.NewContext();
        var service = new ConjunctionScreeningService(db, database.NewAuditLog(db), database.Gate, database.Time, new ConjunctionScreeningOptions(),
            new NotificationOutbox(db), catalog);
        return await service.ScreenAsync(catalogNumbers, Ct);
    }

    // 90001 confirmed to AAA, 90002 confirmed to BBB.
    private static async Task ConfirmOwnersAsync(HubDatabase database)
    {
        await using HubDbContext db = database.NewContext();
        DateTimeOffset now = database.Time.GetUtcNow();
        foreach ((int number, string owner) in new[] { (90001, "AAA"), (90002, "BBB") })
        {
            db.SpaceObjects.Add(new SpaceObject
            {
                Id = Guid.NewGuid(), CatalogNumber = number, Name = $"OBJECT {number}", Owner = owner, Originator = owner,
                Claim = ClaimStatus.Confirmed, Marking = Marking.Partners, CreatedAt = now, UpdatedAt = now,
            });
        }

        await db.SaveChangesAsync(Ct);
    }

    // A newer set of 90002 from another agency, 30 degrees further along: it would remove the approach if it were used.
    private const string ForgedSecondary = """
        0 SECONDARY
        1 90002U 26002A   26001.00100000  .00012345  00000+0  23456-3 0  9998
        2 90002  97.5000 240.5336 0010000 301.9039 196.4452 15.70704910123453

        """;
}
