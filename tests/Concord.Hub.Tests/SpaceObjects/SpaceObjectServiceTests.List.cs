using Concord.Hub.Agencies;
using Concord.Hub.SpaceObjects;
using Concord.Hub.Storage;

namespace Concord.Hub.Tests.SpaceObjects;

public sealed partial class SpaceObjectServiceTests
{
    [Fact]
    public async Task List_PagesOverReleasedObjectsOnly_WithoutSkippingAny()
    {
        await using HubDatabase database = await CreateWithAgenciesAsync();
        // 250 objects, every third one restricted to CCC: B's pages must skip them and still fill up.
        for (int n = 1; n <= 250; n++)
        {
            SpaceObjectRegistration registration = Registration(n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await RegisterAsync(database, n % 3 == 0 ? registration with { Marking = "restricted", RelTo = ["CCC"] } : registration, s_analystA);
        }

        await using HubDbContext db = database.NewContext();
        SpaceObjectService service = NewService(database, db);
        var seen = new List<int>();
        int after = 0;
        while (true)
        {
            IReadOnlyList<SpaceObject> page = await service.ListAsync(new SpaceObjectQuery(AfterCatalogNumber: after, Limit: 70), s_analystB, Ct);
            seen.AddRange(page.Select(o => o.CatalogNumber));
            if (page.Count < 70)
            {
                break;
            }

            after = page[^1].CatalogNumber;
        }

        Assert.Equal(Enumerable.Range(1, 250).Where(n => n % 3 != 0), seen);
        Assert.Equal(250, (await service.ListAsync(new SpaceObjectQuery(Limit: 1000), s_analystA, Ct)).Count);
    }

    [Fact]
    public async Task List_FiltersInTheDatabase_AgreeWithTheDerivedRegime()
    {
        await using HubDatabase database = await CreateWithAgenciesAsync();
        (string NoradId, double? Perigee, double? Apogee, double? Period, SpaceObjectRegime? Regime)[] orbits =
        [
            ("1", 400.0, 420.0, null, SpaceObjectRegime.Leo),
            ("2", 20_180.0, 20_200.0, null, SpaceObjectRegime.Meo),
            ("3", 35_780.0, 35_790.0, null, SpaceObjectRegime.Geo),
            ("4", 250.0, 35_786.0, null, SpaceObjectRegime.Heo),
            ("5", null, null, 95.0, SpaceObjectRegime.Leo),
            ("6", null, null, 1436.1, SpaceObjectRegime.Geo),
            ("7", null, null, null, null),
        ];
        foreach (var orbit in orbits)
        {
            await RegisterAsync(database, new SpaceObjectRegistration(orbit.NoradId, $"Sat-{orbit.NoradId}", orbit.NoradId == "7" ? "BBB" : "AAA",
                PerigeeKilometers: orbit.Perigee, ApogeeKilometers: orbit.Apogee, NodalPeriodMinutes: orbit.Period, Marking: "public"), s_hubAdmin);
        }

        await using HubDbContext db = database.NewContext();
        SpaceObjectService service = NewService(database, db);
        foreach (SpaceObjectRegime regime in Enum.GetValues<SpaceObjectRegime>())
        {
            IReadOnlyList<SpaceObject> listed = await service.ListAsync(new SpaceObjectQuery(Regime: regime), s_analystA, Ct);
            Assert.Equal(orbits.Where(o => o.Regime == regime).Select(o => o.NoradId), listed.Select(o => o.CatalogNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.All(listed, o => Assert.Equal(regime, SpaceObjectRegimes.Classify(o)));
        }

        Assert.Equal([7], (await service.ListAsync(new SpaceObjectQuery(Owner: "BBB"), s_analystA, Ct)).Select(o => o.CatalogNumber));
        Assert.Equal([3], (await service.ListAsync(new SpaceObjectQuery(NameContains: "sAT-3"), s_analystA, Ct)).Select(o => o.CatalogNumber));
        Assert.Empty(await service.ListAsync(new SpaceObjectQuery(Status: SpaceObjectStatus.Decayed), s_analystA, Ct));
        Assert.Equal(7, (await service.ListAsync(new SpaceObjectQuery(Status: SpaceObjectStatus.Unknown), s_analystA, Ct)).Count);
    }
}
