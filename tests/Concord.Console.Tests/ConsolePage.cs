using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Concord.Console.Tests;

/// <summary>Page steps shared by the browser tests: sign-in with the pointer, screenshots, and the axe check.</summary>
internal static class ConsolePage
{
    public static float Timeout => ConsoleBrowser.ActionTimeoutMilliseconds;

    /// <summary>Signs in on <c>#/sign-in</c> with <paramref name="key"/> and waits for the header's
    /// <paramref name="whoami"/>.</summary>
    public static async Task SignInAsync(IPage page, string key, string whoami)
    {
        await page.GotoAsync("#/sign-in");
        await page.GetByTestId("api-key").FillAsync(key, new() { Timeout = Timeout });
        await page.GetByTestId("sign-in").ClickAsync();
        await Assertions.Expect(page.GetByTestId("whoami")).ToContainTextAsync(whoami, new() { Timeout = Timeout });
    }

    /// <summary>Saves a viewport screenshot as <c>screenshots/NAME.png</c> and runs axe: no serious or critical
    /// violation.</summary>
    public static async Task CheckAsync(IPage page, ConsoleServer server, string name)
    {
        // The viewport, not the full page: the demo board has over 1,500 rows, and capturing them all took over 30 s in CI.
        await ScreenshotAsync(page, server, name, fullPage: false);
        await AssertAxeCleanAsync(page, name);
    }

    /// <summary>Saves a screenshot as <c>screenshots/NAME.png</c> (a test artifact).</summary>
    public static Task ScreenshotAsync(IPage page, ConsoleServer server, string name, bool fullPage) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotDir, $"{name}.png"), FullPage = fullPage });

    /// <summary>Runs axe on the page: no serious or critical violation.</summary>
    public static async Task AssertAxeCleanAsync(IPage page, string name)
    {
        AxeResult result = await page.RunAxe();
        string[] serious = [.. result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")];
        Assert.True(serious.Length == 0, $"axe on {name}:\n{string.Join('\n', serious)}");
    }
}
