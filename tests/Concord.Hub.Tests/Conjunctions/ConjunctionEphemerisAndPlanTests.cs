using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Concord.Astro.Time;
using Concord.Conjunctions.Samples;
using Concord.Demo;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Cdm;
using Concord.Formats.Diagnostics;
using Concord.Hub.Agencies;
using Concord.Hub.Audit;
using Concord.Hub.Catalog;
using Concord.Hub.Conjunctions;
using Concord.Hub.Errors;
using Concord.Hub.ManeuverPlans;
using Concord.Hub.Notifications;
using Concord.Hub.Release;
using Concord.Hub.SpaceObjects;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Tests.Conjunctions;

/// <summary>Operator ephemerides in the hub's screening (they take precedence over element sets), the CDM stored with
/// each update, and manoeuvre plans screened before execution.</summary>
public sealed partial class ConjunctionEphemerisAndPlanTests(ITestOutputHelper output)
{
    private static readonly Actor s_aaa = new(Guid.NewGuid(), HubRole.Analyst, "AAA");
    private static readonly Actor s_bbb = new(Guid.NewGuid(), HubRole.Officer, "BBB");
    private static readonly DateTimeOffset s_twoHoursBefore = ConjunctionSamples.Tca.AddHours(-2);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Screen_AnOemThatMovesTheObjectAway_TakesPrecedenceOverItsElementSet()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await SubmitAsync(database, s_aaa, ConjunctionSamples.Primary + ConjunctionSamples.Secondary);
        // 90001 five seconds ahead on its orbit (about 38 km along track) around TCA; its element set still gives the
        // designed 30 m encounter, so only the ephemeris's precedence removes it.
        await SubmitAsync(database, s_aaa, OemSamples.FromTle(ConjunctionSamples.Primary, "90001", s_twoHoursBefore, 240, shiftSeconds: 5.0));

        ConjunctionScreeningReport report = await ScreenAsync(database, [90001, 90002]);

        Assert.Equal(new ConjunctionScreeningReport(2, 2, 0, 0, 0), report);
        await using HubDbContext check = database.NewContext();
        Assert.Empty(await check.ConjunctionEvents.ToListAsync(Ct));
    }

    [Fact]
    public async Task Screen_AnObjectWithOnlyAnOem_IsScreenedWithItsCovariance_AndTheUpdateCarriesAReadableCdm()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await SubmitAsync(database, s_aaa, ConjunctionSamples.Primary);
        await SubmitAsync(database, s_bbb, OemSamples.FromTle(ConjunctionSamples.Secondary, "90002", s_twoHoursBefore, 240, withCovariance: true));

        ConjunctionScreeningReport report = await ScreenAsync(database, [90002]);

        Assert.Equal(new ConjunctionScreeningReport(1, 2, 1, 0, 0), report);
        await using HubDbContext check = database.NewContext();
        ConjunctionEvent stored = await check.ConjunctionEvents.Include(e => e.Updates).SingleAsync(Ct);
        Assert.Equal((90001, 90002), (stored.PrimaryCatalogNumber, stored.SecondaryCatalogNumber));
        Assert.InRange(stored.MissDistanceMeters, 10.0, 50.0);
        ConjunctionUpdate update = Assert.Single(stored.Updates);

        CdmReadResult kvn = CdmReader.Parse(ConjunctionUpdateCdm.Write(stored, update)!.Value.Kvn);
        Assert.True(kvn.Success, string.Join("\n", kvn.Diagnostics.Select(d => d.Message)));
        Cdm cdm = Assert.Single(kvn.Messages);
        Assert.Equal($"CONCORD-{update.Id:D}", cdm.Header.MessageId);
        Assert.Equal(("90001", "90002"), (cdm.Object1.Metadata.ObjectDesignator, cdm.Object2.Metadata.ObjectDesignator));
        Assert.Equal(("DEFAULT", "CALCULATED"), (cdm.Object1.Metadata.CovarianceMethod, cdm.Object2.Metadata.CovarianceMethod));
        Assert.StartsWith("OEM ", cdm.Object2.Metadata.EphemerisName, StringComparison.Ordinal);
        Assert.Equal(stored.MissDistanceMeters, cdm.RelativeMetadata.MissDistanceMeters, 1e-3);
        Assert.Equal(stored.Pc!.Value, cdm.RelativeMetadata.CollisionProbability!.Value, stored.Pc.Value * 1e-6);
        Assert.Equal("FOSTER-1992", cdm.RelativeMetadata.CollisionProbabilityMethod);
        // The operator's covariance (RTN, 100 m radial sigma) is the one written, in m².
        Assert.Equal(1.0e4, cdm.Object2.Data.RtnCovariance.Terms[0]!.Value, 1e-3);

        WriteResult xml = CdmWriter.Write(cdm, CcsdsFormat.Xml);
        CdmReadResult back = CdmReader.Parse(xml.Text!);
        Assert.True(back.Success);
        Assert.Equal(cdm, Assert.Single(back.Messages));
    }

    [Fact]
    public async Task Plan_ThatMovesTheObjectAway_ReportsALargerPairMissDistance_AndIsStoredWithAuditAndNotification()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        Guid eventId = await EventAsync(database);

        ManeuverPlanResult result = await PlanAsync(database, s_aaa, eventId,
            OemSamples.FromTle(ConjunctionSamples.Primary, "90001", s_twoHoursBefore, 240, shiftSeconds: 5.0));

        Assert.True(result.Success, string.Join("; ", result.Errors.Select(e => e.Message)));
        ManeuverPlanScreening screening = result.Screening!;
        Assert.InRange(screening.PairMissDistanceMeters!.Value, 5_000.0, 100_000.0);
        Assert.Equal("low", screening.PairRiskLevel);
        Assert.DoesNotContain(screening.Conjunctions, c => c.NoradId == "90002");
        Assert.Equal(1, screening.ScreenedObjects);
        await using HubDbContext check = database.NewContext();
        ManeuverPlan stored = await check.ManeuverPlans.SingleAsync(Ct);
        Assert.Equal((eventId, "AAA", 90001, s_aaa.KeyId), (stored.EventId, stored.Agency, stored.CatalogNumber, stored.KeyId));
        Assert.Contains("CCSDS_OEM_VERS", stored.OemKvn, StringComparison.Ordinal);
        AuditEntry entry = await check.AuditEntries.OrderByDescending(e => e.Sequence).FirstAsync(Ct);
        Assert.Equal((AuditActions.ConjunctionManeuverPlan, $"conjunction:{eventId:D}"), (entry.Action, entry.Subject));
        Assert.Contains(await check.Notifications.ToListAsync(Ct), n => n.Kind == NotificationKinds.ManeuverPlan && n.EventId == eventId);
        Assert.True((await database.NewAuditLog(check).VerifyAsync(Ct)).Valid);
    }

    [Fact]
    public async Task Plan_ThatMeetsAThirdObjectTheUploaderMayNotSee_CountsIt_WithoutListingIt()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        Guid eventId = await EventAsync(database);
        // 90003 as in the test below, but BBB's ephemeris is marked partners and AAA shares no agreement with BBB.
        await SubmitAsync(database, s_bbb, OemSamples.FromTle(ConjunctionSamples.Secondary, "90003", ConjunctionSamples.Tca.AddHours(-3), 240, shiftSeconds: 600.0));

        ManeuverPlanResult plan = await PlanAsync(database, s_aaa, eventId,
            OemSamples.FromTle(ConjunctionSamples.Primary, "90001", s_twoHoursBefore, 240, shiftSeconds: 600.0));

        Assert.True(plan.Success, string.Join("; ", plan.Errors.Select(e => e.Message)));
        Assert.DoesNotContain(plan.Screening!.Conjunctions, c => c.NoradId == "90003");
        Assert.Equal(1, plan.Screening.WithheldConjunctions);
    }

    [Fact]
    public async Task Plan_ThatMeetsAThirdObject_ReportsTheNewConjunction_AndTheOtherPartysPlanReplacesItsObject()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        Guid eventId = await EventAsync(database);
        // 90003 (an ephemeris only, public): 90002's orbit ten minutes ahead, so it passes where 90001 will be at TCA ten minutes early.
        await SubmitAsync(database, s_bbb, OemSamples.FromTle(ConjunctionSamples.Secondary, "90003", ConjunctionSamples.Tca.AddHours(-3), 240, shiftSeconds: 600.0),
            Marking.Public);

        // 90001 ten minutes ahead: it now meets 90003 at TCA − 10 min, and no longer 90002.
        ManeuverPlanResult first = await PlanAsync(database, s_aaa, eventId,
            OemSamples.FromTle(ConjunctionSamples.Primary, "90001", s_twoHoursBefore, 240, shiftSeconds: 600.0));

        Assert.True(first.Success, string.Join("; ", first.Errors.Select(e => e.Message)));
        ManeuverPlanConjunction created = Assert.Single(first.Screening!.Conjunctions, c => c.NoradId == "90003");
        Assert.True(created.New);
        Assert.InRange(created.MissDistanceMeters, 0.0, 100.0);
        Assert.Equal(0.0, (Epoch.FromUtc(DateTimeOffset.Parse(created.Tca, CultureInfo.InvariantCulture)) - Epoch.FromUtc(ConjunctionSamples.Tca)).TotalSeconds, 600.0 * 0.001 + 600.0 + 1.0);
        Assert.Null(first.Screening.CounterpartPlanId);

        // BBB's plan for 90002 is screened against AAA's plan in place of 90001: 90002 unchanged, 90001 moved, no approach.
        ManeuverPlanResult second = await PlanAsync(database, s_bbb, eventId, OemSamples.FromTle(ConjunctionSamples.Secondary, "90002", s_twoHoursBefore, 240));
        Assert.True(second.Success, string.Join("; ", second.Errors.Select(e => e.Message)));
        Assert.Equal(first.Plan!.Id, second.Screening!.CounterpartPlanId);
        Assert.True(second.Screening.PairMissDistanceMeters is null or > 5_000.0);
    }

    [Fact]
    public async Task Plan_Refusals_StoreNothing()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        Guid eventId = await EventAsync(database);
        string wrongObject = OemSamples.FromTle(ConjunctionSamples.Secondary, "90002", s_twoHoursBefore, 240);
        string early = OemSamples.FromTle(ConjunctionSamples.Primary, "90001", s_twoHoursBefore, 60);

        Assert.Equal(HubErrorCodes.ManeuverPlanWrongObject, (await PlanAsync(database, s_aaa, eventId, wrongObject)).Errors[0].Code);
        Assert.Equal(HubErrorCodes.ManeuverPlanDoesNotCoverTca, (await PlanAsync(database, s_aaa, eventId, early)).Errors[0].Code);
        ManeuverPlanResult invalid = await PlanAsync(database, s_aaa, eventId, "CCSDS_OEM_VERS = 2.0\nMETA_START\n");
        Assert.Equal(HubErrorCodes.ManeuverPlanInvalidContent, invalid.Errors[0].Code);
        Assert.NotEmpty(invalid.Diagnostics);
        Assert.Equal(HubErrorCodes.ConjunctionNotFound,
            (await PlanAsync(database, new Actor(Guid.NewGuid(), HubRole.Analyst, "CCC"), eventId, early)).Errors[0].Code);
        Assert.Equal(HubErrorCodes.ConjunctionNotFound, (await PlanAsync(database, s_aaa, Guid.NewGuid(), early)).Errors[0].Code);
        await using HubDbContext check = database.NewContext();
        Assert.Empty(await check.ManeuverPlans.ToListAsync(Ct));
    }

    [Fact]
    public async Task List_OwnPlansInFull_AbsentForTheOtherPartyThatMayNotIdentifyTheObject()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        Guid eventId = await EventAsync(database);
        Assert.True((await PlanAsync(database, s_aaa, eventId,
            OemSamples.FromTle(ConjunctionSamples.Primary, "90001", s_twoHoursBefore, 240, shiftSeconds: 5.0))).Success);

        ReleasedManeuverPlan own = Assert.Single((await ListAsync(database, s_aaa, eventId))!);

        Assert.True(own.Full);
        // BBB is the other party, but the record behind 90001 (AAA's, partners, no agreement) is not BBB's to see: a plan
        // naming 90001 is absent for it.
        Assert.Empty((await ListAsync(database, s_bbb, eventId))!);
        Assert.Null(await ListAsync(database, new Actor(Guid.NewGuid(), HubRole.Analyst, "CCC"), eventId));
    }

    [Fact]
    public async Task Plan_AgainstTheDemoCatalog_TakesSeconds()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        DemoCatalog demo = DemoCatalog.Generate(Epoch.FromUtc(database.Time.GetUtcNow()));
        foreach (string agency in demo.Objects.Select(o => o.OwnerCode).Distinct())
        {
            await SubmitAsync(database, new Actor(Guid.NewGuid(), HubRole.Analyst, agency), demo.WriteOmm(agency, CcsdsFormat.Kvn));
        }

        Guid eventId = await EventAsync(database);

        ManeuverPlanResult result = await PlanAsync(database, s_aaa, eventId,
            OemSamples.FromTle(ConjunctionSamples.Primary, "90001", database.Time.GetUtcNow(), 72 * 60, shiftSeconds: 5.0));

        Assert.True(result.Success);
        output.WriteLine($"plan screened against {result.Screening!.ScreenedObjects} objects over 72 h in {result.Screening.DurationMs} ms");
        Assert.True(result.Screening.ScreenedObjects > 1_500);
        Assert.InRange(result.Screening.DurationMs, 0, 10_000);
    }

    // AAA owns 90001, BBB 90002 (no agreement); one event screened from their element sets.
    private static async Task<Guid> EventAsync(HubDatabase database)
    {
        await using (HubDbContext db = database.NewContext())
        {
            foreach ((string code, int number) in new[] { ("AAA", 90001), ("BBB", 90002) })
            {
                db.Agencies.Add(new Agency { Id = Guid.NewGuid(), Code = code, Name = code, Country = "FR" });
                db.SpaceObjects.Add(new SpaceObject { Id = Guid.NewGuid(), CatalogNumber = number, Name = $"OBJECT {number}", Owner = code, Originator = code, Claim = ClaimStatus.Confirmed });
            }

            await db.SaveChangesAsync(Ct);
        }

        await SubmitAsync(database, s_aaa, ConjunctionSamples.Primary + ConjunctionSamples.Secondary);
        Assert.Equal(1, (await ScreenAsync(database, [90001, 90002])).Created);
        await using HubDbContext check = database.NewContext();
        return (await check.ConjunctionEvents.SingleAsync(Ct)).Id;
    }

    private static async Task<ManeuverPlanResult> PlanAsync(HubDatabase database, Actor actor, Guid eventId, string text)
    {
        await using HubDbContext db = database.NewContext();
        return await NewPlanService(database, db).SubmitAsync(actor, eventId, text, Ct);
    }

    private static async Task<IReadOnlyList<ReleasedManeuverPlan>?> ListAsync(HubDatabase database, Actor actor, Guid eventId)
    {
        await using HubDbContext db = database.NewContext();
        return await NewPlanService(database, db).ListAsync(actor, eventId, Ct);
    }

    private static ManeuverPlanService NewPlanService(HubDatabase database, HubDbContext db) =>
        new(db, database.NewAuditLog(db), database.Gate, database.Time, new ConjunctionScreeningOptions(),
            new NotificationOutbox(db), new ConjunctionService(db, new ReleasePolicy(db, database.Time)),
            new ReleasePolicy(db, database.Time), new CatalogOptions());

    private static async Task<ConjunctionScreeningReport> ScreenAsync(HubDatabase database, int[] catalogNumbers)
    {
        await using HubDbContext db = database.NewContext();
        var service = new ConjunctionScreeningService(db, database.NewAuditLog(db), database.Gate, database.Time, new ConjunctionScreeningOptions(),
            new NotificationOutbox(db), new CatalogOptions());
        return await service.ScreenAsync(catalogNumbers, Ct);
    }

    private static async Task SubmitAsync(HubDatabase database, Actor actor, string text, Marking marking = Marking.Partners)
    {
        await using HubDbContext db = database.NewContext();
        var service = new SubmissionService(db, database.NewAuditLog(db), database.Gate, database.Time, database.Catalog);
        SubmissionResult result = await service.SubmitAsync(new NewSubmission(text,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), "text/plain", marking, [], null), actor, Ct);
        Assert.True(result.Success, string.Join("; ", result.Errors.Select(e => e.Message)) + string.Join("; ", result.Diagnostics.Select(d => d.Message)));
    }
}
