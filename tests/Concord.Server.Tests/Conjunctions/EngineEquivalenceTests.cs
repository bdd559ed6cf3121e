extern alias cli;

using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Concord.Conjunctions.Samples;
using Concord.Formats.Ccsds.Cdm;
using Concord.Server.Conjunctions;
using Microsoft.Extensions.DependencyInjection;
using ConcordCommand = cli::Concord.Cli.ConcordCommand;

namespace Concord.Server.Tests.Conjunctions;

/// <summary><c>concord screen</c> and the hub run one conjunction engine (Astro <c>Conjunctions/Assessment</c>): fed the
/// same element sets and operator ephemeris, they report the same conjunctions, TCAs, distances, speeds and Pc, bit for
/// bit (the CDMs write doubles round-trip, so the values read back from both CDMs are compared exactly).</summary>
public sealed class EngineEquivalenceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CliAndHub_FedTheSameCatalogAndEphemeris_ReportTheSameConjunctionsBitForBit()
    {
        using var app = new HubApplication();
        app.Settings["Concord:Screening:Enabled"] = "true";
        await app.CreateAgencyAsync("AAA");
        HttpClient a = app.ClientWithKey((await app.IssueKeyAsync("AAA", "analyst")).Key);
        string sets = ConjunctionSamples.Primary + ConjunctionSamples.Secondary;
        string oem = OperatorEphemeris();

        // The hub: the ephemeris of 90002 first, then both element sets, whose screening (both objects primaries, the
        // ephemeris speaking for 90002 around the designed TCA) writes the events compared.
        await SubmitAsync(app, a, oem, "text/plain");
        await SubmitAsync(app, a, sets, "text/plain");
        List<Cdm> hub = await HubCdmsAsync(a);

        // The CLI: the same files, window (the fake clock's now, the hub's 72 h), threshold (5 km), HBR (10 m) and primaries.
        string directory = Path.Combine(Path.GetTempPath(), $"concord-engine-{Guid.NewGuid():N}");
        string setsPath = Path.Combine(Path.GetTempPath(), $"concord-engine-{Guid.NewGuid():N}.tle");
        string oemPath = Path.Combine(Path.GetTempPath(), $"concord-engine-{Guid.NewGuid():N}.oem");
        try
        {
            await File.WriteAllTextAsync(setsPath, sets, Ct);
            await File.WriteAllTextAsync(oemPath, oem, Ct);
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            int exit = await ConcordCommand.RunAsync(["screen", setsPath, "--ephemeris", oemPath, "--primaries", "90001,90002",
                "--start", "2026-01-01T00:00:00Z", "--duration", "72h", "--threshold-km", "5", "--hbr-m", "10", "--cdm-dir", directory],
                stdout, stderr);
            Assert.True(exit == 0, stderr.ToString());
            List<Cdm> cli = [.. Directory.GetFiles(directory).Select(f => Assert.Single(CdmReader.Parse(File.ReadAllText(f)).Messages))];

            string[] expected = [.. cli.Select(Key).Order(StringComparer.Ordinal)];
            string[] actual = [.. hub.Select(Key).Order(StringComparer.Ordinal)];
            TestContext.Current.TestOutputHelper?.WriteLine(string.Join('\n', actual));
            Assert.NotEmpty(expected);
            Assert.Equal(expected, actual);

            // The designed encounter was assessed with the operator's ephemeris (and its covariance) for 90002.
            Cdm designed = hub.MinBy(c => c.RelativeMetadata.MissDistanceMeters)!;
            Assert.Equal("90002", designed.Object2.Metadata.ObjectDesignator);
            Assert.NotEqual("NONE", designed.Object2.Metadata.EphemerisName);
            Assert.Equal(("DEFAULT", "CALCULATED"), (designed.Object1.Metadata.CovarianceMethod, designed.Object2.Metadata.CovarianceMethod));
        }
        finally
        {
            File.Delete(setsPath);
            File.Delete(oemPath);
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    // The compared values as round-trip text: pair, TCA, miss, relative speed, relative position (RTN), Pc and its method,
    // each object's covariance method.
    private static string Key(Cdm cdm)
    {
        CdmRelativeMetadata r = cdm.RelativeMetadata;
        return string.Join('|', cdm.Object1.Metadata.ObjectDesignator, cdm.Object2.Metadata.ObjectDesignator, r.Tca.ToString(),
            R(r.MissDistanceMeters), R(r.RelativeSpeedMetersPerSecond), R(r.RelativePositionRMeters), R(r.RelativePositionTMeters),
            R(r.RelativePositionNMeters), R(r.CollisionProbability), r.CollisionProbabilityMethod,
            cdm.Object1.Metadata.CovarianceMethod, cdm.Object2.Metadata.CovarianceMethod);

        static string R(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "-";
    }

    private static async Task SubmitAsync(HubApplication app, HttpClient client, string text, string contentType)
    {
        using HttpResponseMessage submitted = await client.PostAsync("/api/v1/submissions", new StringContent(text, Encoding.UTF8, contentType), Ct);
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        await app.Services.GetRequiredService<ConjunctionScreeningQueue>().WhenDrainedAsync(Ct);
    }

    private static async Task<List<Cdm>> HubCdmsAsync(HttpClient client)
    {
        using HttpResponseMessage list = await client.GetAsync("/api/v1/conjunctions", Ct);
        using JsonDocument body = await HubApplication.ReadJsonAsync(list);
        var cdms = new List<Cdm>();
        foreach (JsonElement e in body.RootElement.EnumerateArray())
        {
            using HttpResponseMessage cdm = await client.GetAsync($"/api/v1/conjunctions/{e.GetProperty("id").GetString()}/cdm", Ct);
            Assert.Equal(HttpStatusCode.OK, cdm.StatusCode);
            cdms.Add(Assert.Single(CdmReader.Parse(await cdm.Content.ReadAsStringAsync(Ct)).Messages));
        }

        return cdms;
    }

    // 90002's operator ephemeris: its own SGP4 states (TEME, 60 s) over 20:00-04:00 around the designed TCA, with an RTN
    // covariance every 30 minutes.
    private static string OperatorEphemeris() =>
        OemSamples.FromTle(ConjunctionSamples.Secondary, "90002", new DateTimeOffset(2026, 1, 1, 20, 0, 0, TimeSpan.Zero), 8 * 60,
            withCovariance: true);
}
