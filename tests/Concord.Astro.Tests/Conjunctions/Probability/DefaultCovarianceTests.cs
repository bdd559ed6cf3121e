using Concord.Astro.Conjunctions.Probability;
using Concord.Astro.Frames;
using Concord.Astro.Mathematics;

namespace Concord.Astro.Tests.Conjunctions.Probability;

public sealed class DefaultCovarianceTests
{
    private const double MetersPerKilometer = 1000.0;

    // Orbits and the Flohrer et al. (AMOS 2008) Table 2 cell (or Table 1 regime) each falls in: perigee, apogee, inclination.
    [Theory]
    [InlineData(416.0, 426.0, 51.6, "flohrer2008-t2-circular-hp-lt-800km-i-30-60deg", 107.0, 308.0, 169.0)]        // ISS
    [InlineData(620.0, 622.0, 97.9, "flohrer2008-t2-circular-hp-lt-800km-i-ge-60deg", 115.0, 517.0, 137.0)]        // sun-synchronous
    [InlineData(540.0, 560.0, 0.0, "flohrer2008-t2-circular-hp-lt-800km-i-lt-30deg", 67.0, 118.0, 75.0)]
    [InlineData(1175.0, 1185.0, 87.9, "flohrer2008-t2-circular-hp-800-25000km-i-ge-60deg", 91.0, 428.0, 114.0)]    // OneWeb
    [InlineData(19_870.0, 20_495.0, 54.8, "flohrer2008-t2-circular-hp-800-25000km-i-30-60deg", 71.0, 228.0, 95.0)] // GPS
    [InlineData(35_780.0, 35_795.0, 0.02, "flohrer2008-t2-circular-hp-ge-25000km-i-lt-30deg", 357.0, 432.0, 83.0)] // GEO
    [InlineData(600.0, 39_750.0, 63.4, "flohrer2008-t2-eccentric-hp-lt-800km-i-ge-60deg", 494.0, 814.0, 1337.0)]   // Molniya
    [InlineData(250.0, 35_786.0, 28.0, "flohrer2008-t2-eccentric-hp-lt-800km-i-lt-30deg", 2252.0, 4270.0, 1421.0)] // GTO
    [InlineData(-20.0, 150.0, 51.6, "flohrer2008-t2-circular-hp-lt-800km-i-30-60deg", 107.0, 308.0, 169.0)]        // re-entering
    [InlineData(30_000.0, 30_100.0, 45.0, "flohrer2008-t1-meo", 73.0, 131.0, 54.0)]      // no Table 2 cell: Table 1 MEO
    [InlineData(35_780.0, 35_795.0, 70.0, "flohrer2008-t1-geo", 359.0, 432.0, 86.0)]    // no Table 2 cell: Table 1 GEO
    [InlineData(26_000.0, 80_000.0, 63.4, "flohrer2008-t1-heo", 824.0, 1367.0, 1059.0)] // no Table 2 cell: Table 1 HEO
    public void LooksUpTheCellByEccentricityPerigeeAndInclination(double perigeeKm, double apogeeKm, double inclinationDeg, string cell,
        double radial, double transverse, double normal)
    {
        DefaultCovariance d = DefaultCovariance.ForOrbit(perigeeKm * MetersPerKilometer, apogeeKm * MetersPerKilometer, double.DegreesToRadians(inclinationDeg));

        Assert.Equal(new DefaultCovariance(cell, radial, transverse, normal), d);
    }

    [Theory]
    [InlineData(799.999, 800.0, 30.0, "flohrer2008-t2-circular-hp-lt-800km-i-30-60deg")]
    [InlineData(800.0, 810.0, 29.999, "flohrer2008-t2-circular-hp-800-25000km-i-lt-30deg")]
    [InlineData(800.0, 810.0, 60.0, "flohrer2008-t2-circular-hp-800-25000km-i-ge-60deg")]
    [InlineData(25_000.0, 25_010.0, 10.0, "flohrer2008-t2-circular-hp-ge-25000km-i-lt-30deg")]
    public void AValueOnABinEdge_FallsInTheUpperBin(double perigeeKm, double apogeeKm, double inclinationDeg, string cell)
    {
        Assert.Equal(cell, DefaultCovariance.ForOrbit(perigeeKm * MetersPerKilometer, apogeeKm * MetersPerKilometer, double.DegreesToRadians(inclinationDeg)).Cell);
    }

    [Fact]
    public void EccentricityTenPercent_IsEccentric()
    {
        // rₐ/rₚ = 1.1/0.9: e = 0.1 exactly.
        const double rp = 9_000_000.0, ra = 11_000_000.0;
        const double re = 6_378_137.0;
        Assert.StartsWith("flohrer2008-t2-eccentric-", DefaultCovariance.ForOrbit(rp - re, ra - re, 0.5).Cell, StringComparison.Ordinal);
        Assert.StartsWith("flohrer2008-t2-circular-", DefaultCovariance.ForOrbit(rp - re, ra - re - 1000.0, 0.5).Cell, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(400.0, 1_500.0, OrbitRegime.Leo)]
    [InlineData(20_000.0, 20_400.0, OrbitRegime.Meo)]
    [InlineData(250.0, 35_786.0, OrbitRegime.Gto)]
    [InlineData(35_000.0, 36_500.0, OrbitRegime.Geo)]
    [InlineData(500.0, 20_000.0, OrbitRegime.Heo)]
    [InlineData(36_000.0, 40_000.0, OrbitRegime.Heo)]
    public void Table1Regimes(double perigeeKm, double apogeeKm, OrbitRegime expected)
    {
        Assert.Equal(expected, DefaultCovariance.Classify(perigeeKm * MetersPerKilometer, apogeeKm * MetersPerKilometer));
    }

    [Fact]
    public void CovarianceIsDiagonalInRtn()
    {
        DefaultCovariance d = DefaultCovariance.For(OrbitRegime.Leo);
        Matrix3x3d c = d.RtnCovarianceSquareMeters;
        Assert.Equal(d.RadialSigmaMeters * d.RadialSigmaMeters, c.M11);
        Assert.Equal(d.TransverseSigmaMeters * d.TransverseSigmaMeters, c.M22);
        Assert.Equal(d.NormalSigmaMeters * d.NormalSigmaMeters, c.M33);
        Assert.Equal(0.0, c.M12);
        Assert.Equal(0.0, c.M13);
        Assert.Equal(0.0, c.M23);
    }

    [Fact]
    public void ResultsFromADefaultCovarianceAreFlagged()
    {
        var primary = new CartesianState(default, ReferenceFrame.Eme2000, new Vector3d(6_928_000.0, 0.0, 0.0), new Vector3d(0.0, 7_585.0, 0.0));
        var secondary = new CartesianState(default, ReferenceFrame.Eme2000, new Vector3d(6_928_000.0, 0.0, 200.0), new Vector3d(0.0, 0.0, 7_585.0));
        Matrix3x3d fallback = DefaultCovariance.ForOrbit(540_000.0, 560_000.0, 0.9).RtnCovarianceSquareMeters;
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
        Assert.Throws<ArgumentOutOfRangeException>(() => DefaultCovariance.ForOrbit(600_000.0, 500_000.0, 0.9));
        Assert.Throws<ArgumentOutOfRangeException>(() => DefaultCovariance.ForOrbit(double.NaN, 500_000.0, 0.9));
        Assert.Throws<ArgumentOutOfRangeException>(() => DefaultCovariance.ForOrbit(500_000.0, 500_000.0, -0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => DefaultCovariance.ForOrbit(500_000.0, 500_000.0, double.NaN));
    }
}
