using Concord.Astro.Conjunctions.Assessment;
using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Ephemerides;
using Concord.Astro.Time;
using Concord.Conjunctions.Samples;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Cdm;
using Concord.Hub.Catalog;
using Concord.Hub.Conjunctions;
using Concord.Hub.ManeuverPlans;
using Concord.Hub.Storage;
using Concord.Hub.Tests.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Concord.Hub.Tests.Conjunctions;

/// <summary>Typed storage: ephemerides and plans as <see cref="EphemerisBlob"/>s equal to what the archived text reads
/// back to, CDMs built on request equal to what the hub stored before, and the upgrade of rows stored before.</summary>
public sealed partial class ConjunctionEphemerisAndPlanTests
{
    private const string MigrationBeforeTypedStorage = "20261207153314_ApiKeyExpiryUsageAndWebSessions";

    [Theory]
    [InlineData("TEME", null)]
    [InlineData("EME2000", "INTERPOLATION = HERMITE\nINTERPOLATION_DEGREE = 7\n")]
    [InlineData("GCRF", "INTERPOLATION = LAGRANGE\nINTERPOLATION_DEGREE = 3\n")]
    public async Task Submit_StoresTheTypedEphemeris_BitForBitTheOneTheArchivedTextReadsBackTo(string frame, string? interpolation)
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        string oem = OemSamples.FromTle(ConjunctionSamples.Secondary, "90002", s_twoHoursBefore, 240, withCovariance: true)
            .Replace("REF_FRAME = TEME", "REF_FRAME = " + frame, StringComparison.Ordinal)
            .Replace("META_STOP", interpolation + "META_STOP", StringComparison.Ordinal);
        await SubmitAsync(database, s_bbb, oem);

        await using HubDbContext check = database.NewContext();
        EphemerisSegment segment = await check.EphemerisSegments.SingleAsync(Ct);
        Assert.True(segment.TrajectoryConverted);
        Ephemeris typed = EphemerisBlob.Decode(segment.Trajectory!);
        Ephemeris fromText = ScreeningCatalog.ToEphemeris(segment.Text)!;
        EphemerisAssert.Identical(fromText, typed);
        Assert.NotEmpty(typed.Covariances);
    }

    [Fact]
    public async Task Submit_AnEarthFixedEphemeris_StoresNoTypedEphemeris_AsScreeningNeverUsedIt()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await SubmitAsync(database, s_bbb, OemSamples.FromTle(ConjunctionSamples.Secondary, "90002", s_twoHoursBefore, 240)
            .Replace("REF_FRAME = TEME", "REF_FRAME = ITRF2014", StringComparison.Ordinal));

        await using HubDbContext check = database.NewContext();
        EphemerisSegment segment = await check.EphemerisSegments.SingleAsync(Ct);
        Assert.Equal((true, null), (segment.TrajectoryConverted, segment.Trajectory));
        Assert.Null(ScreeningCatalog.ToEphemeris(segment.Text));
    }

    [Fact]
    public async Task Plan_StoresTheTypedEphemeris_BitForBitTheOneItsOemReadsBackTo()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        Guid eventId = await EventAsync(database);

        ManeuverPlanResult result = await PlanAsync(database, s_aaa, eventId,
            OemSamples.FromTle(ConjunctionSamples.Primary, "90001", s_twoHoursBefore, 240, shiftSeconds: 5.0, withCovariance: true));

        Assert.True(result.Success, string.Join("; ", result.Errors.Select(e => e.Message)));
        await using HubDbContext check = database.NewContext();
        ManeuverPlan plan = await check.ManeuverPlans.SingleAsync(Ct);
        EphemerisAssert.Identical(ScreeningCatalog.ToEphemeris(plan.OemKvn)!, EphemerisBlob.Decode(plan.Trajectory!));
    }

    [Fact]
    public async Task Cdm_BuiltOnRequest_IsTheTextTheHubStoredBefore_ForTheSameScreening()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await SubmitAsync(database, s_aaa, ConjunctionSamples.Primary);
        await SubmitAsync(database, s_bbb, OemSamples.FromTle(ConjunctionSamples.Secondary, "90002", s_twoHoursBefore, 240, withCovariance: true));
        Assert.Equal(1, (await ScreenAsync(database, [90002])).Created);

        await using HubDbContext check = database.NewContext();
        ConjunctionEvent stored = await check.ConjunctionEvents.Include(e => e.Updates).SingleAsync(Ct);
        ConjunctionUpdate update = Assert.Single(stored.Updates);
        Assert.Null(update.CdmKvn);
        (Cdm message, string kvn) = ConjunctionUpdateCdm.Write(stored, update)!.Value;

        Assert.Equal(await CdmAsTheHubStoredItAsync(database, check, [90002], update.Id), kvn);
        // The XML is written from the same message: it is what reading the KVN back and writing XML gave before.
        Assert.Equal(CdmWriter.Write(Assert.Single(CdmReader.Parse(kvn).Messages), CcsdsFormat.Xml).Text, CdmWriter.Write(message, CcsdsFormat.Xml).Text);
    }

    [Fact]
    public async Task Upgrade_OfADatabaseAtThePreviousMigration_FillsTheTypedColumnsFromTheText_Once()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        Guid eventId = await EventAsync(database);
        string legacyCdm;
        await using (HubDbContext db = database.NewContext())
        {
            ConjunctionEvent e = await db.ConjunctionEvents.Include(x => x.Updates).SingleAsync(Ct);
            legacyCdm = await CdmAsTheHubStoredItAsync(database, db, [90001, 90002], Assert.Single(e.Updates).Id);
        }

        await SubmitAsync(database, s_bbb, OemSamples.FromTle(ConjunctionSamples.Secondary, "90002", s_twoHoursBefore, 240, withCovariance: true));
        ManeuverPlanResult plan = await PlanAsync(database, s_aaa, eventId,
            OemSamples.FromTle(ConjunctionSamples.Primary, "90001", s_twoHoursBefore, 240, shiftSeconds: 5.0));
        Assert.True(plan.Success);
        byte[] segmentTrajectory, planTrajectory;
        await using (HubDbContext db = database.NewContext())
        {
            segmentTrajectory = (await db.EphemerisSegments.SingleAsync(Ct)).Trajectory!;
            planTrajectory = (await db.ManeuverPlans.SingleAsync(Ct)).Trajectory!;

            // Back to the schema before typed storage (its columns dropped), the CDM text stored as hubs then did, and up again.
            IMigrator migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(MigrationBeforeTypedStorage, Ct);
            Assert.Equal(1, await db.Database.ExecuteSqlAsync($"UPDATE conjunction_updates SET \"CdmKvn\" = {legacyCdm}", Ct));
            await migrator.MigrateAsync(cancellationToken: Ct);
        }

        await using (HubDbContext db = database.NewContext())
        {
            Assert.False((await db.EphemerisSegments.SingleAsync(Ct)).TrajectoryConverted);
            Assert.Null((await db.ManeuverPlans.SingleAsync(Ct)).Trajectory);
            Assert.Null((await db.ConjunctionUpdates.SingleAsync(Ct)).Assessment);

            Assert.Equal(new TypedStorageUpgradeReport(1, 1, 1), await new TypedStorageUpgrade(db, database.Gate).RunAsync(Ct));
            Assert.Equal(new TypedStorageUpgradeReport(0, 0, 0), await new TypedStorageUpgrade(db, database.Gate).RunAsync(Ct));
        }

        await using HubDbContext check = database.NewContext();
        Assert.Equal(segmentTrajectory, (await check.EphemerisSegments.SingleAsync(Ct)).Trajectory);
        Assert.Equal(planTrajectory, (await check.ManeuverPlans.SingleAsync(Ct)).Trajectory);
        ConjunctionEvent upgraded = await check.ConjunctionEvents.Include(x => x.Updates).SingleAsync(Ct);
        ConjunctionUpdate update = Assert.Single(upgraded.Updates);
        Assert.Equal(legacyCdm, update.CdmKvn); // kept as the archive
        Cdm rebuilt = Assert.Single(CdmReader.Parse(ConjunctionUpdateCdm.Write(upgraded, update)!.Value.Kvn).Messages);
        Cdm original = Assert.Single(CdmReader.Parse(legacyCdm).Messages);
        // The states went EME2000 km -> TEME m -> EME2000 km: equal to well below a millimetre; everything else exactly.
        Assert.Equal(original with { Object1 = rebuilt.Object1, Object2 = rebuilt.Object2 }, rebuilt);
        Assert.Equal(original.Object1.Metadata, rebuilt.Object1.Metadata);
        Assert.Equal(original.Object2.Data.RtnCovariance, rebuilt.Object2.Data.RtnCovariance);
        Assert.Equal(original.Object1.Data.StateVector.XKilometers, rebuilt.Object1.Data.StateVector.XKilometers, 1e-9);
        Assert.Equal(original.Object2.Data.StateVector.ZDotKilometersPerSecond, rebuilt.Object2.Data.StateVector.ZDotKilometersPerSecond, 1e-12);
    }

    [Fact]
    public void Upgrade_OfAnUnreadableCdm_LeavesTheUpdateWithoutOne()
    {
        Assert.Null(TypedStorageUpgrade.FromCdm("CCSDS_CDM_VERS = 1.0\n"));
    }

    // The CDM text the hub stored with an update before typed storage: the same screening run again (same clock, same
    // catalogue, the engine is deterministic), assessed, and written by the code the screening service then ran.
    private static async Task<string> CdmAsTheHubStoredItAsync(HubDatabase database, HubDbContext db, int[] primaries, Guid updateId)
    {
        var options = new ConjunctionScreeningOptions();
        Epoch start = Epoch.FromUtc(Concord.Hub.Audit.AuditHasher.TruncateToMicroseconds(database.Time.GetUtcNow()));
        Epoch stop = start + Duration.FromMinutes(options.WindowHours * 60.0);
        ScreeningCatalog catalog = (await ScreeningCatalog.LoadAsync(db, start, stop, ScreeningSourceRules.From(new CatalogOptions(), start), null, Ct))
            .Candidates(primaries, start, stop, options.ThresholdMeters);
        ScreenedConjunction screened = Assert.Single(catalog.Screen(primaries, start, stop, options.ThresholdMeters));
        ScreeningCatalogEntry a = catalog.Entries[screened.PrimaryIndex], b = catalog.Entries[screened.SecondaryIndex];
        ScreenedConjunction conjunction = a.CatalogNumber < b.CatalogNumber ? screened : ConjunctionAssessor.Swap(screened);
        AssessedConjunction assessed = ConjunctionAssessor.Assess(conjunction, catalog.Engine,
            new ConjunctionAssessmentOptions { HardBodyRadiusMeters = options.HardBodyRadiusMeters });
        var cdmOptions = new ConjunctionCdmOptions
        {
            CreationDate = start,
            MessageId = $"CONCORD-{updateId:D}",
            ScreenStart = start,
            ScreenStop = stop,
            Volume = ScreeningVolume.Sphere(options.ThresholdMeters),
            Frames = catalog.Frames,
        };
        return CdmWriter.Write(AssessedConjunctionCdm.Build(assessed, cdmOptions, catalog.Entries[conjunction.PrimaryIndex].Info,
            catalog.Entries[conjunction.SecondaryIndex].Info), CcsdsFormat.Kvn).Text!;
    }
}
