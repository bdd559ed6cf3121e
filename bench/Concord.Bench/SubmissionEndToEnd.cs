using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Concord.Astro.Time;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Tle;
using Concord.Server.Hosting;
using Microsoft.AspNetCore.Builder;

/// <summary>End-to-end: a generated OMM CSV catalog (realistic LEO elements, written by <see cref="OmmWriter"/>) posted to
/// <c>POST /api/v1/submissions</c> of the real server (Kestrel on loopback, SQLite file in a temporary directory), timed
/// from the first byte sent to the 201. Run: <c>dotnet run -c Release --project bench/Concord.Bench -- submit-omm [COUNT]</c>.</summary>
internal static class SubmissionEndToEnd
{
    public const string Command = "submit-omm";

    private const int Runs = 3;

    public static async Task<int> RunAsync(int count)
    {
        string dataDir = Directory.CreateTempSubdirectory("concord-bench-").FullName;
        try
        {
            WebApplication app = HubServer.Build([$"--Concord:DataDir={dataDir}", "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning",
                "--Concord:RateLimits:Enabled=false"]);
            await app.StartAsync();
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromMinutes(5) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", File.ReadAllText(Path.Combine(dataDir, "admin.key")).Trim());
            (await client.PostAsJsonAsync("/api/v1/agencies", new { code = "BENCH", name = "Benchmark agency", country = "FR" })).EnsureSuccessStatusCode();
            using HttpResponseMessage issued = await client.PostAsJsonAsync("/api/v1/agencies/BENCH/api-keys", new { role = "analyst" });
            using JsonDocument key = JsonDocument.Parse(await issued.EnsureSuccessStatusCode().Content.ReadAsStringAsync());
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.RootElement.GetProperty("key").GetString());

            Console.WriteLine($"Submitting {count:N0} OMMs (CSV) to {client.BaseAddress} on SQLite ({dataDir}), {Environment.ProcessorCount} cores");
            for (int run = 0; run < Runs; run++)
            {
                string csv = Generate(count, seed: run, 100_000, Epoch.FromCalendar(2026, 3, 10, 0, 0, 0, 0, TimeScale.Utc));
                using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
                content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
                var watch = Stopwatch.StartNew();
                using HttpResponseMessage response = await client.PostAsync("/api/v1/submissions", content);
                watch.Stop();
                string body = await response.Content.ReadAsStringAsync();
                if (!response.IsSuccessStatusCode)
                {
                    Console.Error.WriteLine($"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 2000)]}");
                    return 1;
                }

                using JsonDocument receipt = JsonDocument.Parse(body);
                Console.WriteLine($"run {run + 1} ({(run == 0 ? "cold" : "warm")}): {receipt.RootElement.GetProperty("records").GetInt32():N0} records, "
                    + $"{csv.Length / 1024.0 / 1024.0:F1} MiB, accepted in {watch.Elapsed.TotalSeconds:F2} s");
            }

            await app.StopAsync();
            await app.DisposeAsync();
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDir, recursive: true);
        }
    }

    /// <summary><paramref name="count"/> LEO objects with catalog numbers from <paramref name="firstNumber"/> (seeded,
    /// reproducible), epochs within a day after <paramref name="start"/>, as OMM CSV.</summary>
    internal static string Generate(int count, int seed, int firstNumber, Epoch start)
    {
        var random = new Random(seed);
        var messages = new List<Omm>(count);
        for (int i = 0; i < count; i++)
        {
            var tle = new Tle
            {
                Name = string.Create(CultureInfo.InvariantCulture, $"BENCH OBJECT {i}"),
                CatalogNumber = firstNumber + i,
                InternationalDesignator = string.Create(CultureInfo.InvariantCulture, $"{random.Next(0, 26):D2}{random.Next(1, 300):D3}A"),
                Epoch = start + Duration.FromSeconds(Math.Round(random.NextDouble() * 86_400.0, 3)),
                MeanMotionDotRevolutionsPerDaySquared = Math.Round(random.NextDouble() * 2e-4, 8),
                BstarPerEarthRadius = Math.Round((random.NextDouble() * 9e-4) + 1e-5, 9),
                EphemerisType = 0,
                ElementSetNumber = 999,
                InclinationDegrees = Math.Round(random.NextDouble() < 0.5 ? 53.0 + (random.NextDouble() * 45.0) : random.NextDouble() * 180.0, 4),
                RightAscensionOfAscendingNodeDegrees = Math.Round(random.NextDouble() * 360.0, 4),
                Eccentricity = Math.Round(random.NextDouble() * 0.02, 7),
                ArgumentOfPerigeeDegrees = Math.Round(random.NextDouble() * 360.0, 4),
                MeanAnomalyDegrees = Math.Round(random.NextDouble() * 360.0, 4),
                MeanMotionRevolutionsPerDay = Math.Round(14.0 + (random.NextDouble() * 2.0), 8),
                RevolutionNumberAtEpoch = random.Next(1, 99_999),
            };
            messages.Add(OmmConverter.FromTle(tle));
        }

        return OmmWriter.Write(messages, CcsdsFormat.Csv).Text!;
    }
}
