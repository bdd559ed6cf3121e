using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Concord.Catalog.Samples;

namespace Concord.Server.Tests.Durability;

/// <summary>The real server process, killed with SIGKILL after acknowledging writes, keeps every one of them.</summary>
public sealed class DurabilityTests
{
    [Fact]
    public async Task EveryAcknowledgedWrite_SurvivesAKill_AndTheAuditChainStaysValid()
    {
        using var storage = ServerStorage.Create();
        var writes = new AcknowledgedWrites();
        string auditor;
        await using (ServerProcess server = await storage.StartAsync())
        {
            string admin = server.AdminKey;
            await writes.PostAsync(server, admin, "/api/v1/agencies", JsonContent.Create(new { code = "AAA", name = "Agence Alpha", country = "FR" }));
            await writes.PostAsync(server, admin, "/api/v1/agencies", JsonContent.Create(new { code = "BBB", name = "Agentur Beta", country = "DE" }));
            auditor = KeyOf(await writes.PostAsync(server, admin, "/api/v1/agencies/AAA/api-keys", JsonContent.Create(new { role = "auditor" }), KeyAuthenticatesAsync));
            string analyst = KeyOf(await writes.PostAsync(server, admin, "/api/v1/agencies/BBB/api-keys", JsonContent.Create(new { role = "analyst" }), KeyAuthenticatesAsync));
            string tle = CatalogSamples.TleText(CatalogSamples.Set(90001), CatalogSamples.Set(90002));
            await writes.PostAsync(server, analyst, "/api/v1/submissions", new StringContent(tle, Encoding.UTF8, "text/plain"),
                async (restarted, _) =>
                {
                    using HttpClient client = restarted.Client(analyst);
                    string catalog = await client.GetStringAsync("/api/v1/catalog/gp?ids=90001,90002&format=tle", TestContext.Current.CancellationToken);
                    Assert.Equal(tle.ReplaceLineEndings(), catalog.ReplaceLineEndings());
                });
            await writes.RecordAuditAsync(server, auditor);

            await server.KillAsync();
        }

        await using ServerProcess restarted = await storage.StartAsync();
        await writes.AssertAllPresentAsync(restarted, auditor);
        Assert.Equal(5, writes.Count);
    }

    [Fact]
    public async Task ConcurrentAgencies_LoseNoWrite_AcrossAKill()
    {
        using var storage = ServerStorage.Create();
        long expected;
        string auditor;
        await using (ServerProcess server = await storage.StartAsync())
        {
            expected = await ConcurrentWrites.RunAsync(server.Client, server.AdminKey);
            auditor = await IssueAuditorAsync(server);
            expected++;
            await server.KillAsync();
        }

        await using ServerProcess restarted = await storage.StartAsync();
        using HttpClient client = restarted.Client(auditor);
        using JsonDocument verify = JsonDocument.Parse(await client.GetStringAsync("/api/v1/audit/verify", TestContext.Current.CancellationToken));
        Assert.True(verify.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(expected, verify.RootElement.GetProperty("entries").GetInt64());
    }

    [Fact]
    public async Task ConcurrentAgencies_LoseNoWrite_InProcess()
    {
        // On SQLite the in-memory database's one shared connection is not safe for concurrent requests: use the file.
        using var app = new HubApplication();

        long expected = await ConcurrentWrites.RunAsync(app.ClientWithKey, app.AdminKey);

        int keys = await app.WithDbAsync(db => Task.FromResult(db.ApiKeys.Count()));
        Assert.Equal(1 + (ConcurrentWrites.Agencies * (2 + ConcurrentWrites.WritesPerAgency - ConcurrentWrites.SubmissionsPerAgency)), keys);
        List<int> stored = await app.WithDbAsync(db => Task.FromResult(db.ElementSets.Select(e => e.CatalogNumber).OrderBy(n => n).ToList()));
        int[] submitted = [.. Enumerable.Range(0, ConcurrentWrites.Agencies)
            .SelectMany(i => Enumerable.Range(0, ConcurrentWrites.WritesPerAgency).Where(n => n % 2 == 1).Select(n => ConcurrentWrites.CatalogNumber(i, n)))
            .Order()];
        Assert.Equal(submitted, stored);
        (_, string auditor) = await app.IssueKeyAsync("C00", "auditor");
        using JsonDocument verify = JsonDocument.Parse(await app.ClientWithKey(auditor).GetStringAsync("/api/v1/audit/verify", TestContext.Current.CancellationToken));
        Assert.True(verify.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(expected + 1, verify.RootElement.GetProperty("entries").GetInt64());
    }

    private static string KeyOf(JsonElement? issued) => issued!.Value.GetProperty("key").GetString()!;

    /// <summary>An issued key has no resource to GET; it is there if it still authenticates.</summary>
    private static async Task KeyAuthenticatesAsync(ServerProcess server, JsonElement? issued)
    {
        using HttpClient client = server.Client(KeyOf(issued));
        using HttpResponseMessage response = await client.GetAsync("/api/v1/agencies", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<string> IssueAuditorAsync(ServerProcess server)
    {
        using HttpClient admin = server.Client(server.AdminKey);
        using HttpResponseMessage response = await admin.PostAsJsonAsync("/api/v1/agencies/C00/api-keys", new { role = "auditor" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using JsonDocument body = await HubApplication.ReadJsonAsync(response);
        return body.RootElement.GetProperty("key").GetString()!;
    }
}
