using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;
using Concord.Cli.Conjunctions;
using Concord.Formats.Tle;

namespace Concord.Cli.Tests.Conjunctions;

public sealed partial class ScreenCommandTests
{
    // Project-made geometry: two near-circular orbits at the same altitude (15.2 rev/day, ~480 km), both at the
    // ascending node at the epoch (2026-03-10T12:00Z; argument of perigee and mean anomaly 0), in planes 51.6° and
    // 97° with nodes 0.01° apart: they pass ~1.2 km apart at the epoch, then at every node crossing (~47 min) further
    // apart as J2 turns the two planes at different rates (~5.6°/day). A 50 km threshold sees several passes.
    private static readonly string s_crossingA = "OBJ A\n" + HandMadeTle.Lines("90001", "26069.50000000", 51.6, 10.0, "0001000", 0.0, 0.0, 15.2);
    private static readonly string s_crossingB = "OBJ B\n" + HandMadeTle.Lines("90002", "26069.50000000", 97.0, 10.01, "0001000", 0.0, 0.0, 15.2);
    private static readonly string s_catalog = s_crossingA + s_crossingB;
    private static readonly Epoch s_epoch = Epoch.FromCalendar(2026, 3, 10, 12, 0, 0, 0, TimeScale.Utc);

    private static readonly Regex s_summary = new(@"^screen: (\d+) objects, (\d+) pairs, (\d+) conjunctions, \d+\.\d s$", RegexOptions.CultureInvariant);

    private static string[] Window(string threshold = "50") => ["--start", "2026-03-10T11:00:00Z", "--duration", "4h", "--threshold-km", threshold];

    private static Task<CliRunner.Outcome> Screen(params string[] args) => CliRunner.RunAsync(["screen", .. args]);

    private static Epoch Tca(string row) => Epoch.ParseIso(row.Split(',')[2], TimeScale.Utc, LeapSecondHandling.Reject);

    private static double Column(string row, int index) => double.Parse(row.Split(',')[index], CultureInfo.InvariantCulture);

    [Fact]
    public async Task WritesTheContractedCsvSortedByTca()
    {
        using var catalog = CliRunner.WriteTemp(s_catalog);
        CliRunner.Outcome outcome = await Screen([catalog.Path, .. Window()]);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Equal(
            "primary_id,secondary_id,tca_utc,miss_km,rel_speed_km_s,radial_km,in_track_km,cross_track_km,pc,pc_method",
            outcome.StdoutLines[0]);
        Assert.Equal(ScreenCommand.Header, outcome.StdoutLines[0]);
        string[] rows = outcome.StdoutLines[1..];
        Assert.True(rows.Length >= 2, outcome.Stdout);
        Assert.Equal(rows.OrderBy(Tca).ToArray(), rows);
        foreach (string row in rows)
        {
            string[] fields = row.Split(',');
            Assert.Equal(10, fields.Length);
            Assert.Equal(("90001", "90002"), (fields[0], fields[1]));
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", fields[2]);
            Assert.All(fields[3..8], f => Assert.Matches(@"^-?\d+\.\d{6}$", f));
            Assert.Equal(("", ""), (fields[8], fields[9]));
            Assert.True(Column(row, 3) <= 50.0);
        }

        // The node crossing at the epoch: a few km apart (1.2 km between the mean nodes, plus SGP4's short-period
        // terms, which differ with inclination), crossing at 2·v·sin(45.4°/2) ≈ 5.9 km/s.
        string closest = rows.MinBy(r => Column(r, 3))!;
        Assert.True(Math.Abs((Tca(closest) - s_epoch).TotalSeconds) < 5.0, closest);
        Assert.InRange(Column(closest, 3), 0.1, 5.0);
        Assert.InRange(Column(closest, 4), 5.5, 6.3);
    }

    [Fact]
    public async Task EndsWithASummaryLineOnStderr()
    {
        using var catalog = CliRunner.WriteTemp(s_catalog);
        CliRunner.Outcome outcome = await Screen([catalog.Path, .. Window()]);

        Match summary = s_summary.Match(outcome.StderrLines[^1]);
        Assert.True(summary.Success, outcome.Stderr);
        Assert.Equal(("2", "1", (outcome.StdoutLines.Length - 1).ToString(CultureInfo.InvariantCulture)),
            (summary.Groups[1].Value, summary.Groups[2].Value, summary.Groups[3].Value));
    }

    [Fact]
    public async Task WritesToOutFile()
    {
        using var catalog = CliRunner.WriteTemp(s_catalog);
        string output = Path.Combine(Path.GetTempPath(), $"concord-screen-{Guid.NewGuid():N}.csv");
        try
        {
            CliRunner.Outcome outcome = await Screen([catalog.Path, .. Window(), "--out", output]);
            Assert.Equal(0, outcome.ExitCode);
            Assert.Empty(outcome.Stdout);
            Assert.Equal(ScreenCommand.Header, File.ReadLines(output).First());
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Theory]
    [InlineData("--start", "2026-03-10T11:00:00Z", "--threshold-km", "5")]                                        // no --duration/--stop
    [InlineData("--start", "2026-03-10T11:00:00Z", "--duration", "4h", "--stop", "2026-03-10T15:00:00Z", "--threshold-km", "5")]
    [InlineData("--start", "2026-03-10T11:00:00Z", "--duration", "4h")]                                             // no volume
    [InlineData("--start", "2026-03-10T11:00:00Z", "--duration", "4h", "--threshold-km", "5", "--volume-km", "1,5,5")]
    [InlineData("--start", "2026-03-10T11:00:00Z", "--duration", "7x", "--threshold-km", "5")]
    [InlineData("--start", "2026-03-10T11:00:00Z", "--duration", "-1d", "--threshold-km", "5")]
    [InlineData("--start", "yesterday", "--duration", "4h", "--threshold-km", "5")]
    [InlineData("--duration", "4h", "--threshold-km", "5")]                                                         // no --start
    [InlineData("--start", "2026-03-10T11:00:00Z", "--stop", "2026-03-10T10:00:00Z", "--threshold-km", "5")]
    [InlineData("--start", "2026-03-10T11:00:00Z", "--duration", "4h", "--threshold-km", "0")]
    [InlineData("--start", "2026-03-10T11:00:00Z", "--duration", "4h", "--volume-km", "1,5")]
    [InlineData("--start", "2026-03-10T11:00:00Z", "--duration", "4h", "--threshold-km", "5", "--step-s", "5")]
    [InlineData("--start", "2026-03-10T11:00:00Z", "--duration", "4h", "--threshold-km", "5", "--threads", "0")]
    public async Task UsageErrorsExitWith2(params string[] args)
    {
        using var catalog = CliRunner.WriteTemp(s_catalog);
        CliRunner.Outcome outcome = await Screen([catalog.Path, .. args]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("error: ", outcome.StderrLines[0], StringComparison.Ordinal);
        Assert.Empty(outcome.Stdout);
    }

    [Theory]
    [InlineData("7d", 7 * 86400.0)]
    [InlineData("36h", 36 * 3600.0)]
    [InlineData("90m", 90 * 60.0)]
    [InlineData("3600s", 3600.0)]
    [InlineData("1.5d", 1.5 * 86400.0)]
    public void DurationsAcceptTheFourUnits(string text, double seconds)
    {
        Assert.True(ScreenCommand.TryParseDuration(text, out Duration duration));
        Assert.Equal(seconds, duration.TotalSeconds);
    }

    [Fact]
    public async Task UnknownPrimaryExitsWith1()
    {
        using var catalog = CliRunner.WriteTemp(s_catalog);
        CliRunner.Outcome outcome = await Screen([catalog.Path, .. Window(), "--primaries", "90001,99999"]);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains(outcome.StderrLines, l => l.Contains($"error {ScreenErrorCodes.UnknownPrimary}: primary 99999", StringComparison.Ordinal));
        Assert.Empty(outcome.Stdout);
    }

    [Fact]
    public async Task PrimariesComeFromAListOrAFile()
    {
        using var catalog = CliRunner.WriteTemp(s_catalog);
        using var list = CliRunner.WriteTemp("# primaries\n90002   # object B\n\n", ".txt");
        CliRunner.Outcome all = await Screen([catalog.Path, .. Window()]);
        CliRunner.Outcome fromList = await Screen([catalog.Path, .. Window(), "--primaries", "90002"]);
        CliRunner.Outcome fromFile = await Screen([catalog.Path, .. Window(), "--primaries", "@" + list.Path]);

        Assert.Equal((0, 0), (fromList.ExitCode, fromFile.ExitCode));
        Assert.Equal(fromList.Stdout, fromFile.Stdout);
        Assert.Equal(all.StdoutLines.Length, fromList.StdoutLines.Length);
        Assert.All(fromList.StdoutLines[1..], r => Assert.StartsWith("90002,90001,", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task VolumeKmScreensAnRtnEllipsoid()
    {
        using var catalog = CliRunner.WriteTemp(s_catalog);
        CliRunner.Outcome sphere = await Screen([catalog.Path, .. Window()]);
        CliRunner.Outcome sameSphere = await Screen([catalog.Path, "--start", "2026-03-10T11:00:00Z", "--stop", "2026-03-10T15:00:00Z", "--volume-km", "50,50,50"]);
        CliRunner.Outcome flat = await Screen([catalog.Path, "--start", "2026-03-10T11:00:00Z", "--duration", "240m", "--volume-km", "0.001,50,50"]);

        Assert.Equal((0, 0), (sameSphere.ExitCode, flat.ExitCode));
        Assert.Equal(sphere.Stdout, sameSphere.Stdout);
        Assert.Equal(ScreenCommand.Header, flat.StdoutLines[0]);
        Assert.All(flat.StdoutLines[1..], r => Assert.True(Math.Abs(Column(r, 5)) <= 0.001, r));
        Assert.True(flat.StdoutLines.Length < sphere.StdoutLines.Length);
    }

    [Fact]
    public async Task DuplicateCatalogNumbersKeepTheNewestEpoch()
    {
        string older = "OBJ B OLD\n" + HandMadeTle.Lines("90002", "26068.50000000", 97.0, 10.01, "0001000", 0.0, 0.0, 15.2);
        using var first = CliRunner.WriteTemp(s_catalog);
        using var second = CliRunner.WriteTemp(older);
        CliRunner.Outcome reference = await Screen([first.Path, .. Window()]);
        CliRunner.Outcome outcome = await Screen([first.Path, second.Path, .. Window()]);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains(outcome.StderrLines, l => l.StartsWith(second.Path + ": warning " + ScreenErrorCodes.DuplicateObject + ": catalog number 90002", StringComparison.Ordinal));
        Assert.Equal(reference.Stdout, outcome.Stdout);
        Assert.StartsWith("screen: 2 objects, 1 pairs,", outcome.StderrLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidElementSetsAreReportedAndSkippedWithExit0()
    {
        using var catalog = CliRunner.WriteTemp(s_catalog + BrokenC);
        CliRunner.Outcome outcome = await Screen([catalog.Path, .. Window()]);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains(outcome.StderrLines, l => l.StartsWith(catalog.Path + ":7: excluded 90003: tle.", StringComparison.Ordinal));
        Assert.True(outcome.StdoutLines.Length >= 3);
    }

    [Fact]
    public async Task CdmDirHoldsOneValidCdmPerConjunction()
    {
        using var catalog = CliRunner.WriteTemp(s_catalog);
        string directory = Path.Combine(Path.GetTempPath(), $"concord-screen-cdm-{Guid.NewGuid():N}");
        try
        {
            CliRunner.Outcome outcome = await Screen([catalog.Path, .. Window(), "--cdm-dir", directory]);
            Assert.Equal(0, outcome.ExitCode);
            string[] files = Directory.GetFiles(directory).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(outcome.StdoutLines.Length - 1, files.Length);
            foreach (string row in outcome.StdoutLines[1..])
            {
                string stamp = Tca(row).ToIsoString(TimeScale.Utc, 3).Replace("-", "").Replace(":", "").Replace(".", "").TrimEnd('Z');
                Assert.Contains(Path.Combine(directory, $"90001_90002_{stamp}.cdm"), files);
            }

            CliRunner.Outcome validate = await CliRunner.RunAsync(["validate", .. files]);
            Assert.True(validate.ExitCode == 0, validate.Stdout + validate.Stderr);
            string text = File.ReadAllText(files[0]);
            Assert.Contains("OBJECT_NAME                        = OBJ A", text, StringComparison.Ordinal);
            Assert.Contains("REF_FRAME                          = EME2000", text, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public async Task EphemerisSpeaksInsideItsUseableIntervalAndIsPrimary()
    {
        // An operator OEM for object B made here from its own SGP4 states (TEME, 60 s, Lagrange 5 by default).
        using var catalog = CliRunner.WriteTemp(s_catalog);
        using var oem = CliRunner.WriteTemp(OemFromSgp4(s_crossingB, "90002", "OPS B",
            Epoch.FromCalendar(2026, 3, 10, 10, 50, 0, 0, TimeScale.Utc), 4 * 60 + 20), ".oem");
        CliRunner.Outcome reference = await Screen([catalog.Path, .. Window()]);
        CliRunner.Outcome outcome = await Screen([catalog.Path, .. Window(), "--ephemeris", oem.Path]);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Contains(outcome.StderrLines, l => l.StartsWith("screen: 90002: the ephemeris speaks for the object inside its useable interval", StringComparison.Ordinal));

        // Two objects, three trajectories (90002's element set stays for outside the ephemeris): 3 pairs screened, the
        // pair of 90002 with itself dropped, and inside the interval only the ephemeris's conjunctions kept.
        Assert.StartsWith("screen: 2 objects, 3 pairs,", outcome.StderrLines[^1], StringComparison.Ordinal);
        string[] expected = reference.StdoutLines[1..];
        string[] rows = outcome.StdoutLines[1..];
        Assert.Equal(expected.Length, rows.Length);
        for (int i = 0; i < rows.Length; i++)
        {
            Assert.StartsWith("90002,90001,", rows[i], StringComparison.Ordinal);

            // Same trajectory, interpolated: TCA within 2 ms, range within 1 m, speed within 1 cm/s: loose bounds on
            // the interpolation error of degree-5 Lagrange on 60 s LEO samples (millimetres).
            Assert.True(Math.Abs((Tca(rows[i]) - Tca(expected[i])).TotalSeconds) <= 0.002, rows[i] + " vs " + expected[i]);
            Assert.Equal(Column(expected[i], 3), Column(rows[i], 3), 0.001);
            Assert.Equal(Column(expected[i], 4), Column(rows[i], 4), 0.000_01);
        }
    }

    [Fact]
    public async Task OutsideTheEphemerisTheElementSetSpeaks()
    {
        // The ephemeris covers only 10:50-12:50 of the 11:00-15:00 window: after 12:50 the element set of 90002 finds the
        // approaches (the hub's rule), where the ephemeris used to replace the set for the whole window and find none.
        Epoch ephemerisStop = Epoch.FromCalendar(2026, 3, 10, 12, 50, 0, 0, TimeScale.Utc);
        using var catalog = CliRunner.WriteTemp(s_catalog);
        using var oem = CliRunner.WriteTemp(OemFromSgp4(s_crossingB, "90002", "OPS B",
            Epoch.FromCalendar(2026, 3, 10, 10, 50, 0, 0, TimeScale.Utc), 2 * 60), ".oem");
        CliRunner.Outcome reference = await Screen([catalog.Path, .. Window()]);
        CliRunner.Outcome outcome = await Screen([catalog.Path, .. Window(), "--ephemeris", oem.Path]);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        string[] expected = reference.StdoutLines[1..];
        string[] rows = outcome.StdoutLines[1..];
        Assert.Contains(expected, r => Tca(r) > ephemerisStop);
        Assert.Contains(expected, r => Tca(r) < ephemerisStop);
        Assert.Equal(expected.Length, rows.Length);
        for (int i = 0; i < rows.Length; i++)
        {
            Assert.StartsWith("90002,90001,", rows[i], StringComparison.Ordinal);

            // Inside the interval the interpolated ephemeris (bounds as above); outside it the same element sets as the
            // reference, so the same TCA and range to the CSV's digits.
            Assert.True(Math.Abs((Tca(rows[i]) - Tca(expected[i])).TotalSeconds) <= 0.002, rows[i] + " vs " + expected[i]);
            Assert.Equal(Column(expected[i], 3), Column(rows[i], 3), 0.001);
        }
    }

    private static string OemFromSgp4(string threeLine, string objectId, string objectName, Epoch start, int minutes)
    {
        TleReadResult read = TleReader.Parse(threeLine, TleReadOptions.Default);
        Sgp4Elements elements = Assert.Single(read.Sets).ToSgp4Elements();
        Sgp4Propagator propagator = Sgp4Propagator.Create(elements, Sgp4Options.Default).Propagator!;
        Epoch stop = start + Duration.FromMinutes(minutes);
        var text = new StringBuilder();
        text.AppendLine("CCSDS_OEM_VERS = 2.0");
        text.AppendLine("CREATION_DATE = 2026-03-10T00:00:00");
        text.AppendLine("ORIGINATOR = CONCORD-TEST");
        text.AppendLine("META_START");
        text.AppendLine($"OBJECT_NAME = {objectName}");
        text.AppendLine($"OBJECT_ID = {objectId}");
        text.AppendLine("CENTER_NAME = EARTH");
        text.AppendLine("REF_FRAME = TEME");
        text.AppendLine("TIME_SYSTEM = UTC");
        text.AppendLine($"START_TIME = {start.ToIsoString(TimeScale.Utc, 3).TrimEnd('Z')}");
        text.AppendLine($"STOP_TIME = {stop.ToIsoString(TimeScale.Utc, 3).TrimEnd('Z')}");
        text.AppendLine("META_STOP");
        for (int minute = 0; minute <= minutes; minute++)
        {
            Epoch at = start + Duration.FromMinutes(minute);
            Sgp4Result state = propagator.Propagate((at - elements.Epoch).TotalSeconds / 60.0);
            Assert.True(state.Success);
            var p = state.PositionMeters / 1000.0;
            var v = state.VelocityMetersPerSecond / 1000.0;
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{at.ToIsoString(TimeScale.Utc, 3).TrimEnd('Z')} {p.X:R} {p.Y:R} {p.Z:R} {v.X:R} {v.Y:R} {v.Z:R}"));
        }

        return text.ToString();
    }
}
