using System.Globalization;
using System.Text.Json;
using Concord.Astro.Conjunctions.Probability;
using Concord.Astro.Mathematics;

namespace Concord.Astro.Tests.Conjunctions.Probability;

/// <summary>CARA inline vectors not covered by EncounterPlaneTests (omitron_case1/2, hbr_sweep and npd_covariance are
/// there).</summary>
public sealed class CaraInlineCaseTests
{
    // Validation: CARA leo_6x6_2d_vs_3d, PcElrod 1.0281653e-2 with the source's RelTol 1e-3. Elrod's method is a
    // Chebyshev (order 64) evaluation of the same 2-D integral, so the exact Foster value is comparable with it; only
    // the 3×3 position blocks of the 6×6 covariances are used. Pc3D_Hall (1.0289973e-2) is a different, 3-D model and
    // is not compared.
    [Fact]
    public void FosterMatchesPcElrodOnLeo6x6Case()
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(ReferenceData.Require("pc/cara_unit_test_vectors.json")));
        JsonElement c = document.RootElement.GetProperty("inline_cases").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "leo_6x6_2d_vs_3d");
        JsonElement i = c.GetProperty("inputs");
        Vector3d V(string name) => new(i.GetProperty(name)[0].GetDouble(), i.GetProperty(name)[1].GetDouble(), i.GetProperty(name)[2].GetDouble());
        Matrix3x3d C(string name)
        {
            JsonElement m = i.GetProperty(name);
            Vector3d Row(int r) => new(m[r][0].GetDouble(), m[r][1].GetDouble(), m[r][2].GetDouble());
            return Matrix3x3d.FromRows(Row(0), Row(1), Row(2));
        }

        double expected = c.GetProperty("expected").EnumerateArray().Single(e => e.GetProperty("method").GetString() == "PcElrod").GetProperty("Pc").GetDouble();
        double value = EncounterPlaneProbability.Foster(V("r1"), V("v1"), C("cov1"), V("r2"), V("v2"), C("cov2"), i.GetProperty("HBR").GetDouble()).Value!.Value;
        double relative = Math.Abs(value - expected) / expected;
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"leo_6x6: {value:R} vs PcElrod {expected:R}, rel {relative:E2}"));
        Assert.True(relative <= 1e-3, $"relative {relative:E2}");
    }
}
