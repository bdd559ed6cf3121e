using Concord.Astro.Conjunctions.Probability;
using Concord.Astro.Frames;
using Concord.Astro.Mathematics;

namespace Concord.Astro.Tests.Conjunctions.Probability;

public sealed class DefaultCovarianceTests
{
    private const double MetersPerKilometer = 1000.0;

    [Theory]
    [InlineData(410.0, 420.0, OrbitRegime.LeoBelow500Km)]      // ISS
    [InlineData(545.0, 555.0, OrbitRegime.Leo500To1000Km)]     // Starlink shell
    [InlineData(1175.0, 1185.0, OrbitRegime.Leo1000To2000Km)]  // OneWeb
    [InlineData(20_100.0, 20_300.0, OrbitRegime.Meo)]          // GPS
    [InlineData(35_780.0, 35_795.0, OrbitRegime.Geo)]
    [InlineData(36_100.0, 36_200.0, OrbitRegime.Geo)]          // graveyard, inside the ±1500 km band
    [InlineData(500.0, 39_800.0, OrbitRegime.Heo)]             // Molniya
    [InlineData(250.0, 35_786.0, OrbitRegime.Heo)]             // GTO
    [InlineData(-20.0, 150.0, OrbitRegime.LeoBelow500Km)]      // re-entering
    public void ClassifiesByPerigeeApogeeAndEccentricity(double perigeeKm, double apogeeKm, OrbitRegime expected)
    {
        DefaultCovariance d = DefaultCovariance.ForOrbit(perigeeKm * MetersPerKilometer, apogeeKm * MetersPerKilometer);
        Assert.Equal(expected, d.Regime);
        Assert.False(string.IsNullOrEmpty(d.RegimeName));
    }

    [Fact]
    public void CovarianceIsDiagonalInRtn()
    {
        DefaultCovariance d = DefaultCovariance.For(OrbitRegime.Leo500To1000Km);
        Matrix3x3d c = d.RtnCovarianceSquareMeters;
        Assert.Equal(d.RadialSigmaMeters * d.RadialSigmaMeters, c.M11);
        Assert.Equal(d.TransverseSigmaMeters * d.TransverseSigmaMeters, c.M22);
        Assert.Equal(d.NormalSigmaMeters * d.NormalSigmaMeters, c.M33);
        Assert.Equal(0.0, c.M12);
        Assert.Equal(0.0, c.M13);
        Assert.Equal(0.0, c.M23);
        // Along-track is the least known direction in every regime.
        foreach (OrbitRegime regime in Enum.GetValues<OrbitRegime>())
        {
            DefaultCovariance r = DefaultCovariance.For(regime);
            Assert.True(r.TransverseSigmaMeters > r.RadialSigmaMeters && r.TransverseSigmaMeters > r.NormalSigmaMeters);
        }
    }

    [Fact]
    public void ResultsFromADefaultCovarianceAreFlagged()
    {
        var primary = new CartesianState(default, ReferenceFrame.Eme2000, new Vector3d(6_928_000.0, 0.0, 0.0), new Vector3d(0.0, 7_585.0, 0.0));
        var secondary = new CartesianState(default, ReferenceFrame.Eme2000, new Vector3d(6_928_000.0, 0.0, 200.0), new Vector3d(0.0, 0.0, 7_585.0));
        Matrix3x3d fallback = DefaultCovariance.ForOrbit(540_000.0, 560_000.0).RtnCovarianceSquareMeters;
        ShortTermEncounter encounter = ShortTermEncounter.FromRtnCovariances(primary, secondary, fallback, fallback)
            with { CovarianceSource = CovarianceSource.RegimeDefault };

        CollisionProbability foster = encounter.Probability(CollisionProbabilityMethod.Foster2D, 10.0);
        Assert.True(foster.UsesDefaultCovariance);
        Assert.Equal(CovarianceSource.RegimeDefault, foster.CovarianceSource);
        Assert.True(encounter.Probability(CollisionProbabilityMethod.ScaledCovarianceMaximum, 10.0).UsesDefaultCovariance);
        MonteCarloProbability mc = encounter.MonteCarlo(10.0, new MonteCarloOptions { MaxTrials = 100_000 });
        Assert.True(mc.Probability.UsesDefaultCovariance);
        Assert.Equal(CovarianceSource.NotUsed, encounter.Probability(CollisionProbabilityMethod.AlfanoMaximum, 10.0).CovarianceSource);

        // Backward compatible: results built the old way say "supplied".
        Assert.False(new CollisionProbability(0.1, CollisionProbabilityMethod.Foster2D, false, CollisionProbabilityStatus.Ok).UsesDefaultCovariance);
    }

    [Fact]
    public void BadAltitudesAreCallerBugs()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DefaultCovariance.ForOrbit(600_000.0, 500_000.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => DefaultCovariance.ForOrbit(double.NaN, 500_000.0));
    }
}
