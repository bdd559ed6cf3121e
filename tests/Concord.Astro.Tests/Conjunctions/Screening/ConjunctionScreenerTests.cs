using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Mathematics;
using Concord.Astro.Time;

namespace Concord.Astro.Tests.Conjunctions.Screening;

public sealed partial class ConjunctionScreenerTests
{
    private static ScreeningOptions Window(double days, double thresholdKm, double stepSeconds = 90) => new()
    {
        Start = GeneratedOrbits.Epoch,
        Stop = GeneratedOrbits.Epoch + Duration.FromDays(days),
        Volume = ScreeningVolume.Sphere(thresholdKm * 1000.0),
        SampleStep = Duration.FromSeconds(stepSeconds),
    };

    // Completeness and exactness against the brute-force reference of issue 4: SGP4 at every 10 s for all pairs, each
    // sampled local minimum refined. Every reference approach below the threshold must be reported with TCA within 10 ms
    // and miss distance within 1 m, and nothing else may be reported. Run at the default step and at the largest.
    [Theory]
    [InlineData(60.0)]
    [InlineData(90.0)]
    [InlineData(300.0)]
    public void FindsEveryApproachTheBruteForceReferenceFinds(double stepSeconds)
    {
        List<ScreeningObject> objects = GeneratedOrbits.Crowded(seed: 7, shell: 110, eccentric: 6, geo: 8);
        const double thresholdKm = 20.0;
        ScreeningResult result = ConjunctionScreener.Screen(objects, Window(1.0, thresholdKm, stepSeconds));
        List<BruteForceScreening.Approach> reference = BruteForceScreening.Run(objects, GeneratedOrbits.Epoch, 86400.0, thresholdKm);

        Assert.True(reference.Count > 50, $"the generated catalogue should give many approaches, got {reference.Count}");
        var reported = result.Conjunctions.ToList();
        foreach (BruteForceScreening.Approach expected in reference)
        {
            ScreenedConjunction? match = reported.FirstOrDefault(c =>
                SamePair(c, expected.First, expected.Second) && Math.Abs((c.Tca - expected.Tca).TotalSeconds) < 0.010);
            if (match is null)
            {
                // Slow pairs that stay inside the threshold between minima are one encounter: the reference's minimum
                // must then be one of that encounter's merged minima.
                Assert.True(reported.Any(c => SamePair(c, expected.First, expected.Second) && c.MergedMinima > 1),
                    $"missed {expected}; reported for the pair: {string.Join("; ", reported.Where(c => SamePair(c, expected.First, expected.Second)).Select(c => $"{c.Tca} {c.MissDistanceMeters} m x{c.MergedMinima}"))}");
                continue;
            }

            Assert.Equal(expected.MissKm * 1000.0, match.MissDistanceMeters, 1.0);
        }

        foreach (ScreenedConjunction c in reported)
        {
            Assert.True(reference.Any(r => SamePair(c, r.First, r.Second) && Math.Abs((c.Tca - r.Tca).TotalSeconds) < 0.010),
                $"not in the reference: {c.PrimaryId} {c.SecondaryId} {c.Tca} {c.MissDistanceMeters} m");
        }
    }

    [Fact]
    public void ReportsRelativeStateInThePrimaryRtnFrame()
    {
        List<ScreeningObject> objects = GeneratedOrbits.Crowded(seed: 3, shell: 80, eccentric: 0, geo: 0);
        ScreeningResult result = ConjunctionScreener.Screen(objects, Window(0.5, 20.0));
        Assert.NotEmpty(result.Conjunctions);
        foreach (ScreenedConjunction c in result.Conjunctions)
        {
            Assert.Equal(c.MissDistanceMeters, c.RelativePositionRtnMeters.Length, 1e-6);
            Assert.Equal(c.RelativeSpeedMetersPerSecond, c.RelativeVelocityRtnMetersPerSecond.Length, 1e-6);
            Vector3d miss = c.SecondaryState.PositionMeters - c.PrimaryState.PositionMeters;
            Assert.Equal(c.MissDistanceMeters, miss.Length, 1e-6);

            // At a local minimum of the range the miss vector is perpendicular to the relative velocity.
            Vector3d relativeVelocity = c.SecondaryState.VelocityMetersPerSecond - c.PrimaryState.VelocityMetersPerSecond;
            Assert.True(Math.Abs(Vector3d.Dot(miss, relativeVelocity)) < 1e-3 * miss.Length * relativeVelocity.Length);
            Assert.True(int.Parse(c.PrimaryId, System.Globalization.CultureInfo.InvariantCulture)
                < int.Parse(c.SecondaryId, System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(80L * 79 / 2, result.PairCount);
        Assert.True(result.Conjunctions.Select(c => c.Tca).SequenceEqual(result.Conjunctions.Select(c => c.Tca).Order()));
    }

    [Fact]
    public void PrimariesOnlyScreenPairsWithAPrimary()
    {
        List<ScreeningObject> objects = GeneratedOrbits.Crowded(seed: 7, shell: 110, eccentric: 6, geo: 8);
        ScreeningResult all = ConjunctionScreener.Screen(objects, Window(1.0, 20.0));
        int[] primaries = [3, 17, 42];
        ScreeningResult some = ConjunctionScreener.Screen(objects, Window(1.0, 20.0) with { PrimaryIndices = primaries });

        var expected = all.Conjunctions.Where(c => primaries.Contains(c.PrimaryIndex) || primaries.Contains(c.SecondaryIndex)).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, some.Conjunctions.Length);
        foreach (ScreenedConjunction c in some.Conjunctions)
        {
            Assert.Contains(c.PrimaryIndex, primaries);
            Assert.Contains(expected, e => e.Tca == c.Tca && e.MissDistanceMeters == c.MissDistanceMeters);
        }

        Assert.Equal((3L * (objects.Count - 3)) + 3, some.PairCount);
    }

    [Fact]
    public void FormationFlyersGiveOneEventPerEncounter()
    {
        // Two objects 100 m apart along track with slightly different eccentricities: the range oscillates every
        // orbit, never leaving the 5 km threshold.
        ScreeningObject leader = GeneratedOrbits.Object("501", GeneratedOrbits.Elements(6900.0, 0.0010, 97.5, 30.0, 90.0, 0.0));
        ScreeningObject follower = GeneratedOrbits.Object("502", GeneratedOrbits.Elements(6900.0, 0.0011, 97.5, 30.0, 90.0, 0.0008));
        ScreeningResult result = ConjunctionScreener.Screen([leader, follower], Window(2.0, 5.0));

        ScreenedConjunction only = Assert.Single(result.Conjunctions);
        Assert.True(only.MergedMinima > 20, $"{only.MergedMinima} minima merged");
    }

    [Theory]
    [InlineData("T0001", "99999", "99999")] // Alpha-5: T0001 = 270001
    [InlineData("A0000", "J0000", "A0000")] // 100000 < 180000 (I is skipped)
    [InlineData("00005", "40000", "00005")]
    public void InAllOnAllThePrimaryIsTheLowerCatalogNumber(string first, string second, string primary)
    {
        ScreeningObject a = GeneratedOrbits.Object(first, GeneratedOrbits.Elements(6900.0, 0.0010, 97.5, 30.0, 90.0, 0.0));
        ScreeningObject b = GeneratedOrbits.Object(second, GeneratedOrbits.Elements(6900.0, 0.0011, 97.5, 30.0, 90.0, 0.0008));
        ScreenedConjunction only = Assert.Single(ConjunctionScreener.Screen([a, b], Window(0.5, 5.0)).Conjunctions);
        Assert.Equal(primary, only.PrimaryId);
    }

    [Fact]
    public void ApproachesNearTheWindowEdgesAreFound()
    {
        List<ScreeningObject> objects = GeneratedOrbits.Crowded(seed: 7, shell: 110, eccentric: 6, geo: 8);
        ScreeningResult day = ConjunctionScreener.Screen(objects, Window(1.0, 20.0));
        ScreenedConjunction early = day.Conjunctions.First(c => c.Tca - GeneratedOrbits.Epoch > Duration.FromSeconds(200));

        // A window starting 3 s before one TCA and ending 3 s after another.
        ScreenedConjunction late = day.Conjunctions.Last();
        var options = Window(1.0, 20.0) with { Start = early.Tca - Duration.FromSeconds(3), Stop = late.Tca + Duration.FromSeconds(3) };
        ScreeningResult edges = ConjunctionScreener.Screen(objects, options);
        Assert.Contains(edges.Conjunctions, c => c.PrimaryId == early.PrimaryId && c.SecondaryId == early.SecondaryId
            && Math.Abs((c.Tca - early.Tca).TotalSeconds) < 1e-3);
        Assert.Contains(edges.Conjunctions, c => c.PrimaryId == late.PrimaryId && c.SecondaryId == late.SecondaryId
            && Math.Abs((c.Tca - late.Tca).TotalSeconds) < 1e-3);
        Assert.All(edges.Conjunctions, c => Assert.True(c.Tca >= options.Start && c.Tca <= options.Stop));
    }

    [Fact]
    public void DecayedObjectsAreExcludedFromTheirFailureOnAndReported()
    {
        // Perigee 120 km with a large drag term: SGP4 gives up within the day.
        ScreeningObject decaying = GeneratedOrbits.Object("900", GeneratedOrbits.Elements(6600.0, 0.02, 51.6, 0.0, 0.0, 0.0, bstar: 0.5));
        ScreeningObject other = GeneratedOrbits.Object("901", GeneratedOrbits.Elements(6600.0, 0.02, 51.6, 0.0, 0.0, 1.0));
        ScreeningResult result = ConjunctionScreener.Screen([decaying, other], Window(3.0, 5.0));

        ScreeningExclusion exclusion = Assert.Single(result.Exclusions);
        Assert.Equal("900", exclusion.Id);
        Assert.StartsWith("sgp4.error-", exclusion.Reason, StringComparison.Ordinal);
        Assert.True(exclusion.From > GeneratedOrbits.Epoch && exclusion.From < GeneratedOrbits.Epoch + Duration.FromDays(3));
        Assert.All(result.Conjunctions, c => Assert.True(c.Tca < exclusion.From));
    }

    // An ellipsoid is entered when the normalised RTN distance drops to 1 at any time around the encounter, not only at
    // the range minimum. Reference: the sphere screen (radius = largest semi-axis) with q sampled every 5 ms over
    // ±(2·semi-axis / relative speed) around each TCA.
    [Fact]
    public void EllipsoidalVolumeKeepsExactlyTheApproachesThatEnterIt()
    {
        List<ScreeningObject> objects = GeneratedOrbits.Crowded(seed: 7, shell: 110, eccentric: 6, geo: 0);
        var volume = new ScreeningVolume(2000.0, 20000.0, 10000.0);
        ScreeningResult sphere = ConjunctionScreener.Screen(objects, Window(1.0, 20.0));
        ScreeningResult ellipsoid = ConjunctionScreener.Screen(objects, Window(1.0, 20.0) with { Volume = volume });

        var expected = sphere.Conjunctions.Where(c => MinimumNormalizedDistance(objects, c, volume) <= 1.0).ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < sphere.Conjunctions.Length);
        Assert.Contains(expected, c => !volume.Contains(c.RelativePositionRtnMeters)); // entered away from the range minimum
        Assert.Equal(expected.Select(c => (c.PrimaryId, c.SecondaryId, c.Tca)), ellipsoid.Conjunctions.Select(c => (c.PrimaryId, c.SecondaryId, c.Tca)));
    }

    private static double MinimumNormalizedDistance(List<ScreeningObject> objects, ScreenedConjunction c, ScreeningVolume volume)
    {
        double half = 2.0 * volume.MaxSemiAxisMeters / c.RelativeSpeedMetersPerSecond;
        double best = double.PositiveInfinity;
        for (double dt = -half; dt <= half; dt += 0.005)
        {
            Epoch t = c.Tca + Duration.FromSeconds(dt);
            var p = objects[c.PrimaryIndex].Propagator!.PropagateTo(t);
            var s = objects[c.SecondaryIndex].Propagator!.PropagateTo(t);
            if (p.Success && s.Success)
            {
                Vector3d offset = Concord.Astro.Frames.Rtn.InertialToRtn(p.State) * (s.State.PositionMeters - p.State.PositionMeters);
                best = Math.Min(best, volume.NormalizedDistanceSquared(offset));
            }
        }

        return best;
    }

    [Fact]
    public void RejectsAnEmptyWindowAndAnOutOfRangeStep()
    {
        List<ScreeningObject> objects = GeneratedOrbits.Crowded(seed: 1, shell: 2, eccentric: 0, geo: 0);
        Assert.Throws<ArgumentException>(() => ConjunctionScreener.Screen(objects, Window(1.0, 5.0) with { Stop = GeneratedOrbits.Epoch }));
        Assert.Throws<ArgumentException>(() => ConjunctionScreener.Screen(objects, Window(1.0, 5.0, stepSeconds: 1.0)));
        Assert.Throws<ArgumentException>(() => ConjunctionScreener.Screen(objects, Window(1.0, 5.0) with { PrimaryIndices = [5] }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ScreeningVolume.Sphere(0.0));
    }

    private static bool SamePair(ScreenedConjunction c, int first, int second) =>
        (c.PrimaryIndex == first && c.SecondaryIndex == second) || (c.PrimaryIndex == second && c.SecondaryIndex == first);
}
