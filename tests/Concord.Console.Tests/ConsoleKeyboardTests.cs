using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Concord.Demo;
using Microsoft.Playwright;

namespace Concord.Console.Tests;

/// <summary>The console with the keyboard only (Tab, Shift+Tab, Enter, Space, typing; no pointer) at 1366x768: the skip
/// link, sign-in, the main navigation, the board's event link and the acknowledgement, with a visible focus indicator
/// on every element that takes focus (WCAG 2.2 SC 2.1.1 Keyboard, 2.4.1 Bypass Blocks, 2.4.7 Focus Visible).</summary>
[Collection(ConsoleWorkflowCollection.Name)]
public sealed class ConsoleKeyboardTests(ConsoleBrowser fixture)
{
    private const string Own = DemoAgencies.Boreal;

    /// <summary>What the page says about the focused element (<c>document.activeElement</c>).</summary>
    private const string FocusedScript = """
        () => {
          const el = document.activeElement;
          if (!el || el === document.body) return { tag: 'body', testId: '', href: '', text: '', inNav: false, visible: false, indicator: false, style: '' };
          const s = getComputedStyle(el);
          const r = el.getBoundingClientRect();
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
          const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
          return {
            tag: el.tagName.toLowerCase(),
            testId: el.getAttribute('data-testid') ?? '',
            href: el.getAttribute('href') ?? '',
            text: (el.textContent ?? '').trim().slice(0, 80),
            inNav: !!el.closest('nav'),
            visible: r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight,
            indicator: el.matches(':focus-visible') && (outline || shadow),
            style: `focus-visible=${el.matches(':focus-visible')} outline=${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} box-shadow=${s.boxShadow}`,
          };
        }
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ConsoleServer Server => fixture.Server;

    [Fact]
    public async Task SignIn_Navigate_OpenAnEvent_AndAcknowledge_WithTheKeyboardOnly()
    {
        BrowserSupport.RequireAvailable(Server);
        (Guid eventId, int rowIndex, string ownObject) = await FirstOwnEventOnTheBoardAsync();
        await using IBrowserContext context = await fixture.NewContextAsync(1366, 768);
        IPage page = await context.NewPageAsync();
        await page.GotoAsync("#/sign-in");
        await Assertions.Expect(page.GetByTestId("api-key")).ToBeVisibleAsync(new() { Timeout = ConsolePage.Timeout });

        // The skip link comes first: Shift+Tab from the page heading reaches it, visible while focused; Enter moves
        // focus to the main content, and the next Tab is the API key field.
        await page.Keyboard.PressAsync("Shift+Tab");
        Focused skip = await FocusedAsync(page, "the skip link");
        Assert.Equal("a", skip.Tag);
        Assert.Equal("#main", skip.Href);
        Assert.Matches(new Regex("^Skip to (main )?content$", RegexOptions.IgnoreCase), skip.Text);
        Assert.Equal(0, await page.EvaluateAsync<int>("""
            () => [...document.querySelectorAll('a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])')]
              .filter((e) => e.offsetParent !== null || e === document.activeElement).indexOf(document.activeElement)
            """));
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('main').contains(document.activeElement)"),
            "Enter on the skip link did not move focus into <main>.");
        await TabToAsync(page, f => f.TestId == "api-key", 3, "the API key field");
        await page.Keyboard.TypeAsync(Server.DemoKey(Own, "officer"));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("whoami")).ToContainTextAsync($"{Own} · officer", new() { Timeout = ConsolePage.Timeout });
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#/board$"), new() { Timeout = ConsolePage.Timeout });
        await Assertions.Expect(page.GetByTestId("event-row").First).ToBeVisibleAsync(new() { Timeout = ConsolePage.Timeout });
        await Assertions.Expect(page.GetByTestId("loading")).ToHaveCountAsync(0, new() { Timeout = ConsolePage.Timeout });

        // The main navigation, backwards from the board's heading: sign-out, then Audit, Agreements, Catalog; Enter opens it.
        var seen = new List<string>();
        Focused catalogLink = await TabToAsync(page, f =>
        {
            if (f.InNav)
            {
                seen.Add(f.Href);
            }

            return f.Href == "#/catalog";
        }, 6, "the Catalog link", backwards: true);
        Assert.True(catalogLink.InNav);
        Assert.Equal(["#/audit", "#/agreements", "#/catalog"], seen);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#/catalog$"), new() { Timeout = ConsolePage.Timeout });
        await Assertions.Expect(page.GetByTestId("objects")).ToBeVisibleAsync(new() { Timeout = ConsolePage.Timeout });
        await Assertions.Expect(page.Locator("nav a[href='#/catalog']")).ToHaveAttributeAsync("aria-current", "page");
        await TabToAsync(page, f => f.Href == "#/board", 6, "the Board link", backwards: true);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#/board$"), new() { Timeout = ConsolePage.Timeout });
        await Assertions.Expect(page.GetByTestId("event-row").First).ToBeVisibleAsync(new() { Timeout = ConsolePage.Timeout });
        await Assertions.Expect(page.GetByTestId("loading")).ToHaveCountAsync(0, new() { Timeout = ConsolePage.Timeout });

        // The board: past the risk filter to the first event of the own agency, opened with Enter.
        string href = $"#/events/{eventId:D}";
        await TabToAsync(page, f => f.Href == href, rowIndex + 10, $"the board's link to event {eventId:D} (row {rowIndex + 1})");
        Assert.True(await page.EvaluateAsync<bool>($"() => document.activeElement.closest('tr[data-testid=event-row]')?.dataset.eventId === '{eventId:D}'"));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"{Regex.Escape(href)}$"), new() { Timeout = ConsolePage.Timeout });
        await Assertions.Expect(page.GetByTestId("acknowledge")).ToBeVisibleAsync(new() { Timeout = ConsolePage.Timeout });
        ILocator ackState = page.Locator("main [data-testid=ack-state]");
        await Assertions.Expect(ackState).ToContainTextAsync("awaiting ack", new() { Timeout = ConsolePage.Timeout });

        // The event: Tab to the Acknowledge button and press Space - while the page is reloading the event for a stream
        // message (an intent stated through the API). The reload's response, held back 1.5 s, arrives while Space is
        // down: the page must not replace the button under the key, or the release would not activate it.
        await TabToAsync(page, f => f.TestId == "acknowledge", 80, "the Acknowledge button");
        string eventUrl = $"{Server.BaseAddress.ToString().TrimEnd('/')}/api/v1/conjunctions/{eventId:D}";
        await page.RouteAsync(eventUrl, async route =>
        {
            await Task.Delay(1500);
            await route.ContinueAsync();
        });
        Task<IRequest> reloading = page.WaitForRequestAsync(eventUrl, new() { Timeout = ConsolePage.Timeout });
        Task<IResponse> reload = page.WaitForResponseAsync(eventUrl, new() { Timeout = ConsolePage.Timeout });
        using (HttpClient analyst = Server.Client(Server.DemoKey(Own, "officer")))
        using (HttpResponseMessage stated = await analyst.PostAsJsonAsync($"/api/v1/conjunctions/{eventId:D}/intent",
            new { intent = "undetermined", maneuverable = "unknown", comment = "keyboard test: a stream message during the press", @object = ownObject }, Ct))
        {
            Assert.True(stated.IsSuccessStatusCode, $"intent: {(int)stated.StatusCode} {await stated.Content.ReadAsStringAsync(Ct)}");
        }

        await reloading; // the stream message started a reload
        await page.Keyboard.DownAsync(" ");
        await reload;
        await Task.Delay(300, Ct); // the page has had the response and its chance to re-render
        await page.Keyboard.UpAsync(" ");
        await page.UnrouteAsync(eventUrl);
        try
        {
            await Assertions.Expect(ackState).ToContainTextAsync("acknowledged", new() { Timeout = ConsolePage.Timeout });
        }
        catch (PlaywrightException e)
        {
            string form = await page.Locator("form[aria-label=Acknowledge]").InnerTextAsync();
            throw new Xunit.Sdk.XunitException($"Space on the Acknowledge button did not acknowledge; the form says: {form}\n{e.Message}");
        }

        await Assertions.Expect(ackState).Not.ToContainTextAsync("awaiting", new() { Timeout = ConsolePage.Timeout });
        Focused after = await FocusedAsync(page, "the element focused after acknowledging");
        Assert.Equal("acknowledge", after.TestId); // the page keeps the keyboard user's place
        await page.ScreenshotAsync(new() { Path = Path.Combine(Server.ScreenshotDir, "keyboard-acknowledged.png") });

        using HttpClient officer = Server.Client(Server.DemoKey(Own, "officer"));
        using JsonDocument coordination = JsonDocument.Parse(await officer.GetStringAsync($"/api/v1/conjunctions/{eventId:D}/coordination", Ct));
        JsonElement own = coordination.RootElement.GetProperty("parties").EnumerateArray().First(p => p.GetProperty("agency").GetString() == Own);
        Assert.True(own.GetProperty("acknowledged").GetBoolean(), coordination.RootElement.ToString());
    }

    /// <summary>Presses Tab (Shift+Tab when <paramref name="backwards"/>) at most <paramref name="limit"/> times until
    /// the focused element matches; every element focused on the way must be visible with a focus indicator.</summary>
    private static async Task<Focused> TabToAsync(IPage page, Func<Focused, bool> match, int limit, string what, bool backwards = false)
    {
        var path = new List<string>();
        for (int press = 0; press < limit; press++)
        {
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            Focused focused = await FocusedAsync(page, what);
            path.Add($"{focused.Tag}[{focused.TestId}|{focused.Href}] {focused.Text}");
            if (match(focused))
            {
                return focused;
            }
        }

        throw new Xunit.Sdk.XunitException($"{what} was not reached in {limit} presses of {(backwards ? "Shift+Tab" : "Tab")}; focus went:\n{string.Join('\n', path)}");
    }

    /// <summary>The focused element, which must be visible and show a focus indicator (outline or box shadow while
    /// <c>:focus-visible</c>).</summary>
    private static async Task<Focused> FocusedAsync(IPage page, string what)
    {
        JsonElement e = await page.EvaluateAsync<JsonElement>(FocusedScript);
        var focused = new Focused(e.GetProperty("tag").GetString()!, e.GetProperty("testId").GetString()!, e.GetProperty("href").GetString()!,
            e.GetProperty("text").GetString()!, e.GetProperty("inNav").GetBoolean(), e.GetProperty("visible").GetBoolean(),
            e.GetProperty("indicator").GetBoolean(), e.GetProperty("style").GetString()!);
        Assert.True(focused.Tag != "body", $"Focus was lost (on <body>) on the way to {what}.");
        Assert.True(focused.Visible, $"The focused {focused.Tag} '{focused.Text}' is not visible in the viewport (on the way to {what}).");
        Assert.True(focused.Indicator, $"The focused {focused.Tag} '{focused.Text}' shows no focus indicator: {focused.Style}");
        return focused;
    }

    /// <summary>The first event on BOREAL's board (open, sorted as the board sorts: risk, then TCA) of which BOREAL owns
    /// an object, so that BOREAL can acknowledge it, and its row index.</summary>
    private async Task<(Guid Id, int RowIndex, string OwnObject)> FirstOwnEventOnTheBoardAsync()
    {
        using HttpClient officer = Server.Client(Server.DemoKey(Own, "officer"));
        // The demo hub screens its catalog in the background after seeding: wait until the events are there and their
        // number has settled, so that the board's rows stay where they are while the test tabs through them.
        JsonDocument list = JsonDocument.Parse(await officer.GetStringAsync("/api/v1/conjunctions", Ct));
        for (DateTime deadline = DateTime.UtcNow.AddSeconds(300); DateTime.UtcNow < deadline;)
        {
            await Task.Delay(3000, Ct);
            JsonDocument next = JsonDocument.Parse(await officer.GetStringAsync("/api/v1/conjunctions", Ct));
            bool settled = next.RootElement.GetArrayLength() > 0 && next.RootElement.GetArrayLength() == list.RootElement.GetArrayLength();
            list.Dispose();
            list = next;
            if (settled)
            {
                break;
            }
        }

        using JsonDocument events = list;
        string[] order = ["high", "attention", "low"];
        JsonElement[] board = [.. events.RootElement.EnumerateArray()
            .Where(e => e.GetProperty("status").GetString() == "open")
            .OrderBy(e => Array.IndexOf(order, e.GetProperty("riskLevel").GetString()) is var i and >= 0 ? i : 9)
            .ThenBy(e => e.GetProperty("tca").GetString(), StringComparer.Ordinal)];
        int index = Array.FindIndex(board, e => e.GetProperty("primaryOwner").GetString() == Own || e.GetProperty("secondaryOwner").GetString() == Own);
        Assert.True(index is >= 0 and < 20, $"None of the first 20 events on {Own}'s board ({board.Length}) involves an object of {Own}.");
        JsonElement chosen = board[index];
        // The intent names the agency's own object (required when it owns both).
        string ownObject = chosen.GetProperty(chosen.GetProperty("primaryOwner").GetString() == Own ? "primaryNoradId" : "secondaryNoradId").GetString()!;
        return (chosen.GetProperty("id").GetGuid(), index, ownObject);
    }

    /// <summary>The focused element as <see cref="FocusedScript"/> describes it.</summary>
    private sealed record Focused(string Tag, string TestId, string Href, string Text, bool InNav, bool Visible, bool Indicator, string Style);
}
