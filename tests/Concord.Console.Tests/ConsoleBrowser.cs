using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;
using Concord.Demo;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Omm;
using Microsoft.Playwright;

namespace Concord.Console.Tests;

/// <summary>The browser tests' fixture: one <see cref="ConsoleServer"/>, one headless Debian Chromium, and the API calls
/// that arrange conjunctions and agencies for them.</summary>
public sealed class ConsoleBrowser : IAsyncLifetime
{
    private readonly SemaphoreSlim _ownLock = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Guid? _ownConjunction;

    public ConsoleServer Server { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await Server.InitializeAsync();
        if (Server.Unavailable is not null)
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserSupport.ChromiumPath,
            Args = BrowserSupport.ChromiumArgs,
            Headless = true,
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
        _ownLock.Dispose();
    }

    /// <summary>A fresh browser context (own cookies) with a viewport, its base URL the hub.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width, int height)
    {
        IBrowserContext context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
        });

        // CI runs these beside the other test projects on 2 cores: every action (screenshots and axe included) gets the
        // generous timeout of the assertions rather than Playwright's 30 s.
        context.SetDefaultTimeout(ActionTimeoutMilliseconds);
        return context;
    }

    /// <summary>The timeout of every browser action and assertion, milliseconds.</summary>
    public const float ActionTimeoutMilliseconds = 150_000; // generous: CI runs the suites side by side on 2 cores

    /// <summary>A conjunction of an object of BOREAL (registered and submitted once) with one of MERIDIAN's.</summary>
    public async Task<Guid> EnsureOwnConjunctionAsync(CancellationToken cancellationToken)
    {
        await _ownLock.WaitAsync(cancellationToken);
        try
        {
            _ownConjunction ??= await CreateConjunctionAsync(99_001, cancellationToken);
            return _ownConjunction.Value;
        }
        finally
        {
            _ownLock.Release();
        }
    }

    /// <summary>Registers object <paramref name="number"/> for BOREAL and submits elements designed to pass one of
    /// MERIDIAN's LEO objects 50 m away about three hours from now (<see cref="ConjunctionDesigner"/>, as the
    /// stream-latency benchmark does); returns the event the hub's screening creates.</summary>
    public async Task<Guid> CreateConjunctionAsync(int number, CancellationToken cancellationToken)
    {
        using HttpClient analyst = Server.Client(Server.DemoKey(DemoAgencies.Boreal, "analyst"));
        Sgp4Elements elements = Design();
        using (HttpResponseMessage registered = await analyst.PostAsJsonAsync("/api/v1/objects", new
        {
            noradId = number.ToString(CultureInfo.InvariantCulture),
            name = $"CONSOLE TEST {number}",
            owner = DemoAgencies.Boreal,
            perigeeKilometers = 500.0,
            apogeeKilometers = 520.0,
            status = "operational",
        }, cancellationToken))
        {
            Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync(cancellationToken));
        }

        // The number is outside BOREAL's standing grants: the hub administrator confirms the claim (owner rights).
        using (HttpClient hubAdmin = Server.Client(Server.AdminKey))
        using (HttpResponseMessage confirmed = await hubAdmin.PostAsync(
            new Uri($"/api/v1/objects/{number.ToString(CultureInfo.InvariantCulture)}/confirm", UriKind.Relative), null, cancellationToken))
        {
            Assert.True(confirmed.IsSuccessStatusCode, await confirmed.Content.ReadAsStringAsync(cancellationToken));
        }

        string kvn = OmmWriter.Write(OmmConverter.FromSgp4Elements(elements, number, $"CONSOLE TEST {number}", "2026-998A"), CcsdsFormat.Kvn).Text!;
        using (var content = new StringContent(kvn, Encoding.UTF8, "text/plain"))
        using (HttpResponseMessage submitted = await analyst.PostAsync("/api/v1/submissions", content, cancellationToken))
        {
            Assert.True(submitted.StatusCode == HttpStatusCode.Created, await submitted.Content.ReadAsStringAsync(cancellationToken));
        }

        DateTime deadline = DateTime.UtcNow.AddSeconds(240); // generous: CI runs the suites side by side on 2 cores
        while (DateTime.UtcNow < deadline)
        {
            using JsonDocument events = JsonDocument.Parse(await analyst.GetStringAsync(
                $"/api/v1/conjunctions?object={number.ToString(CultureInfo.InvariantCulture)}", cancellationToken));
            foreach (JsonElement e in events.RootElement.EnumerateArray())
            {
                return e.GetProperty("id").GetGuid();
            }

            await Task.Delay(500, cancellationToken);
        }

        throw new TimeoutException($"No conjunction event for object {number} within 240 s:\n{Server.Output}");
    }

    /// <summary>Creates an agency (as the hub administrator) and a key for it; returns the key.</summary>
    public async Task<string> NewAgencyKeyAsync(string code, string role, CancellationToken cancellationToken)
    {
        using HttpClient admin = Server.Client(Server.AdminKey);
        using (HttpResponseMessage created = await admin.PostAsJsonAsync("/api/v1/agencies",
            new { code, name = $"Agency {code}", country = "NZ" }, cancellationToken))
        {
            Assert.True(created.IsSuccessStatusCode || created.StatusCode == HttpStatusCode.Conflict,
                await created.Content.ReadAsStringAsync(cancellationToken));
        }

        using HttpResponseMessage issued = await admin.PostAsJsonAsync($"/api/v1/agencies/{code}/api-keys", new { role }, cancellationToken);
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        using JsonDocument body = JsonDocument.Parse(await issued.Content.ReadAsStringAsync(cancellationToken));
        return body.RootElement.GetProperty("key").GetString()!;
    }

    // A secondary crossing one of MERIDIAN's LEO objects (from the demo catalog the server wrote) 50 m away about 3 h
    // from now, at the first minute whose geometry allows it.
    private Sgp4Elements Design()
    {
        string file = Path.Combine(Server.DataDir, "demo-catalog", $"{DemoAgencies.Meridian}.omm.csv");
        using var reader = new StringReader(File.ReadAllText(file));
        OmmReadResult catalog = OmmReader.Read(reader);
        Epoch now = Epoch.FromUtc(DateTimeOffset.UtcNow);
        int attempt = 0;
        foreach (Omm omm in catalog.Messages.Where(m => m.Data.MeanElements.MeanMotionRevolutionsPerDay > 14.0).Take(20))
        {
            if (OmmConverter.ToSgp4Elements(omm).Value is not { } targetElements
                || Sgp4Propagator.Create(targetElements, Sgp4Options.Default) is not { Success: true } init)
            {
                continue;
            }

            Sgp4Propagator target = init.Propagator!;
            Sgp4Elements template = target.Elements with
            {
                Epoch = now,
                InclinationRadians = target.Elements.InclinationRadians + (attempt++ % 2 == 0 ? 0.35 : -0.3),
            };
            for (int minute = 0; minute < 120; minute++)
            {
                Epoch tca = now + Duration.FromMinutes(180 + minute);
                if (ConjunctionDesigner.Design(target, template, tca, 50.0, 1.0, descending: minute % 2 == 1) is { } designed)
                {
                    return designed;
                }
            }
        }

        throw new InvalidOperationException($"No encounter could be designed against {file}.");
    }
}
