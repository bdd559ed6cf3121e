using System.Globalization;
using System.Text.Json;
using Concord.Astro.Conjunctions.Probability;
using Concord.Astro.Frames;
using Concord.Astro.Mathematics;

namespace Concord.Astro.Tests.Conjunctions.Probability;

public sealed class MonteCarloTests
{
    private const string Alfano2009 = "pc/alfano2009/alfano2009_cases.json";

    /// <summary>Φ⁻¹(0.9995): the two-sided 99.9% quantile used for the statistical agreement checks.</summary>
    private const double Z999 = 3.2905267314919255;

    private static void Report(string text) => TestContext.Current.TestOutputHelper?.WriteLine(text);

    private sealed record AlfanoCase(int Number, string Description, double RadiusMeters, ShortTermEncounter Encounter, JsonElement Expected);

    private static List<AlfanoCase> LoadAlfano()
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(ReferenceData.Require(Alfano2009)));
        var cases = new List<AlfanoCase>();
        foreach (JsonElement c in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            JsonElement tca = c.GetProperty("at_tca");
            (CartesianState State, Matrix3x3d Covariance) Read(string name)
            {
                JsonElement o = tca.GetProperty(name);
                Vector3d V(JsonElement e) => new(e[0].GetDouble(), e[1].GetDouble(), e[2].GetDouble());
                JsonElement cov = o.GetProperty("cov_6x6");
                Vector3d Row(int i) => new(cov[i][0].GetDouble(), cov[i][1].GetDouble(), cov[i][2].GetDouble());
                return (new CartesianState(default, ReferenceFrame.Eme2000, V(o.GetProperty("r_m")), V(o.GetProperty("v_mps"))),
                    Matrix3x3d.FromRows(Row(0), Row(1), Row(2)));
            }

            var (primary, c1) = Read("primary");
            var (secondary, c2) = Read("secondary");
            cases.Add(new AlfanoCase(c.GetProperty("case").GetInt32(), c.GetProperty("description").GetString()!,
                c.GetProperty("HBR_m").GetDouble(), new ShortTermEncounter(primary, secondary, c1, c2), c.GetProperty("expected").Clone()));
        }

        return cases;
    }

    // Validation: Alfano (2009) cases 1–11 at TCA, CARA_Pc2D. README: an exact 2-D integral on the at-TCA data reproduced
    // CARA_Pc2D to ≤ 1e-7 relative, so that is the tolerance. (Case 12, identical orbits, has no 2-D value.)
    [Fact]
    public void FosterReproducesCaraPc2DOnAlfano2009Cases()
    {
        foreach (AlfanoCase c in LoadAlfano().Where(c => c.Number <= 11))
        {
            double expected = c.Expected.GetProperty("CARA_Pc2D").GetDouble();
            double value = c.Encounter.Probability(CollisionProbabilityMethod.Foster2D, c.RadiusMeters).Value!.Value;
            double relative = Math.Abs(value - expected) / expected;
            Report(string.Create(CultureInfo.InvariantCulture, $"case {c.Number}: {value:R} vs {expected:R}, rel {relative:E2}"));
            Assert.True(relative <= 1e-7, $"case {c.Number}: rel {relative:E2}");
        }
    }

    // Validation: Monte Carlo on the linear Alfano (2009) cases 3 (GEO), 5 (LEO) and 6 (LEO, near-linear). The sampled
    // model is the linear one, so (a) the exact 2-D value must lie in the 99.9% Wilson interval, and (b) Alfano's own
    // 1e8-trial Monte Carlo of the full two-body motion must too: for these cases it differs from the 2-D value by at most
    // 0.8% (case 6), well inside our ±10% stopping width. The non-linear cases (1, 2, 4, 7–10) and the leader-follower and
    // identical-orbit cases (11, 12) are excluded on purpose: there the 2-D model itself is wrong by up to 150% (case 2:
    // 2-D 0.0062 vs MC 0.0157), and a linear Monte Carlo cannot and should not reproduce a non-linear one.
    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(6)]
    public void MonteCarloAgreesWithLinearAlfano2009Cases(int number)
    {
        AlfanoCase c = LoadAlfano().Single(c => c.Number == number);
        MonteCarloProbability mc = c.Encounter.MonteCarlo(c.RadiusMeters, new MonteCarloOptions { Seed = 2009 });
        double foster = c.Encounter.Probability(CollisionProbabilityMethod.Foster2D, c.RadiusMeters).Value!.Value;
        double alfanoMonteCarlo = c.Expected.GetProperty("A09_PcMC_1e8_trials").GetDouble();
        (double lower, double upper) = mc.WilsonInterval(Z999);
        Report(string.Create(CultureInfo.InvariantCulture,
            $"case {number}: MC {mc.Value:R} [{lower:R}, {upper:R}] ({mc.Hits}/{mc.Trials}); Foster {foster:R}; Alfano MC {alfanoMonteCarlo:R}"));
        Assert.Equal(CollisionProbabilityStatus.Ok, mc.Status);
        Assert.InRange(foster, lower, upper);
        Assert.InRange(alfanoMonteCarlo, lower, upper);
        Assert.Equal(CollisionProbabilityMethod.MonteCarlo, mc.Probability.Method);
        Assert.False(mc.Probability.IsUpperBound);
    }

    // Deterministic given a seed, independent of thread count (each batch has its own stream); another seed differs.
    [Fact]
    public void SameSeedSameHits()
    {
        var p = new EncounterPlaneProjection(10.0, 5.0, 20.0, 8.0);
        var options = new MonteCarloOptions { Seed = 42, MaxTrials = 300_000, TargetRelativeHalfWidth = 0.0 };
        MonteCarloProbability a = EncounterPlaneMonteCarlo.Estimate(p, 5.0, options);
        MonteCarloProbability b = EncounterPlaneMonteCarlo.Estimate(p, 5.0, options);
        MonteCarloProbability c = EncounterPlaneMonteCarlo.Estimate(p, 5.0, options with { Seed = 43 });
        Assert.Equal(a, b);
        Assert.Equal(300_000, a.Trials);
        Assert.NotEqual(a.Hits, c.Hits);
    }

    // The adaptive rule stops at the first round whose 95% half-width is ≤ 10% of the estimate; for Pc ≈ 0.07 one round
    // (2^20 trials) already gives about ±1%.
    [Fact]
    public void StopsEarlyWhenPreciseEnough()
    {
        var p = new EncounterPlaneProjection(10.0, 5.0, 20.0, 8.0);
        MonteCarloProbability mc = EncounterPlaneMonteCarlo.Estimate(p, 5.0, MonteCarloOptions.Default);
        Assert.Equal(EncounterPlaneMonteCarlo.TrialsPerRound, mc.Trials);
        double exact = EncounterPlaneProbability.Foster(10.0, 5.0, 20.0, 8.0, 5.0).Value!.Value;
        (double lower, double upper) = mc.WilsonInterval(Z999);
        Assert.InRange(exact, lower, upper);
        Assert.True(mc.Upper95 - mc.Lower95 <= 0.2 * mc.Value);
    }

    // Wilson (1927) by hand: n = 10, 0 hits, z = 1.96 → [0, z²/(n + z²)] = [0, 0.27753...]; n = 100, 50 hits →
    // 0.5 ± 0.09617... (centre stays 0.5). 1e-12: closed-form arithmetic.
    [Fact]
    public void WilsonIntervalMatchesItsFormula()
    {
        var none = new MonteCarloProbability(CollisionProbabilityStatus.Ok, 10, 0, 0);
        double z = MonteCarloProbability.StandardNormalQuantile95;
        Assert.Equal(0.0, none.Lower95);
        Assert.Equal(z * z / (10.0 + (z * z)), none.Upper95!.Value, 1e-12);
        var half = new MonteCarloProbability(CollisionProbabilityStatus.Ok, 100, 50, 0);
        double expectedHalfWidth = z * Math.Sqrt((0.25 / 100.0) + (z * z / 40000.0)) / (1.0 + (z * z / 100.0));
        Assert.Equal(0.5 - expectedHalfWidth, half.Lower95!.Value, 1e-12);
        Assert.Equal(0.5 + expectedHalfWidth, half.Upper95!.Value, 1e-12);
    }

    [Fact]
    public void NoCovarianceNoSampling()
    {
        MonteCarloProbability mc = EncounterPlaneMonteCarlo.Estimate(new EncounterPlaneProjection(1.0, 1.0, 0.0, 1.0), 1.0, MonteCarloOptions.Default);
        Assert.Equal(CollisionProbabilityStatus.CovarianceNotPositiveDefinite, mc.Status);
        Assert.Null(mc.Value);
        Assert.Null(mc.Probability.Value);
        Assert.Equal(0, mc.Trials);
    }
}
