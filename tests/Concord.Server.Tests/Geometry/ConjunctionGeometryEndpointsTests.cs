using System.Net;
using System.Text.Json;
using Concord.Astro.Conjunctions.Probability;
using Concord.Hub.Errors;
using Concord.Server.Tests.Conjunctions;

namespace Concord.Server.Tests.Geometry;

/// <summary><c>GET /api/v1/conjunctions/{id}/geometry</c>: the console's 3-D view and encounter-plane picture.</summary>
public sealed class ConjunctionGeometryEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary><see cref="ConjunctionObjects.ScreenedAsync"/> and its one event as AAA reads it.</summary>
    private static async Task<(HttpClient A, HttpClient B, HttpClient C, JsonElement Event)> ScreenedAsync(HubApplication app)
    {
        (HttpClient a, HttpClient b, HttpClient c) = await ConjunctionObjects.ScreenedAsync(app);
        using HttpResponseMessage list = await a.GetAsync("/api/v1/conjunctions", Ct);
        using JsonDocument body = await HubApplication.ReadJsonAsync(list);
        return (a, b, c, Assert.Single(body.RootElement.EnumerateArray()).Clone());
    }

    [Fact]
    public async Task Geometry_FullViewer_PlaneReproducesTheEventsPc_ArcsPassThroughTheTcaStates()
    {
        using var app = new HubApplication();
        (HttpClient a, _, _, JsonElement e) = await ScreenedAsync(app);
        string id = e.GetProperty("id").GetString()!;

        using HttpResponseMessage response = await a.GetAsync($"/api/v1/conjunctions/{id}/geometry", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(response);
        JsonElement g = body.RootElement;
        Assert.Equal((id, "TEME"), (g.GetProperty("eventId").GetString(), g.GetProperty("frame").GetString()));
        Assert.Equal(e.GetProperty("tca").GetString(), g.GetProperty("tca").GetString());
        JsonElement plane = g.GetProperty("encounterPlane");
        double pc = e.GetProperty("pc").GetDouble();
        Assert.Equal(pc, plane.GetProperty("collisionProbability").GetDouble());
        Assert.Equal("regime-default", plane.GetProperty("covarianceSource").GetString());

        // The CDM keeps states to the millimetre: the plane's miss is the event's to 0.01 m.
        double miss = plane.GetProperty("missXMeters").GetDouble();
        Assert.Equal(e.GetProperty("missDistanceMeters").GetDouble(), miss, 0.01);
        Assert.Equal(0.0, plane.GetProperty("missYMeters").GetDouble());

        // Foster & Estes (1992) on the 2×2 the route gives, diagonalised here independently, reproduces the hub's Pc:
        // the picture shows the covariance the Pc used, each object's RTN covariance rotated with its own axes. 1e-3
        // relative covers the CDM's rounding of states and covariance terms.
        double[] cov = [.. plane.GetProperty("covarianceSquareMeters").EnumerateArray().Select(x => x.GetDouble())];
        double half = 0.5 * (cov[0] + cov[2]), radius = Math.Sqrt((0.25 * (cov[0] - cov[2]) * (cov[0] - cov[2])) + (cov[1] * cov[1]));
        double angle = 0.5 * Math.Atan2(2.0 * cov[1], cov[0] - cov[2]);
        CollisionProbability foster = EncounterPlaneProbability.Foster(miss * Math.Cos(angle), -miss * Math.Sin(angle),
            Math.Sqrt(half + radius), Math.Sqrt(half - radius), plane.GetProperty("hardBodyRadiusMeters").GetDouble());
        Assert.Equal(pc, foster.Value!.Value, pc * 1e-3);

        JsonElement[] objects = [.. g.GetProperty("objects").EnumerateArray()];
        Assert.Equal([90001, 90002], objects.Select(o => o.GetProperty("catalogNumber").GetInt32()));
        foreach (JsonElement o in objects)
        {
            JsonElement[] arc = [.. o.GetProperty("arc").EnumerateArray()];
            // 45 minutes either side (half a 92-minute period is 45.8), every 30 s.
            Assert.Equal(181, arc.Length);
            Assert.Equal((-2700.0, 2700.0), (arc[0].GetProperty("secondsFromTca").GetDouble(), arc[^1].GetProperty("secondsFromTca").GetDouble()));
            double[] atTca = Km(o.GetProperty("positionKm"));
            double[] arcAtTca = Km(arc[90].GetProperty("positionKm"));
            // The arc is the same SGP4 set the screening used: at TCA it meets the CDM's state within 1 m (TCA to 1 ms at
            // 7.6 km/s is 8 m at most along track, and the screening refines TCA well below that).
            Assert.InRange(Distance(atTca, arcAtTca), 0.0, 0.01);

            // The sub-point at TCA: the height is |r| less an Earth radius between the polar and the equatorial one.
            double distance = Distance(atTca, [0.0, 0.0, 0.0]);
            Assert.InRange(o.GetProperty("altitudeKm").GetDouble(), distance - 6_378.2, distance - 6_356.7);
            Assert.InRange(o.GetProperty("latitudeDeg").GetDouble(), -90.0, 90.0);
            Assert.InRange(o.GetProperty("longitudeDeg").GetDouble(), -180.0, 180.0);
        }
    }

    [Fact]
    public async Task Geometry_BasicViewer403_NonParty404_BadUpdate400_UnknownUpdate404()
    {
        using var app = new HubApplication();
        (HttpClient a, HttpClient b, HttpClient c, JsonElement e) = await ScreenedAsync(app);
        string id = e.GetProperty("id").GetString()!;

        using HttpResponseMessage basic = await b.GetAsync($"/api/v1/conjunctions/{id}/geometry", Ct);
        await ProblemAssert.IsProblemAsync(basic, HttpStatusCode.Forbidden, HubErrorCodes.ConjunctionDetailWithheld);
        using HttpResponseMessage third = await c.GetAsync($"/api/v1/conjunctions/{id}/geometry", Ct);
        await ProblemAssert.IsProblemAsync(third, HttpStatusCode.NotFound, HubErrorCodes.ConjunctionNotFound);
        using HttpResponseMessage badUpdate = await a.GetAsync($"/api/v1/conjunctions/{id}/geometry?update=latest", Ct);
        await ProblemAssert.IsProblemAsync(badUpdate, HttpStatusCode.BadRequest, HubErrorCodes.InvalidQuery);
        using HttpResponseMessage unknown = await a.GetAsync($"/api/v1/conjunctions/{id}/geometry?update={Guid.NewGuid()}", Ct);
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound, HubErrorCodes.ConjunctionCdmNotFound);
    }

    private static double[] Km(JsonElement array) => [.. array.EnumerateArray().Select(x => x.GetDouble())];

    private static double Distance(double[] p, double[] q) =>
        Math.Sqrt(((p[0] - q[0]) * (p[0] - q[0])) + ((p[1] - q[1]) * (p[1] - q[1])) + ((p[2] - q[2]) * (p[2] - q[2])));
}
