using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Concord.Server.Tests.Durability;

/// <summary>Several agencies writing at once: each agency's administrator issues keys and its analyst submits element
/// sets, in parallel with the other agencies. Shared by the in-process and the real-process tests.</summary>
internal static class ConcurrentWrites
{
    public const int Agencies = 8;
    public const int WritesPerAgency = 20;

    /// <summary>Half of each agency's writes are submissions of one element set each (catalog number
    /// <see cref="CatalogNumber"/>), the other half key issues.</summary>
    public const int SubmissionsPerAgency = WritesPerAgency / 2;

    /// <summary>The catalog number agency <paramref name="agency"/> submits in its write <paramref name="write"/>.</summary>
    public static int CatalogNumber(int agency, int write) => 10_000 + (agency * 100) + write;

    /// <summary>Creates the agencies and their administrators' keys, then runs every agency's writes concurrently and
    /// asserts that each was acknowledged; returns the audit entries expected afterwards.</summary>
    public static async Task<long> RunAsync(Func<string?, HttpClient> client, string adminKey)
    {
        CancellationToken cancel = TestContext.Current.CancellationToken;
        using HttpClient admin = client(adminKey);
        var agencyAdmins = new string[Agencies];
        var analysts = new string[Agencies];
        for (int i = 0; i < Agencies; i++)
        {
            string code = $"C{i:D2}";
            using HttpResponseMessage agency = await admin.PostAsJsonAsync("/api/v1/agencies", new { code, name = $"Agency {code}", country = "FR" }, cancel);
            Assert.Equal(HttpStatusCode.Created, agency.StatusCode);
            using HttpResponseMessage key = await admin.PostAsJsonAsync($"/api/v1/agencies/{code}/api-keys", new { role = "agency-admin" }, cancel);
            Assert.Equal(HttpStatusCode.Created, key.StatusCode);
            using JsonDocument body = await HubApplication.ReadJsonAsync(key);
            agencyAdmins[i] = body.RootElement.GetProperty("key").GetString()!;
            using HttpResponseMessage analyst = await admin.PostAsJsonAsync($"/api/v1/agencies/{code}/api-keys", new { role = "analyst" }, cancel);
            Assert.Equal(HttpStatusCode.Created, analyst.StatusCode);
            using JsonDocument analystBody = await HubApplication.ReadJsonAsync(analyst);
            analysts[i] = analystBody.RootElement.GetProperty("key").GetString()!;
        }

        await Task.WhenAll(Enumerable.Range(0, Agencies).Select(i => Task.Run(async () =>
        {
            using HttpClient agencyAdmin = client(agencyAdmins[i]);
            using HttpClient analyst = client(analysts[i]);
            for (int n = 0; n < WritesPerAgency; n++)
            {
                using HttpResponseMessage written = n % 2 == 0
                    ? await agencyAdmin.PostAsJsonAsync($"/api/v1/agencies/C{i:D2}/api-keys", new { role = "analyst" }, cancel)
                    : await analyst.PostAsync("/api/v1/submissions", new StringContent(
                        Concord.Catalog.Samples.CatalogSamples.TleText(Concord.Catalog.Samples.CatalogSamples.Set(CatalogNumber(i, n))),
                        System.Text.Encoding.UTF8, "text/plain"), cancel);
                Assert.True(written.StatusCode == HttpStatusCode.Created,
                    $"agency {i} write {n}: {(int)written.StatusCode} {await written.Content.ReadAsStringAsync(cancel)}");
            }
        }, cancel)));

        // The administrator's own key, then per agency: its creation, its administrator's and analyst's keys and its writes.
        return 1 + (Agencies * (3 + WritesPerAgency));
    }
}
