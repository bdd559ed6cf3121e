using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Concord.Console.Tests;

/// <summary>Page steps shared by the workflow tests (sign-in with the pointer, screenshot with an axe check), as
/// <see cref="ConsoleBrowserTests"/> does them.</summary>
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
        await page.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotDir, $"{name}.png") });
        AxeResult result = await page.RunAxe();
        string[] serious = [.. result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")];
        Assert.True(serious.Length == 0, $"axe on {name}:\n{string.Join('\n', serious)}");
    }
}
