using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Concord.Astro.Time;
using Concord.Demo;
using Concord.Hub.Agencies;
using Concord.Hub.SpaceObjects;
using Concord.Server.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Server.Tests.Demo;

public sealed partial class DemoSeederTests
{
    [Fact]
    public async Task DemoStart_CreatesTheAgenciesAndWritesOneKeyPerAgencyAndRole()
    {
        using var app = new HubApplication();
        using WebApplicationFactory<Program> demo = app.WithWebHostBuilder(b => b.UseSetting("Concord:Demo", "true"));
        _ = demo.Services; // starts the host: migrate, admin key, then the demo seeder

        string keysDir = Path.Combine(app.DataDir, "demo-keys");
        List<string> codes = await WithDbAsync(demo, db => db.Agencies.Select(a => a.Code).OrderBy(c => c).ToListAsync());
        Assert.Equal(DemoAgencies.All.Select(a => a.Code).Order(), codes);
        foreach (DemoAgency agency in DemoAgencies.All)
        {
            foreach (HubRole role in DemoSeeder.Roles)
            {
                string file = Path.Combine(keysDir, $"{agency.Code}-{role.ToWireName()}.key");
                Assert.True(File.Exists(file), file);
                if (!OperatingSystem.IsWindows())
                {
                    Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
                }
            }
        }

        string readme = await File.ReadAllTextAsync(Path.Combine(keysDir, "README.txt"), TestContext.Current.CancellationToken);
        Assert.Contains("HALCYON-analyst.key", readme, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(app.DataDir, "demo-catalog", "HALCYON.omm.csv")));

        // A written key is a working key of its agency.
        string key = (await File.ReadAllTextAsync(Path.Combine(keysDir, "BOREAL-analyst.key"), TestContext.Current.CancellationToken)).Trim();
        using HttpClient client = demo.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using HttpResponseMessage response = await client.GetAsync(new Uri("/api/v1/agencies", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // The catalog is registered and submitted, and the agreements decide who sees whose orbits.
        DemoCatalog catalog = DemoCatalog.Generate(Epoch.FromUtc(app.Time.GetUtcNow()));
        // Every generated object is confirmed through its owner's standing grants; one claim waits for the hub administrator.
        Assert.Equal(catalog.Objects.Length, await WithDbAsync(demo, db => db.SpaceObjects.CountAsync(o => o.Claim == ClaimStatus.Confirmed)));
        Assert.Equal([DemoSeeder.PendingClaimCatalogNumber],
            await WithDbAsync(demo, db => db.SpaceObjects.Where(o => o.Claim == ClaimStatus.Claimed).Select(o => o.CatalogNumber).ToListAsync()));
        Assert.Contains($"{DemoSeeder.PendingClaimCatalogNumber}\t{DemoSeeder.PendingClaimAgency}", readme, StringComparison.Ordinal);
        // The catalog, and the three sets behind the demo's states (a third-party set, a restricted resubmission, a move).
        Assert.Equal(catalog.Objects.Length + 3, await WithDbAsync(demo, db => db.ElementSets.CountAsync()));
        List<string> states = await WithDbAsync(demo, db => db.Agreements.Select(a => a.Status.ToString()).ToListAsync());
        Assert.Equal(DemoAgreements.All.Count, states.Count);
        int meridianObject = catalog.Objects.First(o => o.OwnerCode == DemoAgencies.Meridian).CatalogNumber;
        Assert.Single(await GpAsync(demo, keysDir, "BOREAL-analyst.key", meridianObject));   // active agreement
        Assert.Empty(await GpAsync(demo, keysDir, "AUSTRAL-analyst.key", meridianObject));   // only proposed
        Assert.Empty(await GpAsync(demo, keysDir, "HALCYON-analyst.key", meridianObject));   // suspended
        Assert.Single(await GpAsync(demo, keysDir, "MERID-officer.key", meridianObject));    // its own
    }

    private static async Task<JsonElement[]> GpAsync(WebApplicationFactory<Program> demo, string keysDir, string keyFile, int catalogNumber)
    {
        string key = (await File.ReadAllTextAsync(Path.Combine(keysDir, keyFile), TestContext.Current.CancellationToken)).Trim();
        using HttpClient client = demo.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using JsonDocument body = JsonDocument.Parse(await client.GetStringAsync(
            new Uri($"/api/v1/catalog/gp?ids={catalogNumber}&format=omm-json", UriKind.Relative), TestContext.Current.CancellationToken));
        return [.. body.RootElement.Clone().EnumerateArray()];
    }

    [Fact]
    public async Task SecondDemoStart_SeedsNothingMore()
    {
        using var app = new HubApplication();
        using (WebApplicationFactory<Program> first = app.WithWebHostBuilder(b => b.UseSetting("Concord:Demo", "true")))
        {
            _ = first.Services;
        }

        string keyFile = Path.Combine(app.DataDir, "demo-keys", "MERID-officer.key");
        string firstKey = await File.ReadAllTextAsync(keyFile, TestContext.Current.CancellationToken);
        using WebApplicationFactory<Program> second = app.WithWebHostBuilder(b => b.UseSetting("Concord:Demo", "true"));
        _ = second.Services;

        Assert.Equal(DemoAgencies.All.Count, await WithDbAsync(second, db => db.Agencies.CountAsync()));
        Assert.Equal(DemoAgencies.All.Count * DemoSeeder.Roles.Count, await WithDbAsync(second, db => db.ApiKeys.CountAsync(k => k.AgencyId != null)));
        Assert.Equal(firstKey, await File.ReadAllTextAsync(keyFile, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task WithoutDemo_NothingIsSeeded()
    {
        using var app = new HubApplication();
        _ = app.Services;

        Assert.Equal(0, await app.WithDbAsync(db => db.Agencies.CountAsync()));
        Assert.False(Directory.Exists(Path.Combine(app.DataDir, "demo-keys")));
    }

    private static async Task<T> WithDbAsync<T>(WebApplicationFactory<Program> factory, Func<HubDbContext, Task<T>> action)
    {
        using IServiceScope scope = factory.Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<HubDbContext>());
    }
}
