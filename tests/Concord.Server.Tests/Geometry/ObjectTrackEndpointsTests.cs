using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;
using Concord.Conjunctions.Samples;
using Concord.Formats.Tle;
using Concord.Hub.Errors;
using Concord.Server.Tests.Conjunctions;

namespace Concord.Server.Tests.Geometry;

/// <summary><c>GET /api/v1/objects/{noradId}/track</c>: the console's ground track and 3-D orbit.</summary>
public sealed class ObjectTrackEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>AAA owns 90001 and submits its TLE (epoch 2026-01-01T00:00Z); BBB has no agreement. Analysts of both.</summary>
    private static async Task<(HttpClient A, HttpClient B)> SubmittedAsync(HubApplication app)
    {
        await app.CreateAgencyAsync("AAA", "FR");
        await app.CreateAgencyAsync("BBB", "DE");
        HttpClient a = app.ClientWithKey((await app.IssueKeyAsync("AAA", "analyst")).Key);
        HttpClient b = app.ClientWithKey((await app.IssueKeyAsync("BBB", "analyst")).Key);
        await ConjunctionObjects.RegisterAsync(app, a, "90001", "AAA");
        using HttpResponseMessage submitted = await a.PostAsync("/api/v1/submissions",
            new StringContent(ConjunctionSamples.Primary, Encoding.UTF8, "text/plain"), Ct);
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        return (a, b);
    }

    [Fact]
    public async Task Track_IsTheSgp4StateOfTheReleasedSet_WithItsSubPoint()
    {
        using var app = new HubApplication();
        (HttpClient a, _) = await SubmittedAsync(app);

        using HttpResponseMessage response = await a.GetAsync("/api/v1/objects/90001/track?start=2026-01-01T00:30:00Z&minutes=10&stepSeconds=60", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(response);
        JsonElement track = body.RootElement;
        Assert.Equal((90001, "PRIMARY", "element-set", "TEME"), (track.GetProperty("catalogNumber").GetInt32(), track.GetProperty("name").GetString(),
            track.GetProperty("source").GetString(), track.GetProperty("frame").GetString()));
        Assert.Equal("2026-01-01T00:00:00.000Z", track.GetProperty("elementEpoch").GetString());
        JsonElement[] points = [.. track.GetProperty("points").EnumerateArray()];
        Assert.Equal(11, points.Length);
        Assert.Equal("2026-01-01T00:40:00.000Z", points[^1].GetProperty("time").GetString());

        // The same set propagated here with the verified SGP4 (Vallado et al. 2006): the route only wires it up, so the
        // positions agree to rounding (1e-9 km).
        Sgp4Propagator sgp4 = Sgp4Propagator.Create(TleReader.ParseSingle(ConjunctionSamples.Primary).Value!.ToSgp4Elements(), Sgp4Options.Default).Propagator!;
        for (int k = 0; k < points.Length; k++)
        {
            var expected = sgp4.PropagateTo(Epoch.FromCalendar(2026, 1, 1, 0, 30 + k, 0, 0, TimeScale.Utc)).State.PositionMeters / 1_000.0;
            double[] position = [.. points[k].GetProperty("positionKm").EnumerateArray().Select(e => e.GetDouble())];
            Assert.Equal(expected.X, position[0], 9);
            Assert.Equal(expected.Y, position[1], 9);
            Assert.Equal(expected.Z, position[2], 9);

            // A 51.64° orbit stays within ±51.7° geodetic latitude (geodetic exceeds geocentric by at most 0.19°), and
            // the height is |r| less an Earth radius between the polar and the equatorial one.
            double radius = Math.Sqrt((position[0] * position[0]) + (position[1] * position[1]) + (position[2] * position[2]));
            Assert.InRange(points[k].GetProperty("latitudeDeg").GetDouble(), -51.9, 51.9);
            Assert.InRange(points[k].GetProperty("longitudeDeg").GetDouble(), -180.0, 180.0);
            Assert.InRange(points[k].GetProperty("altitudeKm").GetDouble(), radius - 6_378.2, radius - 6_356.7);
            Assert.InRange(points[k].GetProperty("gmstRadians").GetDouble(), 0.0, 2.0 * Math.PI);
        }
    }

    [Fact]
    public async Task Track_Defaults_ThreeRevolutionsAtOneMinute_FromNow()
    {
        using var app = new HubApplication();
        (HttpClient a, _) = await SubmittedAsync(app);

        TrackBody track = (await a.GetFromJsonAsync<TrackBody>("/api/v1/objects/90001/track", Ct))!;

        // 15.72 revolutions a day: three are 274.8 minutes, so 275 one-minute points from the fake clock's now.
        Assert.Equal(275, track.Points.Length);
        Assert.Equal("2026-01-01T00:00:00.000Z", track.Start);
        Assert.Equal(60.0, track.StepSeconds);
    }

    [Fact]
    public async Task Track_NotReleased404_SameAsUnknown_BadQuery400_Auditor403()
    {
        using var app = new HubApplication();
        (HttpClient a, HttpClient b) = await SubmittedAsync(app);

        using HttpResponseMessage other = await b.GetAsync("/api/v1/objects/90001/track", Ct);
        await ProblemAssert.IsProblemAsync(other, HttpStatusCode.NotFound, HubErrorCodes.ObjectNoElements);
        using HttpResponseMessage unknown = await a.GetAsync("/api/v1/objects/90009/track", Ct);
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound, HubErrorCodes.ObjectNoElements);
        foreach (string query in new[] { "minutes=0", "minutes=3000", "minutes=x", "stepSeconds=5", "stepSeconds=4000", "start=yesterday",
            "minutes=2880&stepSeconds=10" })
        {
            using HttpResponseMessage bad = await a.GetAsync($"/api/v1/objects/90001/track?{query}", Ct);
            await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest, HubErrorCodes.InvalidQuery);
        }

        HttpClient auditor = app.ClientWithKey((await app.IssueKeyAsync("AAA", "auditor")).Key);
        using HttpResponseMessage audited = await auditor.GetAsync("/api/v1/objects/90001/track", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, audited.StatusCode);
    }

    private sealed record TrackBody(string Start, double StepSeconds, JsonElement[] Points);
}
