using System.Globalization;
using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;
using Concord.Demo;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Omm;

namespace Concord.Demo.Tests;

public sealed class DemoCatalogTests
{
    private static readonly Epoch Now = Epoch.ParseIso("2026-11-26T01:30:00Z", TimeScale.Utc, LeapSecondHandling.Reject);

    // One generation shared by the read-only tests (about a second; the catalog is immutable).
    private static readonly Lazy<DemoCatalog> Catalog = new(() => DemoCatalog.Generate(Now));

    [Fact]
    public void Generate_SameNow_GivesTheSameCatalog()
    {
        DemoCatalog again = DemoCatalog.Generate(Now);

        foreach (DemoAgency agency in DemoAgencies.All)
        {
            Assert.Equal(Catalog.Value.WriteOmm(agency.Code, CcsdsFormat.Kvn), again.WriteOmm(agency.Code, CcsdsFormat.Kvn));
        }

        Assert.Equal(Catalog.Value.EngineeredConjunctions, again.EngineeredConjunctions);
    }

    [Fact]
    public void Generate_HasTheDocumentedPopulations()
    {
        DemoCatalog catalog = Catalog.Value;
        Dictionary<DemoObjectGroup, int> counts = catalog.Objects.GroupBy(o => o.Group).ToDictionary(g => g.Key, g => g.Count());
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(", ", counts.Select(c => $"{c.Key}: {c.Value}"))
            + $"; total {catalog.Objects.Length}; owners " + string.Join(", ", catalog.Objects.GroupBy(o => o.OwnerCode).Select(g => $"{g.Key}: {g.Count()}")));

        Assert.Equal(600, counts[DemoObjectGroup.Constellation]);
        Assert.Equal(42, counts[DemoObjectGroup.EarthObservation]);
        Assert.Equal(24, counts[DemoObjectGroup.Navigation]);
        Assert.Equal(60, counts[DemoObjectGroup.Geostationary]);
        Assert.Equal(1, counts[DemoObjectGroup.RocketBody]);
        Assert.InRange(counts[DemoObjectGroup.Debris], 300, 900);
        Assert.InRange(catalog.Objects.Length, 1_000, 3_000);
        Assert.Equal(catalog.Objects.Length, catalog.Objects.Select(o => o.CatalogNumber).Distinct().Count());
        Assert.All(catalog.Objects, o => Assert.InRange(o.CatalogNumber, DemoCatalog.FirstCatalogNumber, 899_999_999));
        Assert.All(catalog.Objects, o => Assert.Contains(DemoAgencies.All, a => a.Code == o.OwnerCode));
        Assert.All(catalog.Objects, o => Assert.Matches("^[0-9]{4}-[0-9]{3}[A-HJ-NP-Z]{1,3}$", o.InternationalDesignator));
        Assert.All(catalog.Objects, o => Assert.Equal(o.LaunchDate.Year.ToString(CultureInfo.InvariantCulture), o.InternationalDesignator[..4]));
        Assert.Equal(catalog.Objects.Length, catalog.Objects.Select(o => o.InternationalDesignator).Distinct().Count());
    }

    [Fact]
    public void WriteOmm_ReadsBackAsTheSameElements()
    {
        DemoCatalog catalog = Catalog.Value;
        foreach (DemoAgency agency in DemoAgencies.All)
        {
            OmmReadResult read = OmmReader.Parse(catalog.WriteOmm(agency.Code, CcsdsFormat.Csv));

            Assert.True(read.Success);
            IReadOnlyList<DemoSpaceObject> owned = catalog.ObjectsOf(agency.Code);
            Assert.Equal(owned.Count, read.Messages.Length);
            for (int i = 0; i < owned.Count; i++)
            {
                Assert.Equal(OmmConverter.ToSgp4Elements(owned[i].ToOmm()).Value, OmmConverter.ToSgp4Elements(read.Messages[i]).Value);
            }
        }
    }

    [Fact]
    public void EveryElementSet_PropagatesForSevenDays()
    {
        // SGP4 from the published OMM, every 3 hours over the week after now: no decay, no eccentricity errors.
        foreach (DemoSpaceObject o in Catalog.Value.Objects)
        {
            Sgp4Elements elements = OmmConverter.ToSgp4Elements(o.ToOmm()).Value!;
            Sgp4InitResult init = Sgp4Propagator.Create(elements, Sgp4Options.Default);
            Assert.True(init.Success, $"{o.Name} ({o.CatalogNumber}): {init.Error}");
            for (int hour = 0; hour <= 7 * 24; hour += 3)
            {
                Sgp4StateResult state = init.Propagator.PropagateTo(Now + Duration.FromMinutes(hour * 60));
                Assert.True(state.Success, $"{o.Name} ({o.CatalogNumber}) at +{hour} h: {state.Error}");
            }
        }
    }

    [Fact]
    public void EngineeredConjunctions_AreInTheirBandsAndBetweenAgencies()
    {
        DemoCatalog catalog = Catalog.Value;

        Assert.Equal(4, catalog.EngineeredConjunctions.Length);
        Assert.Contains(catalog.EngineeredConjunctions, c => c.MaximumMissMeters <= 200.0);
        foreach (DemoConjunction c in catalog.EngineeredConjunctions)
        {
            DemoSpaceObject primary = catalog.Objects.Single(o => o.CatalogNumber == c.PrimaryCatalogNumber);
            DemoSpaceObject secondary = catalog.Objects.Single(o => o.CatalogNumber == c.SecondaryCatalogNumber);
            Assert.NotEqual(primary.OwnerCode, secondary.OwnerCode);
            Assert.InRange(c.MissDistanceMeters, c.MinimumMissMeters, c.MaximumMissMeters);
            Assert.InRange((c.Tca - Now).TotalMinutes, 60.0, 72.0 * 60.0);
        }
    }

    [Theory]
    [InlineData("2025-03-20T00:00:00Z")]
    [InlineData("2026-07-01T17:42:09.5Z")]
    [InlineData("2027-12-31T23:59:59Z")]
    public void Generate_AnyNow_DesignsEveryEncounterIntoItsBand(string nowIso)
    {
        // The server generates around the wall clock, so the design must converge whatever the geometry at start-up.
        Epoch now = Epoch.ParseIso(nowIso, TimeScale.Utc, LeapSecondHandling.Reject);

        DemoCatalog catalog = DemoCatalog.Generate(now);

        Assert.Equal(4, catalog.EngineeredConjunctions.Length);
        Assert.All(catalog.EngineeredConjunctions, c => Assert.InRange(c.MissDistanceMeters, c.MinimumMissMeters, c.MaximumMissMeters));
        Assert.All(catalog.EngineeredConjunctions, c => Assert.InRange((c.Tca - now).TotalMinutes, 60.0, 72.0 * 60.0));
    }

    [Fact]
    public void Screening_FindsEveryEngineeredConjunction()
    {
        // The screener is an independent check of the design: same SGP4, its own filter and TCA refinement. The whole
        // catalog is screened against the engineered objects in an hour around each design TCA (72 h of the whole
        // catalog takes about a minute on a shared CI core); the next test covers the rest of the 72 h for each pair.
        DemoCatalog catalog = Catalog.Value;
        List<DemoSpaceObject> objects = [.. catalog.Objects];
        List<ScreeningObject> screened = [.. objects.Select(ToScreeningObject)];
        int[] primaries = [.. catalog.EngineeredConjunctions
            .SelectMany(c => new[] { c.PrimaryCatalogNumber, c.SecondaryCatalogNumber })
            .Select(n => objects.FindIndex(o => o.CatalogNumber == n)).Distinct().Order()];

        foreach (DemoConjunction expected in catalog.EngineeredConjunctions)
        {
            ScreeningResult result = ConjunctionScreener.Screen(screened, new ScreeningOptions
            {
                Start = expected.Tca - Duration.FromMinutes(30),
                Stop = expected.Tca + Duration.FromMinutes(30),
                Volume = ScreeningVolume.Sphere(5_000.0),
                PrimaryIndices = primaries,
            });

            ScreenedConjunction found = Assert.Single(result.Conjunctions, c => IsPair(c, expected));
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"{expected.Kind}: {expected.PrimaryCatalogNumber} x {expected.SecondaryCatalogNumber} TCA now+{(expected.Tca - Now).TotalMinutes / 60.0:F3} h "
                + $"miss {expected.MissDistanceMeters:F1} m, {expected.RelativeSpeedMetersPerSecond:F0} m/s; screened: TCA {(found.Tca - expected.Tca).TotalSeconds:F4} s "
                + $"from design, miss {found.MissDistanceMeters:F1} m; {result.Conjunctions.Length} approaches under 5 km in the hour");
            // TCA within 2 s and miss within 1 m: both searches minimise the same SGP4 range, to 1 ms or better.
            Assert.InRange((found.Tca - expected.Tca).TotalSeconds, -2.0, 2.0);
            Assert.InRange(found.MissDistanceMeters, expected.MinimumMissMeters, expected.MaximumMissMeters);
            Assert.Equal(expected.MissDistanceMeters, found.MissDistanceMeters, 1.0);
        }
    }

    [Fact]
    public void EngineeredPairs_MeetOnceInTheNext72Hours()
    {
        // Different periods by design: the pair does not come back within 5 km on the following revolutions.
        DemoCatalog catalog = Catalog.Value;
        foreach (DemoConjunction expected in catalog.EngineeredConjunctions)
        {
            ScreeningObject[] pair =
            [
                ToScreeningObject(catalog.Objects.Single(o => o.CatalogNumber == expected.PrimaryCatalogNumber)),
                ToScreeningObject(catalog.Objects.Single(o => o.CatalogNumber == expected.SecondaryCatalogNumber)),
            ];

            ScreeningResult result = ConjunctionScreener.Screen(pair, new ScreeningOptions
            {
                Start = Now,
                Stop = Now + Duration.FromDays(3),
                Volume = ScreeningVolume.Sphere(5_000.0),
            });

            ScreenedConjunction only = Assert.Single(result.Conjunctions);
            Assert.InRange((only.Tca - expected.Tca).TotalSeconds, -2.0, 2.0);
        }
    }

    private static bool IsPair(ScreenedConjunction c, DemoConjunction expected)
    {
        string a = expected.PrimaryCatalogNumber.ToString(CultureInfo.InvariantCulture);
        string b = expected.SecondaryCatalogNumber.ToString(CultureInfo.InvariantCulture);
        return (c.PrimaryId == a && c.SecondaryId == b) || (c.PrimaryId == b && c.SecondaryId == a);
    }

    private static ScreeningObject ToScreeningObject(DemoSpaceObject o) =>
        ScreeningObject.FromSgp4(o.CatalogNumber.ToString(CultureInfo.InvariantCulture),
            Sgp4Propagator.Create(OmmConverter.ToSgp4Elements(o.ToOmm()).Value!, Sgp4Options.Default).Propagator);
}
