using Concord.Astro.Conjunctions.Assessment;
using Concord.Astro.Conjunctions.Probability;
using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Orbits;

namespace Concord.Astro.Tests.Conjunctions.Assessment;

public sealed class ConjunctionAssessorTests
{
    private static readonly ConjunctionAssessmentOptions s_foster = new() { HardBodyRadiusMeters = 20.0 };

    [Fact]
    public void InsideTheEphemeris_ItsCovarianceIsUsed_AndTheSetObjectGetsTheRegimeDefault()
    {
        ConjunctionCatalog catalog = EngineScene.Catalog();
        ScreenedConjunction c = Inside(catalog);

        AssessedConjunction assessed = ConjunctionAssessor.Assess(c, catalog, s_foster);

        AssessedObject b = assessed.Primary.Id == "2" ? assessed.Primary : assessed.Secondary;
        AssessedObject a = assessed.Primary.Id == "1" ? assessed.Primary : assessed.Secondary;
        Assert.Equal((TrajectorySource.Ephemeris, CovarianceSource.Supplied), (b.Source, b.CovarianceSource));
        Assert.Equal(EngineScene.Covariance, b.RtnCovariance);
        Assert.Equal((TrajectorySource.ElementSet, CovarianceSource.RegimeDefault), (a.Source, a.CovarianceSource));
        Assert.Equal(RtnCovariance.FromPositionBlock(ConjunctionAssessor.DefaultCovarianceOf(EngineScene.A, c.PrimaryState).RtnCovarianceSquareMeters),
            a.RtnCovariance);
        Assert.Equal("foster+default-cov", assessed.MethodName);
        Assert.Equal(CollisionProbabilityMethod.Foster2D, assessed.Probability.Method);
        Assert.Equal(CollisionProbabilityStatus.Ok, assessed.Probability.Status);
        Assert.Equal(assessed.Probability.Value, assessed.Pc);
        Assert.Equal((c.Tca, c.MissDistanceMeters), (assessed.Tca, assessed.MissDistanceMeters));
    }

    [Fact]
    public void TheDefaultRegime_ComesFromTheMeanElements_NotFromTheState()
    {
        // A state inclined 45° at 1300 km altitude would be the cell "circular, 800-25 000 km, 30-60°"; the mean elements
        // (a = 7000 km, e = 0.001: perigee about 615 km above the WGS 84 equator; equatorial) decide, as the hub always did.
        double speed = 7_210.0;
        double tilt = double.DegreesToRadians(45.0);
        var low = new CartesianState(EngineScene.WindowStart, ReferenceFrame.Teme, new Vector3d(7_678_137.0, 0.0, 0.0),
            new Vector3d(0.0, speed * Math.Cos(tilt), speed * Math.Sin(tilt)));
        Assert.Equal("flohrer2008-t2-circular-hp-800-25000km-i-30-60deg", DefaultCovariance.ForState(low).Cell);

        DefaultCovariance regime = ConjunctionAssessor.DefaultCovarianceOf(EngineScene.A, low);

        Assert.Equal("flohrer2008-t2-circular-hp-lt-800km-i-lt-30deg", regime.Cell);
        Assert.Equal(DefaultCovariance.ForState(low), ConjunctionAssessor.DefaultCovarianceOf(null, low));
    }

    [Fact]
    public void AlfanoMaximum_UsesNoCovariance_AndBoundsFoster()
    {
        ConjunctionCatalog catalog = EngineScene.Catalog();
        ScreenedConjunction c = Inside(catalog);

        AssessedConjunction maximum = ConjunctionAssessor.Assess(c, catalog, s_foster with { Method = CollisionProbabilityMethod.AlfanoMaximum });
        AssessedConjunction foster = ConjunctionAssessor.Assess(c, catalog, s_foster);

        Assert.Equal("alfano-max", maximum.MethodName);
        Assert.Equal(CovarianceSource.NotUsed, maximum.Primary.CovarianceSource);
        Assert.True(maximum.Primary.RtnCovariance.IsDefault);
        Assert.True(maximum.Pc >= foster.Pc);
    }

    [Fact]
    public void Swap_ExchangesTheObjects_AndTwiceIsTheIdentityUpToRounding()
    {
        ScreenedConjunction c = Inside(EngineScene.Catalog());

        ScreenedConjunction swapped = ConjunctionAssessor.Swap(c);
        ScreenedConjunction back = ConjunctionAssessor.Swap(swapped);

        Assert.Equal((c.SecondaryIndex, c.PrimaryIndex, c.SecondaryId, c.PrimaryState), (swapped.PrimaryIndex, swapped.SecondaryIndex,
            swapped.PrimaryId, swapped.SecondaryState));
        Assert.Equal(c.RelativePositionRtnMeters.Length, swapped.RelativePositionRtnMeters.Length, 1e-6);
        Assert.Equal((c.PrimaryIndex, c.PrimaryState), (back.PrimaryIndex, back.PrimaryState));
    }

    [Fact]
    public void ANegativeHardBodyRadius_IsACallerBug()
    {
        ConjunctionCatalog catalog = EngineScene.Catalog();
        ScreenedConjunction c = Inside(catalog);

        Assert.Throws<ArgumentOutOfRangeException>(() => ConjunctionAssessor.Assess(c, catalog, s_foster with { HardBodyRadiusMeters = -1.0 }));
    }

    private static ScreenedConjunction Inside(ConjunctionCatalog catalog) => Assert.Single(EngineScene.Screen(catalog).Conjunctions,
        c => c.Tca >= EngineScene.EphemerisStart && c.Tca <= EngineScene.EphemerisStop);
}
