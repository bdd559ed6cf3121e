using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Playwright;

namespace Concord.Console.Tests;

/// <summary>The console's geometry views in Debian's Chromium against a real <c>concord serve --demo</c>: an engineered
/// demo conjunction's 3-D view (three.js, WebGL) and encounter plane from the hub's geometry route, and its primary's
/// SGP4 ground track and 3-D orbit from the track route; screenshots of both pages and axe on the object page.</summary>
public sealed class ConsoleGeometryTests(ConsoleBrowser fixture) : IClassFixture<ConsoleBrowser>
{
    private static readonly float Timeout = ConsoleBrowser.ActionTimeoutMilliseconds;

    /// <summary>Distinct colours in a sample of the 3-D canvas's pixels (copied onto a 2-D canvas: the WebGL canvas keeps
    /// its drawing buffer), or -1 when the canvas has no WebGL 2 context.</summary>
    private const string CanvasColours = """
        (canvas) => {
          if (!canvas.getContext('webgl2')) return -1;
          const copy = document.createElement('canvas');
          copy.width = canvas.width;
          copy.height = canvas.height;
          const context = copy.getContext('2d');
          context.drawImage(canvas, 0, 0);
          const data = context.getImageData(0, 0, copy.width, copy.height).data;
          const seen = new Set();
          for (let i = 0; i < data.length; i += 4 * 31) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
          return seen.size;
        }
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ConsoleServer Server => fixture.Server;

    [Fact]
    public async Task EventAndObject_ShowTheHubsGeometry_In3DAndOnTheMap()
    {
        BrowserSupport.RequireAvailable(Server);
        Encounter encounter = await FindEngineeredEncounterAsync(Ct);
        await using IBrowserContext context = await fixture.NewContextAsync(1366, 768);
        IPage page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => console.Add($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => console.Add($"page error: {error}");
        await ConsolePage.SignInAsync(page, Server.DemoKey(encounter.Agency, "analyst"), $"{encounter.Agency} · analyst");

        // Event: both arcs in 3-D, the legend naming both objects, and the hub's encounter plane.
        await page.GotoAsync($"#/events/{encounter.EventId:D}");
        ILocator view = page.Locator("[data-testid=orbit-3d][data-rendered=true] canvas");
        await Assertions.Expect(view).ToBeVisibleAsync(new() { Timeout = Timeout });
        await AssertRendersAsync(view, console);
        await Assertions.Expect(page.GetByTestId("orbit-legend")).ToContainTextAsync(encounter.Primary, new() { Timeout = Timeout });
        await Assertions.Expect(page.GetByTestId("orbit-legend")).ToContainTextAsync(encounter.Secondary);
        await Assertions.Expect(page.GetByTestId("orbit-3d-text")).ToContainTextAsync("km above the WGS-84 ellipsoid");
        Assert.Equal("0", await page.GetByTestId("orbit-3d").GetAttributeAsync("tabindex"));
        Assert.False(string.IsNullOrWhiteSpace(await page.GetByTestId("orbit-3d").GetAttributeAsync("aria-label")));
        if (encounter.HasCovariance)
        {
            await Assertions.Expect(page.Locator("[data-testid=encounter-plane] ellipse").First).ToBeAttachedAsync(new() { Timeout = Timeout });
        }
        else
        {
            await Assertions.Expect(page.GetByTestId("encounter-summary")).ToContainTextAsync("no covariance", new() { Timeout = Timeout });
        }

        await Assertions.Expect(page.GetByTestId("encounter-summary")).ToContainTextAsync($"Miss {encounter.MissText}", new() { Timeout = Timeout });
        await page.GetByTestId("orbit-3d").ScrollIntoViewIfNeededAsync();
        await ConsolePage.ScreenshotAsync(page, Server, "event-geometry", fullPage: true);
        await ConsolePage.AssertAxeCleanAsync(page, "event");

        // The view is keyboard-operable: focused, Shift+arrow rotates and an arrow pans the camera (a new picture).
        string before = await view.EvaluateAsync<string>("c => c.toDataURL()");
        await page.GetByTestId("orbit-3d").FocusAsync();
        await page.Keyboard.PressAsync("Shift+ArrowLeft");
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.NotEqual(before, await view.EvaluateAsync<string>("c => c.toDataURL()"));

        // Object (the primary): the SGP4 ground track on the map and the orbit in 3-D.
        await page.GotoAsync($"#/objects/{encounter.PrimaryNumber}");
        await Assertions.Expect(page.Locator("[data-testid=ground-track] path.track-line").First).ToBeAttachedAsync(new() { Timeout = Timeout });
        await Assertions.Expect(page.Locator("[data-testid=ground-track] path.land")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("ground-track-now")).ToBeAttachedAsync();
        ILocator orbit = page.Locator("[data-testid=orbit-3d][data-rendered=true] canvas");
        await Assertions.Expect(orbit).ToBeVisibleAsync(new() { Timeout = Timeout });
        await AssertRendersAsync(orbit, console);
        await Assertions.Expect(page.GetByTestId("loading")).ToHaveCountAsync(0, new() { Timeout = Timeout });
        await ConsolePage.ScreenshotAsync(page, Server, "object-geometry", fullPage: true);
        await ConsolePage.AssertAxeCleanAsync(page, "object");
    }

    [Fact]
    public async Task Event_WithheldGeometry_ShowsTheProblem_AndNo3DView()
    {
        BrowserSupport.RequireAvailable(Server);
        (string agency, Guid eventId)? basic = await FindBasicEventAsync(Ct);
        // The demo is deterministic: its GEO pair's agreement is only proposed, so each party sees the encounter only (the other object's data withheld).
        Assert.True(basic is not null, $"No engineered demo conjunction is released to one of its parties as an encounter only:\n{Server.Output}");
        (string agency, Guid eventId) found = basic.Value;

        await using IBrowserContext context = await fixture.NewContextAsync(1366, 768);
        IPage page = await context.NewPageAsync();
        await ConsolePage.SignInAsync(page, Server.DemoKey(found.agency, "analyst"), $"{found.agency} · analyst");
        await page.GotoAsync($"#/events/{found.eventId:D}");
        await Assertions.Expect(page.GetByTestId("problem")).ToContainTextAsync("conjunction.detail-withheld", new() { Timeout = Timeout });
        await Assertions.Expect(page.GetByTestId("encounter-plane")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("orbit-3d")).ToHaveCountAsync(0);
    }

    private static async Task AssertRendersAsync(ILocator canvas, List<string> console)
    {
        int colours = await canvas.EvaluateAsync<int>(CanvasColours);
        Assert.True(colours != -1, "The 3-D canvas has no WebGL 2 context.\n" + string.Join('\n', console));
        Assert.True(colours > 3, $"The 3-D canvas looks uniform ({colours} colours sampled).\n" + string.Join('\n', console));
    }

    /// <summary>An engineered demo conjunction (demo-catalog/conjunctions.txt) released in full to its primary's owner,
    /// with geometry from the hub (preferring one with a covariance, so that the ellipse is drawn).</summary>
    private sealed record Encounter(string Agency, Guid EventId, string PrimaryNumber, string Primary, string Secondary, string MissText, bool HasCovariance);

    private async Task<Encounter> FindEngineeredEncounterAsync(CancellationToken cancellationToken)
    {
        Encounter? fallback = null;
        DateTime deadline = DateTime.UtcNow.AddMinutes(5); // the demo's screening runs in the background after start-up
        while (DateTime.UtcNow < deadline)
        {
            foreach ((string primary, string secondary) in EngineeredPairs())
            {
                string owner = await OwnerAsync(primary, cancellationToken);
                using HttpClient analyst = Server.Client(Server.DemoKey(owner, "analyst"));
                foreach (JsonElement e in await EventsAsync(analyst, primary, secondary, cancellationToken))
                {
                    if (e.GetProperty("detail").GetString() != "full")
                    {
                        continue;
                    }

                    Guid id = e.GetProperty("id").GetGuid();
                    using HttpResponseMessage response = await analyst.GetAsync($"/api/v1/conjunctions/{id:D}/geometry", cancellationToken);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        continue;
                    }

                    using JsonDocument geometry = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
                    JsonElement plane = geometry.RootElement.GetProperty("encounterPlane");
                    double miss = Math.Sqrt(Math.Pow(plane.GetProperty("missXMeters").GetDouble(), 2) + Math.Pow(plane.GetProperty("missYMeters").GetDouble(), 2));
                    JsonElement[] objects = [.. geometry.RootElement.GetProperty("objects").EnumerateArray()];
                    var found = new Encounter(owner, id, primary, Name(objects[0]), Name(objects[1]), FormatMeters(miss),
                        plane.GetProperty("covarianceSource").GetString() != "none");
                    if (found.HasCovariance)
                    {
                        return found;
                    }

                    fallback ??= found;
                }
            }

            if (fallback is not null)
            {
                return fallback;
            }

            await Task.Delay(2000, cancellationToken);
        }

        throw new TimeoutException($"No engineered demo conjunction with geometry released in full to its primary's owner:\n{Server.Output}");
    }

    /// <summary>An engineered conjunction that one of its parties (no active agreement with the other) sees as an encounter only (clean-room).</summary>
    private async Task<(string, Guid)?> FindBasicEventAsync(CancellationToken cancellationToken)
    {
        DateTime deadline = DateTime.UtcNow.AddMinutes(5); // the demo's screening runs in the background after start-up
        while (DateTime.UtcNow < deadline)
        {
            bool anyEvent = false;
            foreach ((string primary, string secondary) in EngineeredPairs(includeGeo: true))
            {
                foreach (string number in new[] { primary, secondary })
                {
                    string owner = await OwnerAsync(number, cancellationToken);
                    using HttpClient analyst = Server.Client(Server.DemoKey(owner, "analyst"));
                    foreach (JsonElement e in await EventsAsync(analyst, primary, secondary, cancellationToken, query: number))
                    {
                        anyEvent = true;
                        if (e.GetProperty("detail").GetString() == "encounter")
                        {
                            return (owner, e.GetProperty("id").GetGuid());
                        }
                    }
                }
            }

            // The demo's submissions are screened one after another: an encounter-only event may come after the first events.
            await Task.Delay(anyEvent ? 1000 : 2000, cancellationToken);
        }

        return null;
    }

    /// <summary>The engineered pairs; the GEO one (two agencies whose agreement is only proposed: a basic warning to
    /// both) only where <paramref name="includeGeo"/>.</summary>
    private IEnumerable<(string Primary, string Secondary)> EngineeredPairs(bool includeGeo = false)
    {
        // kind, primary, secondary, TCA UTC, miss m, relative speed m/s (tab-separated, after one header line).
        string file = Path.Combine(Server.DataDir, "demo-catalog", "conjunctions.txt");
        foreach (string line in File.ReadAllLines(file).Skip(1))
        {
            string[] fields = line.Split('\t');
            if (fields.Length >= 3 && (includeGeo || fields[0] != "geo"))
            {
                yield return (fields[1], fields[2]);
            }
        }
    }

    private async Task<string> OwnerAsync(string number, CancellationToken cancellationToken)
    {
        using HttpClient admin = Server.Client(Server.AdminKey);
        using JsonDocument o = JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/objects/{number}", cancellationToken));
        return o.RootElement.GetProperty("owner").GetString()!;
    }

    // The events of the pair the caller may learn of, asked by one object the caller can identify (query): an event
    // matches when every object it identifies belongs to the pair (an encounter names only what is released or owned).
    private static async Task<JsonElement[]> EventsAsync(HttpClient client, string primary, string secondary, CancellationToken cancellationToken,
        string? query = null)
    {
        using HttpResponseMessage response = await client.GetAsync($"/api/v1/conjunctions?object={query ?? primary}", cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return [];
        }

        using JsonDocument events = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return [.. events.RootElement.EnumerateArray()
            .Where(e => e.GetProperty("objects").EnumerateArray().All(o =>
                o.GetProperty("noradId").GetString() is not { } n || n == primary || n == secondary))
            .Select(e => e.Clone())];
    }

    private static string Name(JsonElement o) =>
        o.GetProperty("name").GetString() is { Length: > 0 } name
            ? $"{name} ({o.GetProperty("catalogNumber").GetInt32().ToString(CultureInfo.InvariantCulture)})"
            : o.GetProperty("catalogNumber").GetInt32().ToString(CultureInfo.InvariantCulture);

    /// <summary>As the console's fmtMeters: whole metres below 10 km (Math.round: half away from zero for positive values),
    /// else km with one decimal.</summary>
    private static string FormatMeters(double m) =>
        m >= 10000
            ? (m / 1000).ToString("F1", CultureInfo.InvariantCulture) + " km"
            : Math.Round(m, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) + " m";
}
