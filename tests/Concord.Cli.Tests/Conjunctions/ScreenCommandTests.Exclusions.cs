using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;
using Concord.Cli.Conjunctions;
using Concord.Formats.Diagnostics;
using Concord.Formats.Tle;

namespace Concord.Cli.Tests.Conjunctions;

public sealed partial class ScreenCommandTests
{
    // Lines 7–9: an element set whose TLE line 2 is cut short (tle.line-length), rejected when reading.
    private const string BrokenC = "OBJ C\n1 90003U 26001A   26069.50000000  .00000000  00000+0  10000-3 0  9990\n2 90003 bad line\n";

    // Lines 10–12: ~220 km up (16.2 rev/day) with B* = 0.5: SGP4 reports it decayed (error 6) about an hour after
    // its epoch, inside the test window (11:00 to 15:00), and ~290 km below A and B, so it changes no conjunction.
    private static readonly string s_decayingD = "OBJ D\n" + HandMadeTle.Lines("90004", "26069.50000000", 51.6, 0.0, "0001000", 0.0, 0.0, 16.2, " 50000-0");

    private static readonly string s_catalogWithExclusions = s_catalog + BrokenC + s_decayingD;

    private static string TempCsvPath() => Path.Combine(Path.GetTempPath(), $"concord-screen-exclusions-{Guid.NewGuid():N}.csv");

    [Fact]
    public async Task ExclusionsAreSummarisedByReasonAndTheScreeningExits0()
    {
        using var reference = CliRunner.WriteTemp(s_catalog);
        using var catalog = CliRunner.WriteTemp(s_catalogWithExclusions);
        CliRunner.Outcome expected = await Screen([reference.Path, .. Window()]);
        CliRunner.Outcome outcome = await Screen([catalog.Path, .. Window()]);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Equal(expected.Stdout, outcome.Stdout);
        Assert.Contains($"screen: excluded 2 objects: 1 sgp4.error-6, 1 {ErrorCodes.TleLineLength}", outcome.StderrLines);
        Assert.Contains(outcome.StderrLines, l => l.StartsWith($"{catalog.Path}:7: excluded 90003: {ErrorCodes.TleLineLength}: ", StringComparison.Ordinal));
        Assert.Contains(outcome.StderrLines, l => l.StartsWith($"{catalog.Path}:10: excluded 90004 from 2026-03-10T", StringComparison.Ordinal)
            && l.Contains(": sgp4.error-6: ", StringComparison.Ordinal));
        Assert.Contains("screen: --exclusions FILE lists every exclusion (CSV)", outcome.StderrLines);

        // The rejected set's diagnostic is in the exclusion list, not printed again as its own error line.
        Assert.DoesNotContain(outcome.StderrLines, l => l.Contains($": error {ErrorCodes.TleLineLength}", StringComparison.Ordinal));
        Assert.StartsWith("screen: 3 objects, 3 pairs,", outcome.StderrLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExclusionsCsvListsEveryExclusionWithItsReason()
    {
        using var catalog = CliRunner.WriteTemp(s_catalogWithExclusions);
        string path = TempCsvPath();
        try
        {
            CliRunner.Outcome outcome = await Screen([catalog.Path, .. Window(), "--exclusions", path]);

            Assert.True(outcome.ExitCode == 0, outcome.Stderr);
            Assert.Contains($"screen: every exclusion is listed in {path}", outcome.StderrLines);
            byte[] bytes = File.ReadAllBytes(path);
            Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], "UTF-8 without a byte-order mark");
            string[] lines = File.ReadAllLines(path);
            Assert.Equal("object_id,file,line,from_utc,reason,description", lines[0]);
            Assert.Equal(ScreenExclusion.CsvHeader, lines[0]);
            Assert.Equal(3, lines.Length);

            string[] rejected = lines[1].Split(',');
            Assert.Equal(["90003", catalog.Path, "7", "", ErrorCodes.TleLineLength], rejected[..5]);
            Assert.NotEmpty(rejected[5]);

            string[] decayed = lines[2].Split(',');
            Assert.Equal(["90004", catalog.Path, "10"], decayed[..3]);
            Assert.Equal(("sgp4.error-6", "satellite has decayed"), (decayed[4], decayed[5]));

            // from_utc is the first sample without a state: SGP4 reports the decay there, and not one step (90 s) before.
            Epoch from = Epoch.ParseIso(decayed[3], TimeScale.Utc, LeapSecondHandling.Reject);
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", decayed[3]);
            Assert.True(from > s_epoch && from < s_epoch + Duration.FromMinutes(180), decayed[3]);
            Sgp4Elements elements = Assert.Single(TleReader.Parse(s_decayingD, TleReadOptions.Default).Sets).ToSgp4Elements();
            Sgp4Propagator propagator = Sgp4Propagator.Create(elements, Sgp4Options.Default).Propagator!;
            Assert.Equal(Sgp4Error.Decayed, propagator.Propagate((from - elements.Epoch).TotalSeconds / 60.0).Error);
            Assert.True(propagator.Propagate((from - elements.Epoch).TotalSeconds / 60.0 - 1.5).Success);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ObjectsSgp4CannotStartAndUnusableSegmentsAreExclusionsToo()
    {
        // 19 rev/day puts the mean semi-major axis below 0.95 Earth radii: SGP4 refuses to start (error 1). The OEM of
        // B is in an Earth-fixed frame, which screening cannot use: B is screened from its element set instead.
        string unstartable = "OBJ E\n" + HandMadeTle.Lines("90005", "26069.50000000", 51.6, 0.0, "0001000", 0.0, 0.0, 19.0);
        using var catalog = CliRunner.WriteTemp(s_catalog + unstartable);
        using var oem = CliRunner.WriteTemp(OemFromSgp4(s_crossingB, "90002", "OPS B", Epoch.FromCalendar(2026, 3, 10, 10, 50, 0, 0, TimeScale.Utc), 60)
            .Replace("REF_FRAME = TEME", "REF_FRAME = ITRF2000", StringComparison.Ordinal), ".oem");
        string path = TempCsvPath();
        try
        {
            CliRunner.Outcome outcome = await Screen([catalog.Path, .. Window(), "--ephemeris", oem.Path, "--exclusions", path]);

            Assert.True(outcome.ExitCode == 0, outcome.Stderr);
            Assert.Contains($"screen: excluded 2 objects: 1 {ScreenErrorCodes.EphemerisSegment}, 1 {ScreenErrorCodes.Sgp4Initialization}", outcome.StderrLines);
            string[][] rows = File.ReadAllLines(path)[1..].Select(l => l.Split(',')).ToArray();
            Assert.Equal(2, rows.Length);
            Assert.Equal(["90002", oem.Path, "", "", ScreenErrorCodes.EphemerisSegment], rows[0][..5]);
            Assert.Equal(["90005", catalog.Path, "7", "", ScreenErrorCodes.Sgp4Initialization], rows[1][..5]);
            Assert.StartsWith("screen: 2 objects, 1 pairs,", outcome.StderrLines[^1], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task AnObjectGoneBeforeTheWindowIsExcludedFromTheStart()
    {
        // D decayed about an hour after its epoch, a day before this window starts: never screened, so from_utc is
        // empty. The reason is the error SGP4 gives at the window's first sample (that far past the decay, not always 6).
        using var catalog = CliRunner.WriteTemp(s_catalog + s_decayingD);
        string path = TempCsvPath();
        Epoch start = Epoch.FromCalendar(2026, 3, 11, 11, 0, 0, 0, TimeScale.Utc);
        Sgp4Elements elements = Assert.Single(TleReader.Parse(s_decayingD, TleReadOptions.Default).Sets).ToSgp4Elements();
        Sgp4Error error = Sgp4Propagator.Create(elements, Sgp4Options.Default).Propagator!.Propagate((start - elements.Epoch).TotalSeconds / 60.0).Error;
        Assert.NotEqual(Sgp4Error.None, error);
        string reason = $"sgp4.error-{(int)error}";
        try
        {
            CliRunner.Outcome outcome = await Screen([catalog.Path, "--start", "2026-03-11T11:00:00Z", "--duration", "4h", "--threshold-km", "50", "--exclusions", path]);

            Assert.True(outcome.ExitCode == 0, outcome.Stderr);
            Assert.Equal(["90004", catalog.Path, "7", "", reason], File.ReadAllLines(path)[1].Split(',')[..5]);
            Assert.Contains(outcome.StderrLines, l => l.StartsWith($"{catalog.Path}:7: excluded 90004: {reason}: ", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task StrictTurnsAnyExclusionIntoExit1()
    {
        using var clean = CliRunner.WriteTemp(s_catalog);
        using var catalog = CliRunner.WriteTemp(s_catalogWithExclusions);
        string path = TempCsvPath();
        try
        {
            CliRunner.Outcome withoutExclusions = await Screen([clean.Path, .. Window(), "--strict"]);
            CliRunner.Outcome outcome = await Screen([catalog.Path, .. Window(), "--strict", "--exclusions", path]);

            Assert.True(withoutExclusions.ExitCode == 0, withoutExclusions.Stderr);
            Assert.Equal(1, outcome.ExitCode);

            // Everything is still written: the conjunctions, the exclusions and the summaries.
            Assert.Equal(withoutExclusions.Stdout, outcome.Stdout);
            Assert.Equal(3, File.ReadAllLines(path).Length);
            Assert.Contains($"screen: excluded 2 objects: 1 sgp4.error-6, 1 {ErrorCodes.TleLineLength}", outcome.StderrLines);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task UnwritableExclusionsFileExits3()
    {
        using var catalog = CliRunner.WriteTemp(s_catalogWithExclusions);
        string path = Path.Combine(Path.GetTempPath(), $"concord-missing-{Guid.NewGuid():N}", "exclusions.csv");

        CliRunner.Outcome outcome = await Screen([catalog.Path, .. Window(), "--exclusions", path]);

        Assert.Equal(3, outcome.ExitCode);
        Assert.Contains(outcome.StderrLines, l => l.StartsWith($"error: {path}: cannot write: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACatalogWhoseEverySetIsRejectedIsScreenedWithoutIt()
    {
        using var catalog = CliRunner.WriteTemp(s_catalog);
        using var broken = CliRunner.WriteTemp(BrokenC);
        using var notACatalog = CliRunner.WriteTemp("hello, this is not a catalog\n", ".txt");

        CliRunner.Outcome outcome = await Screen([catalog.Path, broken.Path, .. Window()]);
        CliRunner.Outcome unreadable = await Screen([catalog.Path, notACatalog.Path, .. Window()]);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Contains($"screen: excluded 1 object: 1 {ErrorCodes.TleLineLength}", outcome.StderrLines);
        Assert.Equal(2, unreadable.ExitCode);
        Assert.Contains(unreadable.StderrLines, l => l.StartsWith($"{notACatalog.Path}:1: error {ErrorCodes.FormatUnknown}", StringComparison.Ordinal));
        Assert.Empty(unreadable.Stdout);
    }

    [Fact]
    public async Task StderrListsTheFirstTenExclusionsOnly()
    {
        // Twelve sets that SGP4 refuses to start (19 rev/day), numbered 90101 to 90112.
        string unstartable = string.Concat(Enumerable.Range(90101, 12).Select(id =>
            HandMadeTle.Lines(id.ToString(System.Globalization.CultureInfo.InvariantCulture), "26069.50000000", 51.6, 0.0, "0001000", 0.0, 0.0, 19.0)));
        using var catalog = CliRunner.WriteTemp(s_catalog + unstartable);

        CliRunner.Outcome outcome = await Screen([catalog.Path, .. Window()]);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Contains($"screen: excluded 12 objects: 12 {ScreenErrorCodes.Sgp4Initialization}", outcome.StderrLines);
        string[] listed = outcome.StderrLines.Where(l => l.Contains(": excluded 901", StringComparison.Ordinal)).ToArray();
        Assert.Equal(Enumerable.Range(90101, 10).Select(id => $"{id}"), listed.Select(l => l.Split(' ')[2].TrimEnd(':')));
        Assert.Contains("screen: 2 more; --exclusions FILE lists every exclusion (CSV)", outcome.StderrLines);
    }

    [Theory]
    [InlineData("25544", "catalog.tle", 3, null, "tle.line-length", "TLE line 2 is 16 characters long; expected 69.",
        "25544,catalog.tle,3,,tle.line-length,TLE line 2 is 16 characters long; expected 69.")]
    [InlineData("25544", "catalog.tle", 3, null, "tle.checksum", "Line 1: checksum 5 expected, found 0.",
        "25544,catalog.tle,3,,tle.checksum,\"Line 1: checksum 5 expected, found 0.\"")]
    [InlineData("OPS, \"B\"", "ops.oem", 0, "2026-03-10T13:00:00Z", "sgp4.unphysical-state", "unbound, or accelerating\nfast",
        "\"OPS, \"\"B\"\"\",ops.oem,,2026-03-10T13:00:00.000Z,sgp4.unphysical-state,\"unbound, or accelerating\nfast\"")]
    public void CsvRowsQuoteAsRfc4180(string id, string file, int line, string? from, string reason, string description, string expected)
    {
        Epoch? epoch = from is null ? null : Epoch.ParseIso(from, TimeScale.Utc, LeapSecondHandling.Reject);
        Assert.Equal(expected, new ScreenExclusion(id, file, line, epoch, reason, description).ToCsvRow());
    }

    [Fact]
    public void ExclusionsAreOrderedByObjectIdThenTime()
    {
        Epoch t = s_epoch;
        ScreenExclusion[] unordered =
        [
            new("", "c.tle", 9, null, "tle.checksum", "x"),
            new("OPS-B", "b.oem", 0, null, "screen.ephemeris-segment", "x"),
            new("A0001", "c.tle", 1, null, "tle.checksum", "x"),          // Alpha-5: 100001
            new("90004", "c.tle", 4, t + Duration.FromMinutes(60), "sgp4.error-6", "x"),
            new("90004", "d.tle", 2, null, "tle.checksum", "x"),
            new("5", "c.tle", 7, t, "sgp4.error-1", "x"),
        ];

        List<ScreenExclusion> ordered = ScreenExclusionReport.Order(unordered);

        Assert.Equal(["5", "90004", "90004", "A0001", "OPS-B", ""], ordered.Select(e => e.ObjectId));
        Assert.Null(ordered[1].From);
    }
}
