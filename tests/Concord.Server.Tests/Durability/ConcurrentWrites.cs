using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Concord.Server.Tests.Durability;

/// <summary>Several agencies writing at once: each agency's administrator issues keys in parallel with the others.
/// Shared by the in-process and the real-process tests.</summary>
internal static class ConcurrentWrites
{
    public const int Agencies = 8;
    public const int WritesPerAgency = 20;

    /// <summary>Creates the agencies and their administrators' keys, then runs every agency's writes concurrently and
    /// asserts that each was acknowledged; returns the audit entries expected afterwards.</summary>
    public static async Task<long> RunAsync(Func<string?, HttpClient> client, string adminKey)
    {
        CancellationToken cancel = TestContext.Current.CancellationToken;
        using HttpClient admin = client(adminKey);
        var agencyAdmins = new string[Agencies];
        for (int i = 0; i < Agencies; i++)
        {
            string code = $"C{i:D2}";
            using HttpResponseMessage agency = await admin.PostAsJsonAsync("/api/v1/agencies", new { code, name = $"Agency {code}", country = "FR" }, cancel);
            Assert.Equal(HttpStatusCode.Created, agency.StatusCode);
            using HttpResponseMessage key = await admin.PostAsJsonAsync($"/api/v1/agencies/{code}/api-keys", new { role = "agency-admin" }, cancel);
            Assert.Equal(HttpStatusCode.Created, key.StatusCode);
            using JsonDocument body = await HubApplication.ReadJsonAsync(key);
            agencyAdmins[i] = body.RootElement.GetProperty("key").GetString()!;
        }

        await Task.WhenAll(Enumerable.Range(0, Agencies).Select(i => Task.Run(async () =>
        {
            using HttpClient agencyAdmin = client(agencyAdmins[i]);
            for (int n = 0; n < WritesPerAgency; n++)
            {
                using HttpResponseMessage issued = await agencyAdmin.PostAsJsonAsync($"/api/v1/agencies/C{i:D2}/api-keys", new { role = "analyst" }, cancel);
                Assert.True(issued.StatusCode == HttpStatusCode.Created,
                    $"agency {i} write {n}: {(int)issued.StatusCode} {await issued.Content.ReadAsStringAsync(cancel)}");
            }
        }, cancel)));

        // The administrator's own key, then per agency: its creation, its administrator's key and its writes.
        return 1 + (Agencies * (2 + WritesPerAgency));
    }
}
