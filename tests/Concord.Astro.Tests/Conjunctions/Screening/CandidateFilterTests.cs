using Concord.Astro.Conjunctions.Screening;

namespace Concord.Astro.Tests.Conjunctions.Screening;

public sealed class CandidateFilterTests
{
    // The grid and the sweep over low radius are an enumeration only: they must hand the pair tests (radial ranges,
    // balls, relative chord) every pair those tests keep. Checked against testing every pair, interval by interval, on
    // a crowded shell with eccentric objects crossing it (radial ranges of hundreds of km near perigee, wide balls) and
    // a GEO cluster, at the default step and the largest.
    [Theory]
    [InlineData(90.0, 20.0)]
    [InlineData(300.0, 5.0)]
    public void AllOnAllFindsEveryPairThePairTestsKeep(double stepSeconds, double thresholdKm)
    {
        List<ScreeningObject> objects = GeneratedOrbits.Crowded(seed: 11, shell: 400, eccentric: 25, geo: 30);
        (List<Candidate> found, List<Candidate> reference) = Compare(objects, stepSeconds, thresholdKm, isPrimary: null, intervals: 40);

        Assert.True(reference.Count > 200, $"the catalogue should give many candidate pairs, got {reference.Count}");
        Assert.Equal(reference, found);
    }

    [Fact]
    public void PrimariesModeFindsEveryPairWithAPrimaryThePairTestsKeep()
    {
        List<ScreeningObject> objects = GeneratedOrbits.Crowded(seed: 5, shell: 300, eccentric: 20, geo: 10);
        var isPrimary = new bool[objects.Count];
        foreach (int p in new[] { 0, 7, 150, 301, 305, 319, 322 })
        {
            isPrimary[p] = true; // shell objects, eccentric ones and a GEO object
        }

        (List<Candidate> found, List<Candidate> reference) = Compare(objects, 90.0, 20.0, isPrimary, intervals: 40);

        Assert.True(reference.Count > 20, $"the primaries should give candidate pairs, got {reference.Count}");
        Assert.All(reference, c => Assert.True(isPrimary[c.First] || isPrimary[c.Second]));
        Assert.Equal(reference, found);
    }

    private static (List<Candidate> Found, List<Candidate> Reference) Compare(List<ScreeningObject> objects, double stepSeconds,
        double thresholdKm, bool[]? isPrimary, int intervals)
    {
        var trajectories = new ScreeningTrajectories(objects, GeneratedOrbits.Epoch);
        double[] data = new double[(intervals + 1) * ScreeningTrajectories.Components * objects.Count];
        trajectories.Sample(0.0, stepSeconds, intervals + 1, data, threadCount: 1);

        var filter = new CandidateFilter(objects.Count, thresholdKm, isPrimary);
        var found = new List<Candidate>();
        var reference = new List<Candidate>();
        for (int k = 0; k < intervals; k++)
        {
            filter.FindCandidates(data, k, stepSeconds, k, found);
            filter.FindCandidatesTestingEveryPair(data, k, stepSeconds, k, reference);
        }

        return (Sorted(found), Sorted(reference));
    }

    private static List<Candidate> Sorted(List<Candidate> candidates) =>
        [.. candidates.OrderBy(c => c.Interval).ThenBy(c => c.First).ThenBy(c => c.Second)];
}
