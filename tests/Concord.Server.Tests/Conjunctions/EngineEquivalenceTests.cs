extern alias cli;

using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;
using Concord.Conjunctions.Samples;
using Concord.Formats.Ccsds.Cdm;
using Concord.Formats.Tle;
using Concord.Server.Conjunctions;
using Microsoft.Extensions.DependencyInjection;
using ConcordCommand = cli::Concord.Cli.ConcordCommand;

namespace Concord.Server.Tests.Conjunctions;

/// <summary><c>concord screen</c> and the hub run one conjunction engine (Astro <c>Conjunctions/Assessment</c>): fed the
/// same element sets and operator ephemeris, they report the same conjunctions, TCAs, distances, speeds and Pc, bit for
/// bit (the CDMs write doubles round-trip, so the values read back from both CDMs are compared exactly).</summary>
public sealed class EngineEquivalenceTests
{
    private static readonly Epoch s_ephemerisStart = Epoch.FromCalendar(2026, 1, 1, 20, 0, 0, 0, TimeScale.Utc);
    private const int EphemerisMinutes = 8 * 60;

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
    // covariance (100 m, 300 m, 50 m sigmas) every 30 minutes.
    private static string OperatorEphemeris()
    {
        Sgp4Elements elements = Assert.Single(TleReader.Parse(ConjunctionSamples.Secondary).Sets).ToSgp4Elements();
        Sgp4Propagator propagator = Sgp4Propagator.Create(elements, Sgp4Options.Default).Propagator;
        var text = new StringBuilder();
        text.AppendLine("CCSDS_OEM_VERS = 2.0");
        text.AppendLine("CREATION_DATE = 2026-01-01T00:00:00");
        text.AppendLine("ORIGINATOR = AAA");
        text.AppendLine("META_START");
        text.AppendLine("OBJECT_NAME = SECONDARY");
        text.AppendLine("OBJECT_ID = 90002");
        text.AppendLine("CENTER_NAME = EARTH");
        text.AppendLine("REF_FRAME = TEME");
        text.AppendLine("TIME_SYSTEM = UTC");
        text.AppendLine($"START_TIME = {Iso(s_ephemerisStart)}");
        text.AppendLine($"STOP_TIME = {Iso(s_ephemerisStart + Duration.FromMinutes(EphemerisMinutes))}");
        text.AppendLine("META_STOP");
        for (int minute = 0; minute <= EphemerisMinutes; minute++)
        {
            Epoch at = s_ephemerisStart + Duration.FromMinutes(minute);
            Sgp4Result state = propagator.Propagate((at - elements.Epoch).TotalMinutes);
            Assert.True(state.Success);
            var p = state.PositionMeters / 1000.0;
            var v = state.VelocityMetersPerSecond / 1000.0;
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{Iso(at)} {p.X:R} {p.Y:R} {p.Z:R} {v.X:R} {v.Y:R} {v.Z:R}"));
        }

        text.AppendLine("COVARIANCE_START");
        for (int minute = 0; minute <= EphemerisMinutes; minute += 30)
        {
            text.AppendLine($"EPOCH = {Iso(s_ephemerisStart + Duration.FromMinutes(minute))}");
            text.AppendLine("COV_REF_FRAME = RTN");
            text.AppendLine("1.0e-2");
            text.AppendLine("0.0 9.0e-2");
            text.AppendLine("0.0 0.0 2.5e-3");
            text.AppendLine("0.0 0.0 0.0 1.0e-8");
            text.AppendLine("0.0 0.0 0.0 0.0 1.0e-8");
            text.AppendLine("0.0 0.0 0.0 0.0 0.0 1.0e-8");
        }

        text.AppendLine("COVARIANCE_STOP");
        return text.ToString();
    }

    private static string Iso(Epoch epoch) => epoch.ToIsoString(TimeScale.Utc, 3).TrimEnd('Z');
}
