using System.Globalization;
using Concord.Astro.Conjunctions.Assessment;
using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Frames;
using Concord.Astro.Time;
using Concord.Hub.Catalog;
using Concord.Demo;
using Concord.Hub.Release;

namespace Concord.Hub.Tests.Conjunctions;

public sealed class ApogeePerigeeFilterTests
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
        string[] primaries = [.. sets.Where((_, i) => i % 53 == 0).Select(s => Id(s)).Take(ApogeePerigeeFilter.MaxPrimaries)];
        const double thresholdMeters = 50_000.0;
        Epoch stop = Now + Duration.FromMinutes(360);
        ConjunctionCatalog whole = Catalog(sets);

        ConjunctionCatalog kept = ApogeePerigeeFilter.Candidates(whole, primaries, Now, stop, thresholdMeters);
        string[] all = Approaches(whole, primaries, stop, thresholdMeters);
        string[] filtered = Approaches(kept, primaries, stop, thresholdMeters);

        TestContext.Current.TestOutputHelper?.WriteLine($"{primaries.Length} primaries: kept {kept.Entries.Length} of {sets.Count}; {all.Length} approaches");
        Assert.Equal(all, filtered);
        Assert.NotEmpty(all);
        Assert.True(kept.Entries.Length < sets.Count);
        Assert.All(primaries, p => Assert.Contains(kept.Entries, e => e.Id == p));
    }

    [Fact]
    public void ManyPrimaries_KeepTheWholeCatalog()
    {
        DemoCatalog catalog = DemoCatalog.Generate(Now);
        var provenance = new ElementSetProvenance(Guid.NewGuid(), "AAA", Marking.Partners, [], DateTimeOffset.UnixEpoch, Guid.NewGuid);
        List<ElementSet> sets = [.. catalog.Objects.Select(o => ElementSetMapping.FromOmm(o.ToOmm(), provenance))];

        ConjunctionCatalog whole = Catalog(sets);

        Assert.Same(whole, ApogeePerigeeFilter.Candidates(whole, [.. sets.Take(ApogeePerigeeFilter.MaxPrimaries + 1).Select(Id)],
            Now, Now + Duration.FromMinutes(60), 5000.0));
        Assert.Same(whole, ApogeePerigeeFilter.Candidates(whole, [], Now, Now + Duration.FromMinutes(60), 5000.0));
    }

    private static string Id(ElementSet set) => set.CatalogNumber.ToString(CultureInfo.InvariantCulture);

    private static ConjunctionCatalog Catalog(List<ElementSet> sets) =>
        ConjunctionCatalog.Create([.. sets.Select(s => new ConjunctionCatalogObject { Id = Id(s), Elements = ElementSetMapping.ToSgp4Elements(s) })],
            new FrameTransformer(EarthOrientationParameters.Zero));

    private static string[] Approaches(ConjunctionCatalog catalog, string[] primaries, Epoch stop, double thresholdMeters)
    {
        ScreeningResult result = catalog.Screen(new ScreeningOptions
        {
            Start = Now,
            Stop = stop,
            Volume = ScreeningVolume.Sphere(thresholdMeters),
            PrimaryIndices = [.. primaries.SelectMany(catalog.IndicesOf)],
        });
        return [.. result.Conjunctions
            .Select(c => string.Join('-', new[] { c.PrimaryId, c.SecondaryId }.Order(StringComparer.Ordinal))
                + string.Create(CultureInfo.InvariantCulture, $"@{c.Tca}:{c.MissDistanceMeters:F3}"))
            .Order(StringComparer.Ordinal)];
    }
}
