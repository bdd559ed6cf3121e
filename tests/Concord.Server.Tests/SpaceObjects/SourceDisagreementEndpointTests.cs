using System.Net;
using System.Text.Json;
using Concord.Catalog.Samples;
using Concord.Formats.Tle;
using Concord.Server.Tests.Auth;
using static Concord.Server.Tests.Auth.Federation;

namespace Concord.Server.Tests.SpaceObjects;

/// <summary><c>sourceDisagreement</c> of <c>GET /api/v1/objects/{noradId}</c>: the newest sets of each source released to
/// the viewer, propagated to the hub's clock (2026-01-01T00:00Z, the sets' epoch). AAA owns 90001 (public); the sets
/// differ only in mean anomaly, so that they lie the chosen distance apart along the track (orbit radius about 6,730 km).</summary>
public sealed class SourceDisagreementEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const double OrbitRadiusKm = 6730.0;

    private static string Shifted(double alongTrackKm)
    {
        Tle set = CatalogSamples.Set(90001, day: 1);
        return CatalogSamples.TleText(set with { MeanAnomalyDegrees = set.MeanAnomalyDegrees + double.RadiansToDegrees(alongTrackKm / OrbitRadiusKm) });
    }

    private static async Task<Federation> SceneAsync(HubApplication app)
    {
        Federation federation = await CreateAsync(app, "AAA", "BBB", "CCC", "DDD");
        await federation.RegisterObjectAsync("AAA", new TestObject(90001, "SAT", "public", null, Leo: true, "operational"));
        await federation.SubmitAsync("AAA", Shifted(0.0), "?marking=public");
        return federation;
    }

    private static async Task<JsonElement> DisagreementAsync(Federation federation, string agency)
    {
        using HttpResponseMessage response = await federation.Client(agency, "analyst").GetAsync("/api/v1/objects/90001", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument json = await HubApplication.ReadJsonAsync(response);
        return json.RootElement.GetProperty("sourceDisagreement").Clone();
    }

    [Fact]
    public async Task SetsFiftyKilometresApart_Disagree_ForViewersWhoSeeBoth_AndAreHiddenFromAViewerWhoSeesOne()
    {
        using var app = new HubApplication();
        Federation f = await SceneAsync(app);
        await f.SubmitAsync("BBB", Shifted(50.0), "?marking=restricted&relTo=CCC");

        JsonElement seenByCcc = await DisagreementAsync(f, "CCC");
        JsonElement seenByBbb = await DisagreementAsync(f, "BBB");
        JsonElement seenByDdd = await DisagreementAsync(f, "DDD");
        JsonElement seenByAaa = await DisagreementAsync(f, "AAA");

        Assert.True(seenByCcc.GetProperty("disagrees").GetBoolean());
        Assert.InRange(seenByCcc.GetProperty("maxKm").GetDouble(), 45.0, 55.0); // chord ≈ arc; periodics move it by well under 5 km
        Assert.Equal(["AAA", "BBB"], seenByCcc.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.True(seenByBbb.GetProperty("disagrees").GetBoolean());
        Assert.Equal(JsonValueKind.Null, seenByDdd.ValueKind); // sees AAA's public set only: BBB's restricted one does not exist for it
        Assert.Equal(JsonValueKind.Null, seenByAaa.ValueKind);
    }

    [Fact]
    public async Task SetsOneKilometreApart_DoNotDisagree()
    {
        using var app = new HubApplication();
        Federation f = await SceneAsync(app);
        await f.SubmitAsync("BBB", Shifted(1.0), "?marking=public");

        JsonElement seen = await DisagreementAsync(f, "DDD");

        Assert.False(seen.GetProperty("disagrees").GetBoolean());
        Assert.InRange(seen.GetProperty("maxKm").GetDouble(), 0.5, 1.5);
        Assert.Equal(["AAA", "BBB"], seen.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task OneSource_IsNull()
    {
        using var app = new HubApplication();
        Federation f = await SceneAsync(app);
        await f.SubmitAsync("AAA", Shifted(80.0), "?marking=public"); // same originator: its newest set is the one compared

        Assert.Equal(JsonValueKind.Null, (await DisagreementAsync(f, "BBB")).ValueKind);
    }
}
