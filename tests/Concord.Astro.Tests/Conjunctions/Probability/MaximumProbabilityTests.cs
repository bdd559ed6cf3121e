using System.Globalization;
using Concord.Astro.Conjunctions.Probability;
using Concord.Astro.Frames;
using Concord.Astro.Mathematics;

namespace Concord.Astro.Tests.Conjunctions.Probability;

public sealed class MaximumProbabilityTests
{
    private const string ArmellinCsv = "pc/orekit_ssa/armellin_esa_cac_conjunctions.csv";
    private const double MetersPerKilometer = 1000.0;

    private static void Report(string text) => TestContext.Current.TestOutputHelper?.WriteLine(text);

    private sealed record ArmellinRow(int Id, ShortTermEncounter Encounter, double RadiusMeters, double Pc, double PcMax);

    private static List<ArmellinRow> LoadArmellin()
    {
        string[] lines = File.ReadAllLines(ReferenceData.Require(ArmellinCsv));
        string[] header = lines[0].Split(',');
        int Index(string name) => Array.FindIndex(header, h => h.Trim().StartsWith(name + " ", StringComparison.Ordinal) || h.Trim() == name);
        var rows = new List<ArmellinRow>(lines.Length - 1);
        foreach (string line in lines.Skip(1))
        {
            double[] v = line.Split(',').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
            CartesianState State(string prefix) => new(default, ReferenceFrame.Eme2000,
                new Vector3d(v[Index(prefix + "_j2k_x")], v[Index(prefix + "_j2k_y")], v[Index(prefix + "_j2k_z")]) * MetersPerKilometer,
                new Vector3d(v[Index(prefix + "_j2k_vx")], v[Index(prefix + "_j2k_vy")], v[Index(prefix + "_j2k_vz")]) * MetersPerKilometer);
            Matrix3x3d Covariance(string prefix)
            {
                double rr = v[Index(prefix + "_c_rr")], tt = v[Index(prefix + "_c_tt")], nn = v[Index(prefix + "_c_nn")];
                double rt = v[Index(prefix + "_c_rt")], rn = v[Index(prefix + "_c_rn")], tn = v[Index(prefix + "_c_tn")];
                return new Matrix3x3d(rr, rt, rn, rt, tt, tn, rn, tn, nn) * (MetersPerKilometer * MetersPerKilometer);
            }

            var encounter = ShortTermEncounter.FromRtnCovariances(State("p"), State("s"), Covariance("p"), Covariance("s"));
            rows.Add(new ArmellinRow((int)v[0], encounter, v[Index("R")] * MetersPerKilometer, v[Index("Pc")], v[Index("Pc_max")]));
        }

        return rows;
    }

    // Validation: the 2170 ESA/Armellin conjunctions' Pc_max column (Alfriend 1999 Eq. 21), the check Orekit runs with a
    // mean relative difference below 1e-9 (pc/README.md §6). Same criterion here; the maximum is reported as well and
    // bounded at 1e-7, which covers the few rows where the CARA full-miss convention and the data's b-plane miss differ in
    // the last digits of d_m².
    [Fact]
    public void AlfriendClosedFormReproducesArmellinPcMax()
    {
        List<ArmellinRow> rows = LoadArmellin();
        double sum = 0.0;
        double worst = 0.0;
        int worstId = 0;
        foreach (ArmellinRow row in rows)
        {
            CollisionProbability max = row.Encounter.Probability(CollisionProbabilityMethod.AlfriendMaximum, row.RadiusMeters);
            Assert.Equal(CollisionProbabilityStatus.Ok, max.Status);
            Assert.True(max.IsUpperBound);
            double relative = Math.Abs(max.Value!.Value - row.PcMax) / row.PcMax;
            sum += relative;
            if (relative > worst)
            {
                worst = relative;
                worstId = row.Id;
            }
        }

        double mean = sum / rows.Count;
        Report(string.Create(CultureInfo.InvariantCulture, $"{rows.Count} rows: mean rel diff {mean:E2}, max {worst:E2} (ID {worstId})"));
        Assert.Equal(2170, rows.Count);
        Assert.True(mean < 1e-9, $"mean relative difference {mean:E2}");
        Assert.True(worst < 1e-7, $"max relative difference {worst:E2} at ID {worstId}");
    }

    // Property on the same 2170 real geometries: the maximum over the covariance scale is at least the probability with
    // the covariance as given (k = 1 is one of the candidates), and the covariance-free maximum bounds both. 1e-9
    // relative slack is the quadrature's accepted error.
    [Fact]
    public void MaximaBoundTheProbabilityOnArmellinGeometries()
    {
        foreach (ArmellinRow row in LoadArmellin().Where(r => r.Id % 10 == 1))
        {
            double foster = row.Encounter.Probability(CollisionProbabilityMethod.Foster2D, row.RadiusMeters).Value!.Value;
            double scaled = row.Encounter.Probability(CollisionProbabilityMethod.ScaledCovarianceMaximum, row.RadiusMeters).Value!.Value;
            double free = row.Encounter.Probability(CollisionProbabilityMethod.AlfanoMaximum, row.RadiusMeters).Value!.Value;
            Assert.True(scaled >= foster * (1.0 - 1e-9), $"ID {row.Id}: scaled max {scaled:R} < Pc {foster:R}");
            Assert.True(free >= scaled * (1.0 - 1e-9), $"ID {row.Id}: covariance-free {free:R} < scaled {scaled:R}");
        }
    }

    // Validation of the exact scale maximisation against its closed form: when R ≪ the sigmas at the maximum the
    // density is flat over the disc and Alfriend's Eq. 21 is the exact limit; at R/σ = 1e-3 the approximation's relative
    // error is O((R/σ)²) = 1e-6, so 1e-5.
    [Fact]
    public void ScaledMaximumTendsToAlfriendForSmallRadius()
    {
        var p = new EncounterPlaneProjection(300.0, 120.0, 200.0, 40.0);
        CovarianceScaleMaximum exact = MaximumProbability.OverCovarianceScale(p, 0.1);
        CollisionProbability closed = MaximumProbability.AlfriendScaled(p, 0.1);
        double mahalanobisSquared = (1.5 * 1.5) + (3.0 * 3.0);
        Report($"exact {exact.Probability.Value:R} at k={exact.CovarianceScaleFactor:R}; Alfriend {closed.Value:R}");
        Assert.Equal(closed.Value!.Value, exact.Probability.Value!.Value, closed.Value.Value * 1e-5);
        Assert.Equal(mahalanobisSquared / 2.0, exact.CovarianceScaleFactor!.Value, 1e-3);
        Assert.True(exact.Probability.IsUpperBound);
        Assert.Equal(CollisionProbabilityMethod.ScaledCovarianceMaximum, exact.Probability.Method);
    }

    // The exact maximum must be a maximum: probabilities at k·(1 ± 1%) are not larger (to the quadrature's 1e-9).
    [Theory]
    [InlineData(30.0, 5.0, 10.0, 3.0, 20.0)]
    [InlineData(25.0, 0.0, 1.0, 1.0, 20.0)]
    [InlineData(1000.0, 200.0, 50.0, 5.0, 5.0)]
    public void ScaledMaximumIsALocalMaximum(double xm, double ym, double sx, double sy, double radius)
    {
        var p = new EncounterPlaneProjection(xm, ym, sx, sy);
        CovarianceScaleMaximum max = MaximumProbability.OverCovarianceScale(p, radius);
        double k = max.CovarianceScaleFactor!.Value;
        foreach (double factor in new[] { 0.99, 1.01 })
        {
            double f = Math.Sqrt(k * factor);
            double neighbour = EncounterPlaneProbability.Foster(xm, ym, sx * f, sy * f, radius).Value!.Value;
            Assert.True(neighbour <= max.Probability.Value!.Value * (1.0 + 1e-9));
        }
    }

    // Alfano 2005: for R ≪ d the covariance-free maximum tends to √(2/(πe)) R/d. At R/d = 1e-4 the next term is
    // O((R/d)²) relative, so 1e-6.
    [Fact]
    public void CovarianceFreeMaximumHasTheSmallRadiusLimit()
    {
        CollisionProbability pc = MaximumProbability.CovarianceFree(10_000.0, 1.0);
        double limit = Math.Sqrt(2.0 / (Math.PI * Math.E)) * 1e-4;
        Assert.Equal(limit, pc.Value!.Value, limit * 1e-6);
        Assert.True(pc.IsUpperBound);
        Assert.Equal(CollisionProbabilityMethod.AlfanoMaximum, pc.Method);
        Assert.Equal(CovarianceSource.NotUsed, pc.CovarianceSource);
    }

    // The closed-form σ is where the 1-D worst case peaks: a brute-force scan over σ finds nothing larger (1e-12: the
    // scan and the closed form evaluate the same erfc expression, validated in ErrorFunctionTests).
    [Theory]
    [InlineData(100.0, 10.0)]
    [InlineData(21.0, 20.0)]
    [InlineData(5000.0, 3.0)]
    public void CovarianceFreeMaximumBeatsEveryOneDimensionalSigma(double miss, double radius)
    {
        double max = MaximumProbability.CovarianceFree(miss, radius).Value!.Value;
        for (double logSigma = Math.Log(miss) - 8.0; logSigma < Math.Log(miss) + 4.0; logSigma += 0.01)
        {
            double s = Math.Exp(logSigma) * Math.Sqrt(2.0);
            double p = 0.5 * (ErrorFunction.Erfc((miss - radius) / s) - ErrorFunction.Erfc((miss + radius) / s));
            Assert.True(p <= max * (1.0 + 1e-12), $"σ = {Math.Exp(logSigma)}: {p} > {max}");
        }

        // A very thin ellipse along the miss vector approaches the bound from below (2-D exact integral).
        double sigma = Math.Sqrt(2.0 * miss * radius / Math.Log((miss + radius) / (miss - radius)));
        double thin = EncounterPlaneProbability.Foster(miss, 0.0, sigma, radius * 1e-4, radius).Value!.Value;
        Assert.True(thin <= max * (1.0 + 1e-9));
        Assert.True(thin >= max * 0.999, $"thin ellipse {thin} vs bound {max}");
    }

    [Theory]
    [InlineData(5.0, 10.0, 1.0)]
    [InlineData(10.0, 10.0, 1.0)]
    [InlineData(10.0, 0.0, 0.0)]
    [InlineData(10.0, double.PositiveInfinity, 1.0)]
    public void CovarianceFreeMaximumEdgeCases(double miss, double radius, double expected)
    {
        Assert.Equal(expected, MaximumProbability.CovarianceFree(miss, radius).Value);
    }

    [Fact]
    public void BadInputsFollowThePolicy()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MaximumProbability.CovarianceFree(-1.0, 1.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => MaximumProbability.CovarianceFree(1.0, double.NaN));
        CollisionProbability npd = MaximumProbability.AlfriendScaled(new EncounterPlaneProjection(1.0, 1.0, 0.0, 1.0), 1.0);
        Assert.Null(npd.Value);
        Assert.True(npd.IsUpperBound);
        Assert.Equal(CollisionProbabilityStatus.CovarianceNotPositiveDefinite, npd.Status);
        CovarianceScaleMaximum inside = MaximumProbability.OverCovarianceScale(new EncounterPlaneProjection(1.0, 1.0, 3.0, 1.0), 5.0);
        Assert.Equal(1.0, inside.Probability.Value);
        Assert.Null(inside.CovarianceScaleFactor);
    }
}
