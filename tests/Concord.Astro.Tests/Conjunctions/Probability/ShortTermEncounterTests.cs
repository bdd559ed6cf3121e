using Concord.Astro.Conjunctions.Probability;
using Concord.Astro.Frames;
using Concord.Astro.Mathematics;

namespace Concord.Astro.Tests.Conjunctions.Probability;

public sealed class ShortTermEncounterTests
{
    private static ShortTermEncounter Crossing(Matrix3x3d covariance) => new(
        new CartesianState(default, ReferenceFrame.Eme2000, new Vector3d(7e6, 0.0, 0.0), new Vector3d(0.0, 7500.0, 0.0)),
        new CartesianState(default, ReferenceFrame.Eme2000, new Vector3d(7e6, 0.0, 30.0), new Vector3d(0.0, 0.0, 7500.0)),
        covariance, covariance);

    [Fact]
    public void CovarianceFreeBoundIgnoresAnUnusableCovariance()
    {
        ShortTermEncounter encounter = Crossing(new Matrix3x3d(-1.0, 0.0, 0.0, 0.0, -1.0, 0.0, 0.0, 0.0, -1.0));
        Assert.Equal(30.0, encounter.MissDistanceMeters, 1e-9);
        CollisionProbability bound = encounter.Probability(CollisionProbabilityMethod.AlfanoMaximum, 5.0);
        Assert.Equal(MaximumProbability.CovarianceFree(30.0, 5.0), bound);

        CollisionProbability scaled = encounter.Probability(CollisionProbabilityMethod.ScaledCovarianceMaximum, 5.0);
        Assert.Null(scaled.Value);
        Assert.True(scaled.IsUpperBound);
        Assert.Equal(CollisionProbabilityStatus.CovarianceNotPositiveDefinite, scaled.Status);
        Assert.Equal(CollisionProbabilityStatus.CovarianceNotPositiveDefinite, encounter.MonteCarlo(5.0, MonteCarloOptions.Default).Status);
    }

    [Fact]
    public void MonteCarloIsNotAClosedFormMethod()
    {
        ShortTermEncounter encounter = Crossing(Matrix3x3d.Identity * 100.0);
        Assert.Throws<ArgumentOutOfRangeException>(() => encounter.Probability(CollisionProbabilityMethod.MonteCarlo, 5.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => encounter.MonteCarlo(double.PositiveInfinity, MonteCarloOptions.Default));
    }

    // Every maximum bounds the exact value on a simple crossing; Monte Carlo agrees with it at 99.9% (z = 3.29).
    [Fact]
    public void MethodsAreConsistentOnASimpleCrossing()
    {
        ShortTermEncounter encounter = Crossing(Matrix3x3d.Identity * 200.0);
        double exact = encounter.Probability(CollisionProbabilityMethod.Foster2D, 5.0).Value!.Value;
        Assert.True(encounter.Probability(CollisionProbabilityMethod.ScaledCovarianceMaximum, 5.0).Value >= exact);
        Assert.True(encounter.Probability(CollisionProbabilityMethod.AlfriendMaximum, 5.0).Value >= exact);
        Assert.True(encounter.Probability(CollisionProbabilityMethod.AlfanoMaximum, 5.0).Value >= exact);
        (double lower, double upper) = encounter.MonteCarlo(5.0, MonteCarloOptions.Default).WilsonInterval(3.2905267314919255);
        Assert.InRange(exact, lower, upper);
    }
}
