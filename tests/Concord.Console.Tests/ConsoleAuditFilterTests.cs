using System.Text.Json;
using Concord.Hub.Demo;
using Microsoft.Playwright;

namespace Concord.Console.Tests;

/// <summary>The audit page's filters narrow the entries shown to those the filter names, and only those.</summary>
[Collection(ConsoleWorkflowCollection.Name)]
public sealed class ConsoleAuditFilterTests(ConsoleBrowser fixture)
{
    private const string Own = DemoAgencies.Boreal;

    /// <summary>How many entries the page loads by default (its "Entries to load" choice).</summary>
    private const int Loaded = 500;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ConsoleServer Server => fixture.Server;

    [Fact]
    public async Task ActionAndActorFilters_NarrowTheEntries()
    {
        BrowserSupport.RequireAvailable(Server);
        // What the page loads (the oldest 500 entries: the demo's seeding wrote more), as the API returns it.
        using HttpClient auditor = Server.Client(Server.DemoKey(Own, "auditor"));
        using JsonDocument body = JsonDocument.Parse(await auditor.GetStringAsync($"/api/v1/audit?after=0&limit={Loaded}", Ct));
        (string Action, string Actor)[] entries = [.. body.RootElement.EnumerateArray()
            .Select(e => (e.GetProperty("action").GetString()!, e.GetProperty("actor").GetString()!))];
        Assert.Equal(Loaded, entries.Length);
        const string prefix = "api-key.";
        int keyEntries = entries.Count(e => e.Action.StartsWith(prefix, StringComparison.Ordinal));
        Assert.InRange(keyEntries, 1, Loaded - 1); // the filter has something to keep and something to drop

        await using IBrowserContext context = await fixture.NewContextAsync(1366, 768);
        IPage page = await context.NewPageAsync();
        await ConsolePage.SignInAsync(page, Server.DemoKey(Own, "auditor"), $"{Own} · auditor");
        await page.GotoAsync("#/audit");
        ILocator table = page.GetByTestId("audit-entries");
        ILocator rows = table.Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(Loaded, new() { Timeout = ConsolePage.Timeout });

        await page.GetByLabel("Action starts with").FillAsync(prefix);
        await page.GetByTestId("audit-filter").ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(keyEntries, new() { Timeout = ConsolePage.Timeout });
        await Assertions.Expect(table.Locator("caption")).ToHaveTextAsync($"{keyEntries} of {Loaded} loaded entries");
        string[] actions = [.. (await table.Locator("tbody tr td:nth-child(4)").AllInnerTextsAsync()).Select(a => a.Trim())];
        Assert.All(actions, a => Assert.StartsWith(prefix, a, StringComparison.Ordinal));
        await ConsolePage.CheckAsync(page, Server, "audit-filtered");

        // The actor filter instead: the hub's own entries (actor "system": agencies and keys the seeding created).
        int systemEntries = entries.Count(e => e.Actor.Contains("system", StringComparison.OrdinalIgnoreCase));
        Assert.InRange(systemEntries, 1, Loaded - 1);
        await page.GetByLabel("Action starts with").FillAsync("");
        await page.GetByLabel("Actor contains").FillAsync("system");
        await page.GetByTestId("audit-filter").ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(systemEntries, new() { Timeout = ConsolePage.Timeout });
        string[] actors = [.. (await table.Locator("tbody tr td:nth-child(3)").AllInnerTextsAsync()).Select(a => a.Trim())];
        Assert.All(actors, a => Assert.Contains("system", a, StringComparison.OrdinalIgnoreCase));

        // Cleared: everything loaded again.
        await page.GetByLabel("Action starts with").FillAsync("");
        await page.GetByLabel("Actor contains").FillAsync("");
        await page.GetByTestId("audit-filter").ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(Loaded, new() { Timeout = ConsolePage.Timeout });
    }
}
