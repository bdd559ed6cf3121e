using System.Globalization;
using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;
using Concord.Demo;
using Concord.Formats.Ccsds.Omm;
using Concord.Hub.Catalog;
using Concord.Hub.Conjunctions;
using Concord.Hub.Release;

namespace Concord.Hub.Tests.Conjunctions;

public sealed class RadialPrefilterTests
{
    private static readonly Epoch Now = Epoch.ParseIso("2026-11-26T01:30:00Z", TimeScale.Utc, LeapSecondHandling.Reject);

    [Fact]
    public void FilteredScreening_FindsTheSameApproaches_OnTheDemoCatalog()
    {
        // A wide volume (50 km) over 6 h, so that many approaches are compared: every approach of the chosen primaries
        // found against the whole catalog is found against the pre-filtered one, and the filter drops a good share.
        DemoCatalog catalog = DemoCatalog.Generate(Now);
        var provenance = new ElementSetProvenance(Guid.NewGuid(), "AAA", Marking.Partners, [], DateTimeOffset.UnixEpoch, Guid.NewGuid);
        List<ElementSet> sets = [.. catalog.Objects.Select(o => ElementSetMapping.FromOmm(o.ToOmm(), provenance)).OrderBy(s => s.CatalogNumber)];
        var primaries = new HashSet<int>(sets.Where((_, i) => i % 53 == 0).Select(s => s.CatalogNumber).Take(RadialPrefilter.MaxPrimaries));
        const double thresholdMeters = 50_000.0;
        Epoch stop = Now + Duration.FromMinutes(360);

        List<ElementSet> kept = RadialPrefilter.Candidates(sets, primaries, Now, stop, thresholdMeters);
        string[] all = Approaches(sets, primaries, stop, thresholdMeters);
        string[] filtered = Approaches(kept, primaries, stop, thresholdMeters);

        TestContext.Current.TestOutputHelper?.WriteLine($"{primaries.Count} primaries: kept {kept.Count} of {sets.Count}; {all.Length} approaches");
        Assert.Equal(all, filtered);
        Assert.NotEmpty(all);
        Assert.True(kept.Count < sets.Count);
        Assert.All(primaries, p => Assert.Contains(kept, s => s.CatalogNumber == p));
    }

    [Fact]
    public void ManyPrimaries_KeepTheWholeCatalog()
    {
        DemoCatalog catalog = DemoCatalog.Generate(Now);
        var provenance = new ElementSetProvenance(Guid.NewGuid(), "AAA", Marking.Partners, [], DateTimeOffset.UnixEpoch, Guid.NewGuid);
        List<ElementSet> sets = [.. catalog.Objects.Select(o => ElementSetMapping.FromOmm(o.ToOmm(), provenance))];

        Assert.Same(sets, RadialPrefilter.Candidates(sets, sets.Take(RadialPrefilter.MaxPrimaries + 1).Select(s => s.CatalogNumber).ToHashSet(),
            Now, Now + Duration.FromMinutes(60), 5000.0));
        Assert.Same(sets, RadialPrefilter.Candidates(sets, new HashSet<int>(), Now, Now + Duration.FromMinutes(60), 5000.0));
    }

    private static string[] Approaches(List<ElementSet> sets, HashSet<int> primaries, Epoch stop, double thresholdMeters)
    {
        List<ScreeningObject> objects = [.. sets.Select(s => ScreeningObject.FromSgp4(s.CatalogNumber.ToString(CultureInfo.InvariantCulture),
            Sgp4Propagator.Create(OmmConverter.ToSgp4Elements(ElementSetMapping.ToOmm(s, DateTimeOffset.UnixEpoch)).Value!, Sgp4Options.Default).Propagator!))];
        ScreeningResult result = ConjunctionScreener.Screen(objects, new ScreeningOptions
        {
            Start = Now,
            Stop = stop,
            Volume = ScreeningVolume.Sphere(thresholdMeters),
            PrimaryIndices = [.. sets.Select((s, i) => (s, i)).Where(x => primaries.Contains(x.s.CatalogNumber)).Select(x => x.i)],
        });
        return [.. result.Conjunctions
            .Select(c => string.Join('-', new[] { objects[c.PrimaryIndex].Id, objects[c.SecondaryIndex].Id }.Order(StringComparer.Ordinal))
                + string.Create(CultureInfo.InvariantCulture, $"@{c.Tca}:{c.MissDistanceMeters:F3}"))
            .Order(StringComparer.Ordinal)];
    }
}
