using Concord.Astro.Time;
using Concord.Catalog.Samples;
using Concord.Formats.Tle;
using Concord.Hub.Catalog;
using Concord.Hub.Release;

namespace Concord.Hub.Tests.Catalog;

/// <summary><see cref="SourceDisagreement.Compute"/> on sets that differ only in mean anomaly: an offset of d km along
/// the track of a 6,730 km orbit radius is d / 6730 rad. Tolerances of ±10 % cover the chord/arc and SGP4 periodic terms.</summary>
public sealed class SourceDisagreementTests
{
    private const double OrbitRadiusKm = 6730.0;
    private static readonly Epoch s_at = Epoch.FromDayOfYear(2026, 10, 0, TimeScale.Utc);

    private static ElementSet Set(string originator, double alongTrackKm, int day = 10, int catalogNumber = 90001)
    {
        Tle tle = CatalogSamples.Set(catalogNumber, day);
        tle = tle with { MeanAnomalyDegrees = tle.MeanAnomalyDegrees + double.RadiansToDegrees(alongTrackKm / OrbitRadiusKm) };
        var provenance = new ElementSetProvenance(Guid.CreateVersion7(), originator, Marking.Public, [], DateTimeOffset.UnixEpoch, Guid.CreateVersion7);
        return ElementSetMapping.FromTle(tle, provenance);
    }

    [Fact]
    public void ThreeSources_GiveTheLargestPairAndDisagreeAboveTheThreshold()
    {
        SourceDisagreement? result = SourceDisagreement.Compute([Set("CCC", 20.0), Set("AAA", 0.0), Set("BBB", 50.0)], s_at, 10.0);

        Assert.NotNull(result);
        Assert.InRange(result.MaxKm, 45.0, 55.0);
        Assert.Equal(("AAA", "BBB", true), (result.FirstOriginator, result.SecondOriginator, result.Disagrees));
        Assert.Equal(["AAA", "BBB", "CCC"], result.Sources);
    }

    [Fact]
    public void TheNewestSetOfEachOriginatorCounts()
    {
        // AAA's older set is 50 km off; its newer one (day 10 as well, at the comparison instant) agrees with BBB.
        SourceDisagreement? result = SourceDisagreement.Compute([Set("AAA", 50.0, day: 9), Set("AAA", 1.0), Set("BBB", 0.0)], s_at, 10.0);

        Assert.NotNull(result);
        Assert.InRange(result.MaxKm, 0.9, 1.1);
        Assert.False(result.Disagrees);
    }

    [Fact]
    public void FewerThanTwoSources_IsNull()
    {
        Assert.Null(SourceDisagreement.Compute([], s_at, 10.0));
        Assert.Null(SourceDisagreement.Compute([Set("AAA", 0.0), Set("AAA", 50.0, day: 9)], s_at, 10.0));
    }

    [Fact]
    public void SetsOfTwoObjects_AreACallerBug() =>
        Assert.Throws<ArgumentException>(() => SourceDisagreement.Compute([Set("AAA", 0.0), Set("BBB", 0.0, catalogNumber: 90002)], s_at, 10.0));
}
