using System.Text.Json;
using Concord.Demo;
using Microsoft.Playwright;

namespace Concord.Console.Tests;

/// <summary>The audit page's filters (run by the API over the whole chain, before its page limit) show exactly the entries
/// the API returns for them, and the next page continues after the last one shown.</summary>
[Collection(ConsoleWorkflowCollection.Name)]
public sealed class ConsoleAuditFilterTests(ConsoleBrowser fixture)
{
    private const string Own = DemoAgencies.Boreal;

    /// <summary>The page's default page size (its "Entries per page" choice); the demo's seeding writes more entries.</summary>
    private const int PageSize = 500;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ConsoleServer Server => fixture.Server;

    [Fact]
    public async Task Filters_ShowWhatTheApiMatches_AndTheNextPageContinues()
    {
        BrowserSupport.RequireAvailable(Server);
        using HttpClient auditor = Server.Client(Server.DemoKey(Own, "auditor"));
        async Task<long[]> SequencesAsync(string query)
        {
            using JsonDocument body = JsonDocument.Parse(await auditor.GetStringAsync($"/api/v1/audit?limit={PageSize}&{query}", Ct));
            return [.. body.RootElement.EnumerateArray().Select(e => e.GetProperty("sequence").GetInt64())];
        }

        await using IBrowserContext context = await fixture.NewContextAsync(1366, 768);
        IPage page = await context.NewPageAsync();
        await ConsolePage.SignInAsync(page, Server.DemoKey(Own, "auditor"), $"{Own} · auditor");
        await page.GotoAsync("#/audit");
        ILocator table = page.GetByTestId("audit-entries");
        ILocator rows = table.Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(PageSize, new() { Timeout = ConsolePage.Timeout });
        long[] firstPage = await SequencesAsync("after=0");
        Assert.Equal(PageSize, firstPage.Length);

        // Action prefix: the API's matches over the whole chain (more than the first page holds of them).
        const string prefix = "api-key.";
        long[] keyEntries = await SequencesAsync($"after=0&action={prefix}");
        Assert.InRange(keyEntries.Length, 1, PageSize);
        await page.GetByLabel("Action starts with").FillAsync(prefix);
        await page.GetByTestId("audit-filter").ClickAsync();
        await Assertions.Expect(table.Locator("caption")).ToHaveTextAsync($"{keyEntries.Length} matching entries after sequence 0",
            new() { Timeout = ConsolePage.Timeout });
        Assert.Equal(keyEntries, await ShownSequencesAsync(table));
        string[] actions = [.. (await table.Locator("tbody tr td:nth-child(4)").AllInnerTextsAsync()).Select(a => a.Trim())];
        Assert.All(actions, a => Assert.StartsWith(prefix, a, StringComparison.Ordinal));
        await ConsolePage.CheckAsync(page, Server, "audit-filtered");

        // Actor instead: the hub's own entries (actor "system": what the seeding created).
        long[] systemEntries = await SequencesAsync("after=0&actor=system");
        Assert.InRange(systemEntries.Length, 1, PageSize);
        await page.GetByLabel("Action starts with").FillAsync("");
        await page.GetByLabel("Actor contains").FillAsync("system");
        await page.GetByTestId("audit-filter").ClickAsync();
        await Assertions.Expect(table.Locator("caption")).ToHaveTextAsync($"{systemEntries.Length} matching entries after sequence 0",
            new() { Timeout = ConsolePage.Timeout });
        Assert.Equal(systemEntries, await ShownSequencesAsync(table));

        // Cleared, then the next page: it starts right after the first page's last entry.
        await page.GetByLabel("Actor contains").FillAsync("");
        await page.GetByTestId("audit-filter").ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(PageSize, new() { Timeout = ConsolePage.Timeout });
        await page.GetByTestId("audit-next").ClickAsync();
        long last = firstPage[^1];
        await Assertions.Expect(table.Locator("caption")).ToContainTextAsync($"after sequence {last}", new() { Timeout = ConsolePage.Timeout });
        long[] secondPage = await SequencesAsync($"after={last}");
        Assert.Equal(secondPage, await ShownSequencesAsync(table));
        Assert.Equal(last + 1, secondPage[0]);
    }

    private static async Task<long[]> ShownSequencesAsync(ILocator table) =>
        [.. (await table.Locator("tbody tr td:nth-child(1)").AllInnerTextsAsync()).Select(t => long.Parse(t.Trim(), System.Globalization.CultureInfo.InvariantCulture))];
}
