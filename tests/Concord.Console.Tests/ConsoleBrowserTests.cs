using Concord.Demo;
using Microsoft.Playwright;

namespace Concord.Console.Tests;

/// <summary>The web console in Debian's Chromium against a real <c>concord serve --demo</c>: sign-in, the live board,
/// an event's detail and acknowledgement, the agreements' release matrix, the release policy on the board, axe checks
/// and a screenshot of each main page.</summary>
public sealed class ConsoleBrowserTests(ConsoleBrowser fixture) : IClassFixture<ConsoleBrowser>
{
    /// <summary>The signed-in agency: owner of the submitted objects. <see cref="Other"/> owns the objects they meet.</summary>
    private const string Own = DemoAgencies.Boreal;

    private const string Other = DemoAgencies.Meridian;

    private static readonly float Timeout = ConsoleBrowser.ActionTimeoutMilliseconds;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ConsoleServer Server => fixture.Server;

    [Theory]
    [InlineData(1366, 768)]
    [InlineData(1920, 1080)]
    public async Task SignIn_ShowsWhoAmI_AndTheBoard(int width, int height)
    {
        BrowserSupport.RequireAvailable(Server);
        await fixture.EnsureOwnConjunctionAsync(Ct);
        await using IBrowserContext context = await fixture.NewContextAsync(width, height);
        IPage page = await context.NewPageAsync();

        await page.GotoAsync("#/sign-in");
        await Assertions.Expect(page.GetByTestId("api-key")).ToBeVisibleAsync(new() { Timeout = Timeout });
        await ConsolePage.CheckAsync(page, Server, $"sign-in-{width}x{height}");
        await ConsolePage.SignInAsync(page, Server.DemoKey(Own, "officer"), $"{Own} · officer");

        await page.GotoAsync("#/board");
        await Assertions.Expect(page.GetByTestId("event-row").First).ToBeVisibleAsync(new() { Timeout = Timeout });
        await ConsolePage.CheckAsync(page, Server, $"board-{width}x{height}");
    }

    [Fact]
    public async Task Board_UpdatesLive_WhenAConjunctionIsCreated()
    {
        BrowserSupport.RequireAvailable(Server);
        await using IBrowserContext context = await fixture.NewContextAsync(1366, 768);
        IPage page = await context.NewPageAsync();
        await page.GotoAsync("#/sign-in");
        await ConsolePage.SignInAsync(page, Server.DemoKey(Own, "officer"), $"{Own} · officer");
        await page.GotoAsync("#/board");
        await Assertions.Expect(page.GetByTestId("board")).ToBeVisibleAsync(new() { Timeout = Timeout });
        await Assertions.Expect(page.GetByTestId("loading")).ToHaveCountAsync(0, new() { Timeout = Timeout });
        int navigations = 0;
        page.FrameNavigated += (_, frame) => navigations += frame == page.MainFrame ? 1 : 0;

        Guid eventId = await fixture.CreateConjunctionAsync(99_101, Ct);

        await Assertions.Expect(page.Locator($"tr[data-testid=event-row][data-event-id=\"{eventId:D}\"]"))
            .ToBeVisibleAsync(new() { Timeout = Timeout });
        Assert.Equal(0, navigations); // no reload: the stream brought it
    }

    [Fact]
    public async Task Event_OpensAndCanBeAcknowledged()
    {
        BrowserSupport.RequireAvailable(Server);
        Guid eventId = await fixture.EnsureOwnConjunctionAsync(Ct);
        await using IBrowserContext context = await fixture.NewContextAsync(1366, 768);
        IPage page = await context.NewPageAsync();
        await page.GotoAsync("#/sign-in");
        await ConsolePage.SignInAsync(page, Server.DemoKey(Own, "officer"), $"{Own} · officer");

        await page.GotoAsync("#/board");
        await page.Locator($"tr[data-testid=event-row][data-event-id=\"{eventId:D}\"] a").First.ClickAsync(new() { Timeout = Timeout });
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"#/events/{eventId:D}$"));
        await Assertions.Expect(page.GetByTestId("encounter-plane")).ToBeVisibleAsync(new() { Timeout = Timeout });
        await Assertions.Expect(page.GetByTestId("trend-chart")).ToBeVisibleAsync();
        await ConsolePage.CheckAsync(page, Server, "event");

        await page.GetByTestId("acknowledge").ClickAsync();
        await Assertions.Expect(page.GetByTestId("ack-state")).ToContainTextAsync("acknowledged", new() { Timeout = Timeout });
        await page.ScreenshotAsync(new() { Path = Path.Combine(Server.ScreenshotDir, "event-acknowledged.png"), FullPage = true });
    }

    [Fact]
    public async Task Agreements_ShowTheReleaseMatrix()
    {
        BrowserSupport.RequireAvailable(Server);
        await using IBrowserContext context = await fixture.NewContextAsync(1366, 768);
        IPage page = await context.NewPageAsync();
        await page.GotoAsync("#/sign-in");
        await ConsolePage.SignInAsync(page, Server.DemoKey(Own, "officer"), $"{Own} · officer");

        await page.GotoAsync("#/agreements");
        await Assertions.Expect(page.GetByTestId("agreements")).ToBeVisibleAsync(new() { Timeout = Timeout });
        await Assertions.Expect(page.GetByTestId("release-matrix")).ToBeVisibleAsync(new() { Timeout = Timeout });
        await Assertions.Expect(page.GetByTestId("release-matrix")).ToContainTextAsync(Other);
        await ConsolePage.CheckAsync(page, Server, "agreements");
    }

    [Fact]
    public async Task CatalogAndAudit_Pages_AreAccessible()
    {
        BrowserSupport.RequireAvailable(Server);
        await using IBrowserContext context = await fixture.NewContextAsync(1366, 768);
        IPage page = await context.NewPageAsync();
        await page.GotoAsync("#/sign-in");
        await ConsolePage.SignInAsync(page, Server.DemoKey(Own, "analyst"), $"{Own} · analyst");
        await page.GotoAsync("#/catalog");
        await Assertions.Expect(page.GetByTestId("objects")).ToBeVisibleAsync(new() { Timeout = Timeout });
        await ConsolePage.CheckAsync(page, Server, "catalog");

        await page.GetByTestId("sign-out").ClickAsync();
        await Assertions.Expect(page.GetByTestId("api-key")).ToBeVisibleAsync(new() { Timeout = Timeout });
        await ConsolePage.SignInAsync(page, Server.DemoKey(Own, "auditor"), $"{Own} · auditor");
        await page.GotoAsync("#/audit");
        await Assertions.Expect(page.GetByTestId("audit-verify")).ToBeVisibleAsync(new() { Timeout = Timeout });
        await ConsolePage.CheckAsync(page, Server, "audit");
    }

    [Fact]
    public async Task AgencyWithoutAgreement_SeesNoForeignEvent()
    {
        BrowserSupport.RequireAvailable(Server);
        await fixture.EnsureOwnConjunctionAsync(Ct); // there is an event to withhold
        string key = await fixture.NewAgencyKeyAsync("LONE", "analyst", Ct);
        await using IBrowserContext context = await fixture.NewContextAsync(1366, 768);
        IPage page = await context.NewPageAsync();
        await page.GotoAsync("#/sign-in");
        await ConsolePage.SignInAsync(page, key, "LONE · analyst");

        await page.GotoAsync("#/board");
        await Assertions.Expect(page.GetByTestId("board")).ToBeVisibleAsync(new() { Timeout = Timeout });
        await Assertions.Expect(page.GetByTestId("loading")).ToHaveCountAsync(0, new() { Timeout = Timeout });
        await Assertions.Expect(page.GetByTestId("event-row")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Server.ScreenshotDir, "board-no-agreement.png") });
    }
}
