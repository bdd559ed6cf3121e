using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Concord.Astro.Time;
using Concord.Demo;
using Concord.Formats.Ccsds.Omm;
using Microsoft.Playwright;

namespace Concord.Console.Tests;

/// <summary>Uploading a manoeuvre plan in the browser: an analyst of one party to the demo's engineered high-risk
/// conjunction builds the planned ephemeris of the agency's own object (newest elements from the API, SGP4, an
/// along-track burn two hours before TCA; <see cref="ManeuverPlanOem"/>), uploads it on the event page and sees the
/// hub's screening of it: the pair now passes kilometres apart.</summary>
[Collection(ConsoleWorkflowCollection.Name)]
public sealed partial class ConsolePlanUploadTests(ConsoleBrowser fixture)
{
    /// <summary>The along-track burn of the plan, m/s: about 5 km of separation at TCA two hours later.</summary>
    private const double DeltaVMetersPerSecond = 0.25;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ConsoleServer Server => fixture.Server;

    [Fact]
    public async Task Analyst_UploadsAPlanForTheOwnObject_AndSeesThePairSeparated()
    {
        BrowserSupport.RequireAvailable(Server);
        Engineered pair = await EngineeredHighRiskAsync();
        using HttpClient analyst = Server.Client(Server.DemoKey(pair.Agency, "analyst"));
        Assert.Empty(await PlansAsync(analyst, pair.EventId));

        // The own object's newest element set as the hub releases it (OMM: the demo's 9-digit numbers do not fit a TLE).
        string kvn = await analyst.GetStringAsync($"/api/v1/catalog/gp?ids={pair.OwnObject}&format=omm-kvn", Ct);
        OmmReadResult read = OmmReader.Parse(kvn);
        Assert.True(read.Success, string.Join('\n', read.Diagnostics));
        Omm omm = Assert.Single(read.Messages);
        Epoch tca = Epoch.FromUtc(pair.Tca);
        Epoch start = Epoch.FromUtc(new DateTimeOffset(pair.Tca.Year, pair.Tca.Month, pair.Tca.Day, pair.Tca.Hour, pair.Tca.Minute, 0, TimeSpan.Zero))
            - Duration.FromMinutes(180);
        string oem = ManeuverPlanOem.Build(omm, start, start + Duration.FromMinutes(360), Duration.FromSeconds(60),
            tca - Duration.FromMinutes(120), DeltaVMetersPerSecond);
        string file = Path.Combine(Server.DataDir, $"plan-{pair.OwnObject}.oem");
        await File.WriteAllTextAsync(file, oem, Ct);

        await using IBrowserContext context = await fixture.NewContextAsync(1366, 768);
        IPage page = await context.NewPageAsync();
        await ConsolePage.SignInAsync(page, Server.DemoKey(pair.Agency, "analyst"), $"{pair.Agency} · analyst");
        await page.GotoAsync($"#/events/{pair.EventId:D}");
        await Assertions.Expect(page.GetByTestId("upload-plan")).ToBeVisibleAsync(new() { Timeout = ConsolePage.Timeout });

        await page.Locator("input[type=file][data-testid=plan-file]").SetInputFilesAsync(file);
        await page.GetByTestId("upload-plan").ClickAsync();

        ILocator result = page.GetByTestId("plan-result");
        await Assertions.Expect(result.GetByTestId("pair-miss")).ToContainTextAsync("pairMissDistanceMeters", new() { Timeout = ConsolePage.Timeout });
        await Assertions.Expect(result.GetByTestId("loading")).ToHaveCountAsync(0);
        await Assertions.Expect(result.GetByTestId("problem")).ToHaveCountAsync(0);
        string missText = await result.GetByTestId("pair-miss").InnerTextAsync();
        double shownMiss = double.Parse(MissValue().Match(missText).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.True(shownMiss > 1000.0 && shownMiss > 5 * pair.MissMeters,
            $"The planned pair miss shown is {missText}; the plan should separate the pair by kilometres (original miss {pair.MissMeters:F0} m).");
        string shownRisk = (await result.GetByTestId("pair-risk").InnerTextAsync()).Trim().ToLowerInvariant();
        Assert.Equal("low", shownRisk); // kilometres apart: the Pc falls far below the attention level
        await Assertions.Expect(result.GetByTestId("pair-risk").Locator(".risk-low")).ToBeVisibleAsync();
        await result.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Server.ScreenshotDir, "event-plan-result.png") });

        // Stored: the hub lists the plan with the screening the page showed, and the page's plan list has it after the reload.
        JsonElement plan = Assert.Single(await PlansAsync(analyst, pair.EventId));
        Assert.Equal(pair.OwnObject.ToString(CultureInfo.InvariantCulture), plan.GetProperty("object").GetString());
        Assert.Equal(pair.Agency, plan.GetProperty("uploadedBy").GetString());
        JsonElement screening = plan.GetProperty("screening");
        Assert.Equal(shownMiss, screening.GetProperty("pairMissDistanceMeters").GetDouble(), 0.06);
        Assert.Equal(shownRisk, screening.GetProperty("pairRiskLevel").GetString());
        Assert.Contains("CCSDS_OEM_VERS", plan.GetProperty("oem").GetString(), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#plans-h + ul li")).ToContainTextAsync(pair.OwnObject.ToString(CultureInfo.InvariantCulture),
            new() { Timeout = ConsolePage.Timeout });
        await ConsolePage.CheckAsync(page, Server, "event-plan-uploaded");
    }

    [Fact]
    public async Task APlanThatDoesNotCoverTca_IsRefused_WithTheProblemShown()
    {
        BrowserSupport.RequireAvailable(Server);
        Engineered pair = await EngineeredHighRiskAsync();
        using HttpClient analyst = Server.Client(Server.DemoKey(pair.Agency, "analyst"));
        string kvn = await analyst.GetStringAsync($"/api/v1/catalog/gp?ids={pair.OwnObject}&format=omm-kvn", Ct);
        Omm omm = Assert.Single(OmmReader.Parse(kvn).Messages);
        Epoch tca = Epoch.FromUtc(pair.Tca);
        // Ends an hour before TCA: the hub cannot screen the encounter with it.
        string oem = ManeuverPlanOem.Build(omm, tca - Duration.FromMinutes(240), tca - Duration.FromMinutes(60), Duration.FromSeconds(60),
            tca - Duration.FromMinutes(180), DeltaVMetersPerSecond);
        string file = Path.Combine(Server.DataDir, $"plan-{pair.OwnObject}-short.oem");
        await File.WriteAllTextAsync(file, oem, Ct);
        int before = (await PlansAsync(analyst, pair.EventId)).Length;

        await using IBrowserContext context = await fixture.NewContextAsync(1366, 768);
        IPage page = await context.NewPageAsync();
        await ConsolePage.SignInAsync(page, Server.DemoKey(pair.Agency, "officer"), $"{pair.Agency} · officer");
        await page.GotoAsync($"#/events/{pair.EventId:D}");
        await page.Locator("input[type=file][data-testid=plan-file]").SetInputFilesAsync(file, new() { Timeout = ConsolePage.Timeout });
        await page.GetByTestId("upload-plan").ClickAsync();

        ILocator problem = page.GetByTestId("plan-result").GetByTestId("problem");
        await Assertions.Expect(problem).ToContainTextAsync("plan.does-not-cover-tca", new() { Timeout = ConsolePage.Timeout });
        await Assertions.Expect(problem).ToHaveAttributeAsync("role", "alert");
        Assert.Equal(before, (await PlansAsync(analyst, pair.EventId)).Length);
    }

    /// <summary>The demo's engineered <c>high-risk</c> encounter (<c>demo-catalog/conjunctions.txt</c>), its event once
    /// the hub's screening has opened it, and the party whose object the test manoeuvres.</summary>
    private async Task<Engineered> EngineeredHighRiskAsync()
    {
        string[] line = File.ReadAllLines(Path.Combine(Server.DataDir, "demo-catalog", "conjunctions.txt"))
            .Select(l => l.Split('\t'))
            .First(f => f.Length >= 5 && f[0] == "high-risk");
        int primary = int.Parse(line[1], CultureInfo.InvariantCulture), secondary = int.Parse(line[2], CultureInfo.InvariantCulture);
        var tca = DateTimeOffset.Parse(line[3], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        using HttpClient boreal = Server.Client(Server.DemoKey(DemoAgencies.Boreal, "analyst"));
        DateTime deadline = DateTime.UtcNow.AddSeconds(300);
        while (DateTime.UtcNow < deadline)
        {
            using JsonDocument events = JsonDocument.Parse(await boreal.GetStringAsync(
                $"/api/v1/conjunctions?object={secondary.ToString(CultureInfo.InvariantCulture)}", Ct));
            foreach (JsonElement e in events.RootElement.EnumerateArray())
            {
                if (e.GetProperty("primaryNoradId").GetString() == line[1] && e.GetProperty("secondaryNoradId").GetString() == line[2]
                    && e.GetProperty("status").GetString() == "open")
                {
                    // The secondary (the object the demo designed to pass by) is BOREAL's BOREAS-EO satellite.
                    Assert.Equal(DemoAgencies.Boreal, e.GetProperty("secondaryOwner").GetString());
                    return new Engineered(e.GetProperty("id").GetGuid(), DemoAgencies.Boreal, secondary, primary,
                        e.GetProperty("tca").GetDateTimeOffset(), e.GetProperty("missDistanceMeters").GetDouble());
                }
            }

            await Task.Delay(1000, Ct);
        }

        throw new TimeoutException($"The engineered high-risk conjunction {primary} × {secondary} (TCA {tca:O}) was not opened within 300 s:\n{Server.Output}");
    }

    private static async Task<JsonElement[]> PlansAsync(HttpClient client, Guid eventId)
    {
        using HttpResponseMessage response = await client.GetAsync($"/api/v1/conjunctions/{eventId:D}/maneuver-plans", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return [.. body.RootElement.EnumerateArray().Select(p => p.Clone())];
    }

    [GeneratedRegex(@"pairMissDistanceMeters (\d+(?:\.\d+)?)")]
    private static partial Regex MissValue();

    private sealed record Engineered(Guid EventId, string Agency, int OwnObject, int OtherObject, DateTimeOffset Tca, double MissMeters);
}
