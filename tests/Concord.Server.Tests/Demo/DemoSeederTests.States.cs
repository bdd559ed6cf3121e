using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Concord.Astro.Time;
using Concord.Demo;
using Concord.Hub.Conjunctions;
using Concord.Server.Conjunctions;
using Concord.Server.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Server.Tests.Demo;

// The states the demo shows beside its open engineered conjunctions (DemoSeeder.DemoStates), once its screening is done.
public sealed partial class DemoSeederTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DemoStart_ShowsAThirdPartySetARestrictedObjectAndAClosedConjunction()
    {
        using var app = new HubApplication();
        app.Settings["Concord:Screening:Enabled"] = "true";
        using WebApplicationFactory<Program> demo = app.WithWebHostBuilder(b => b.UseSetting("Concord:Demo", "true"));
        await demo.Services.GetRequiredService<ConjunctionScreeningQueue>().WhenDrainedAsync(Ct);

        string keysDir = Path.Combine(app.DataDir, "demo-keys");
        DemoCatalog catalog = DemoCatalog.Generate(Epoch.FromUtc(app.Time.GetUtcNow()));
        var states = DemoSeeder.DemoStates.Of(catalog);
        string readme = await File.ReadAllTextAsync(Path.Combine(keysDir, "README.txt"), Ct);
        Assert.Contains("third-party set", readme, StringComparison.Ordinal);
        Assert.Contains("restricted record", readme, StringComparison.Ordinal);
        Assert.Contains("closed conjunction", readme, StringComparison.Ordinal);
        string[] listed = await File.ReadAllLinesAsync(Path.Combine(app.DataDir, "demo-catalog", "conjunctions.txt"), Ct);
        Assert.Contains(listed, l => l.StartsWith("high-risk\t", StringComparison.Ordinal) && l.Contains("\topen; third-party set", StringComparison.Ordinal));
        Assert.Single(listed, l => l.Contains("\tclosed no-longer-predicted", StringComparison.Ordinal));

        // 1. The owner and a party that sees both sources: they disagree, and the owner's fresh set drove the screening.
        int observed = states.ThirdParty.PrimaryCatalogNumber;
        string owner = catalog.Objects.First(o => o.CatalogNumber == observed).OwnerCode;
        using HttpClient ownerClient = await ClientAsync(demo, keysDir, $"{owner}-analyst.key");
        using (JsonDocument item = await GetAsync(ownerClient, $"/api/v1/objects/{observed}"))
        {
            Assert.True(item.RootElement.GetProperty("sourceDisagreement").GetProperty("disagrees").GetBoolean());
        }

        JsonElement thirdParty = await EngineeredEventAsync(ownerClient, states.ThirdParty, observed);
        Assert.Equal("full", thirdParty.GetProperty("detail").GetString());
        JsonElement source = ObjectOf(thirdParty, observed).GetProperty("source");
        Assert.Equal(owner, source.GetProperty("originator").GetString());
        Assert.Equal("owner", source.GetProperty("authority").GetString());
        Assert.True(source.GetProperty("sourceDisagreement").GetBoolean());

        // 2. The debris owner is warned of the encounter without the restricted object's identity; its owner, who sees the
        // debris's record, sees everything.
        DemoConjunction restricted = states.Restricted;
        string debrisOwner = catalog.Objects.First(o => o.CatalogNumber == restricted.PrimaryCatalogNumber).OwnerCode;
        using HttpClient debrisClient = await ClientAsync(demo, keysDir, $"{debrisOwner}-analyst.key");
        JsonElement warned = await EngineeredEventAsync(debrisClient, restricted, restricted.PrimaryCatalogNumber);
        Assert.Equal("encounter", warned.GetProperty("detail").GetString());
        JsonElement[] objects = [.. warned.GetProperty("objects").EnumerateArray()];
        Assert.Equal(2, objects.Length);
        Assert.Equal(restricted.PrimaryCatalogNumber.ToString(CultureInfo.InvariantCulture), objects[0].GetProperty("noradId").GetString());
        Assert.False(objects[1].GetProperty("released").GetBoolean());
        Assert.Equal(JsonValueKind.Null, objects[1].GetProperty("noradId").ValueKind);
        string restrictedOwner = catalog.Objects.First(o => o.CatalogNumber == restricted.SecondaryCatalogNumber).OwnerCode;
        using HttpClient restrictedClient = await ClientAsync(demo, keysDir, $"{restrictedOwner}-analyst.key");
        JsonElement own = await EngineeredEventAsync(restrictedClient, restricted, restricted.SecondaryCatalogNumber);
        Assert.Equal("full", own.GetProperty("detail").GetString());

        // 3. The moved object's conjunction is closed; every other engineered conjunction stays open.
        List<ConjunctionEvent> events = await WithDbAsync(demo, db => db.ConjunctionEvents.AsNoTracking().ToListAsync(Ct));
        foreach (DemoConjunction engineered in catalog.EngineeredConjunctions)
        {
            ConjunctionEvent e = Assert.Single(events, e => IsPair(e, engineered));
            if (engineered == states.Closed)
            {
                Assert.Equal(ConjunctionStatus.Closed, e.Status);
                Assert.Equal(ConjunctionCloseReasons.NoLongerPredicted, e.ClosedReason);
            }
            else
            {
                Assert.Equal(ConjunctionStatus.Open, e.Status);
            }
        }
    }

    private static bool IsPair(ConjunctionEvent e, DemoConjunction c) =>
        e.PrimaryCatalogNumber == Math.Min(c.PrimaryCatalogNumber, c.SecondaryCatalogNumber)
        && e.SecondaryCatalogNumber == Math.Max(c.PrimaryCatalogNumber, c.SecondaryCatalogNumber);

    // The caller's event of an engineered conjunction, found through an object it may identify and by its TCA.
    private static async Task<JsonElement> EngineeredEventAsync(HttpClient client, DemoConjunction conjunction, int known)
    {
        using JsonDocument list = await GetAsync(client, $"/api/v1/conjunctions?object={known}");
        var tca = DateTimeOffset.Parse(conjunction.Tca.ToIsoString(TimeScale.Utc, 3), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        string other = (known == conjunction.PrimaryCatalogNumber ? conjunction.SecondaryCatalogNumber : conjunction.PrimaryCatalogNumber)
            .ToString(CultureInfo.InvariantCulture);
        return Assert.Single(list.RootElement.EnumerateArray(), e =>
            Math.Abs((DateTimeOffset.Parse(e.GetProperty("tca").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) - tca).TotalSeconds) < 60.0
            && e.GetProperty("objects").EnumerateArray().All(o => o.GetProperty("noradId").GetString() is null
                || o.GetProperty("noradId").GetString() == other || o.GetProperty("noradId").GetString() == known.ToString(CultureInfo.InvariantCulture)))
            .Clone();
    }

    private static JsonElement ObjectOf(JsonElement e, int catalogNumber) =>
        e.GetProperty("objects").EnumerateArray().Single(o => o.GetProperty("noradId").GetString() == catalogNumber.ToString(CultureInfo.InvariantCulture));

    private static async Task<HttpClient> ClientAsync(WebApplicationFactory<Program> demo, string keysDir, string keyFile)
    {
        string key = (await File.ReadAllTextAsync(Path.Combine(keysDir, keyFile), Ct)).Trim();
        HttpClient client = demo.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private static async Task<JsonDocument> GetAsync(HttpClient client, string path) =>
        JsonDocument.Parse(await client.GetStringAsync(new Uri(path, UriKind.Relative), Ct));
}
