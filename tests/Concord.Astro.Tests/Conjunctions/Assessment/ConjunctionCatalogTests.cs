using Concord.Astro.Conjunctions.Assessment;
using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Tests.Conjunctions.Screening;

namespace Concord.Astro.Tests.Conjunctions.Assessment;

public sealed class ConjunctionCatalogTests
{
    [Fact]
    public void AnObjectWithASetAndAnEphemeris_HasBothEntries_SetsFirst()
    {
        ConjunctionCatalog catalog = EngineScene.Catalog();

        Assert.Equal([("1", TrajectorySource.ElementSet), ("2", TrajectorySource.ElementSet), ("2", TrajectorySource.Ephemeris)],
            catalog.Entries.Select(e => (e.Id, e.Source)));
        Assert.Equal(2, catalog.ObjectCount);
        Assert.Equal([1, 2], catalog.IndicesOf("2"));
        Assert.Same(EngineScene.B, catalog.Entries[2].Elements); // the set still gives the ephemeris entry its regime
        Assert.Empty(catalog.Rejections);
    }

    [Fact]
    public void TheEphemerisSpeaksInsideItsUseableInterval_TheElementSetOutsideIt()
    {
        ConjunctionCatalog catalog = EngineScene.Catalog();

        ScreeningResult result = EngineScene.Screen(catalog);

        Assert.NotEmpty(result.Conjunctions);
        Assert.Contains(result.Conjunctions, c => Inside(c));
        Assert.Contains(result.Conjunctions, c => !Inside(c));
        foreach (ScreenedConjunction c in result.Conjunctions)
        {
            ConjunctionCatalogEntry p = catalog.Entries[c.PrimaryIndex], s = catalog.Entries[c.SecondaryIndex];
            Assert.NotEqual(p.Id, s.Id);
            ConjunctionCatalogEntry b = p.Id == "2" ? p : s;
            Assert.Equal(Inside(c) ? TrajectorySource.Ephemeris : TrajectorySource.ElementSet, b.Source);
        }

        static bool Inside(ScreenedConjunction c) => c.Tca >= EngineScene.EphemerisStart && c.Tca <= EngineScene.EphemerisStop;
    }

    [Fact]
    public void Keeps_DropsTheSetInsideTheInterval_AndAnObjectWithItself()
    {
        ConjunctionCatalog catalog = EngineScene.Catalog();
        ScreenedConjunction found = Assert.Single(EngineScene.Screen(catalog).Conjunctions,
            c => c.Tca >= EngineScene.EphemerisStart && c.Tca <= EngineScene.EphemerisStop);
        int a = catalog.IndicesOf("1").Single();

        Assert.True(catalog.Keeps(found with { PrimaryIndex = a, SecondaryIndex = 2 }));
        Assert.False(catalog.Keeps(found with { PrimaryIndex = a, SecondaryIndex = 1 }));
        Assert.False(catalog.Keeps(found with { PrimaryIndex = 1, SecondaryIndex = 2 }));
        Assert.True(catalog.Keeps(found with { PrimaryIndex = a, SecondaryIndex = 1, Tca = EngineScene.EphemerisStop + Concord.Astro.Time.Duration.FromSeconds(1) }));
    }

    [Fact]
    public void AReplacement_IsTheOnlyTrajectory_AndARefusedSetIsRejected()
    {
        Sgp4Elements refused = EngineScene.A with { Eccentricity = 1.5 };
        ConjunctionCatalog catalog = ConjunctionCatalog.Create(
        [
            new ConjunctionCatalogObject { Id = "1", Elements = refused },
            new ConjunctionCatalogObject { Id = "2", Elements = EngineScene.B, Ephemeris = EngineScene.EphemerisOfB(), Replacement = EngineScene.EphemerisOfB() },
        ], EngineScene.Frames);

        ConjunctionCatalogEntry only = Assert.Single(catalog.Entries);
        Assert.Equal(("2", TrajectorySource.Replacement), (only.Id, only.Source));
        Assert.Null(only.Elements);
        ConjunctionCatalogRejection rejection = Assert.Single(catalog.Rejections);
        Assert.Equal(("1", 0), (rejection.Id, rejection.ObjectIndex));
        Assert.NotEqual(Sgp4Error.None, rejection.Error);
    }

    [Fact]
    public void TheSameIdTwice_IsACallerBug()
    {
        Assert.Throws<ArgumentException>(() => ConjunctionCatalog.Create(
            [new ConjunctionCatalogObject { Id = "1", Elements = EngineScene.A }, new ConjunctionCatalogObject { Id = "1", Elements = EngineScene.B }],
            EngineScene.Frames));
    }

    [Fact]
    public void Near_KeepsOnlyObjectsWhoseBandMeetsTheObjects()
    {
        Sgp4Elements geo = GeneratedOrbits.Elements(42_164.0, 0.0001, 0.1, 0.0, 0.0, 0.0);
        ConjunctionCatalog catalog = ConjunctionCatalog.Create(
        [
            new ConjunctionCatalogObject { Id = "1", Elements = EngineScene.A },
            new ConjunctionCatalogObject { Id = "2", Elements = EngineScene.B },
            new ConjunctionCatalogObject { Id = "3", Elements = geo },
        ], EngineScene.Frames);

        Assert.Equal(["1", "2"], ApogeePerigeeFilter.Near(catalog, "1", 50_000.0).Entries.Select(e => e.Id));
        Assert.Equal(["1", "2"], ApogeePerigeeFilter.Candidates(catalog, ["1"], EngineScene.WindowStart, EngineScene.WindowStop, 5000.0)
            .Entries.Select(e => e.Id));
    }
}
