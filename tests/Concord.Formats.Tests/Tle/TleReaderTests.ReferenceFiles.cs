using Concord.Formats.Diagnostics;
using Concord.Formats.Tle;

namespace Concord.Formats.Tests.Tle;

public sealed partial class TleReaderTests
{
    private const string Sgp4VerPath = "sgp4/SGP4-VER.TLE";
    private const string SocratesDirectory = "screening/socrates_2026-03-09/pair_elements";

    // Checksums that do not validate, as (catalog number, TLE line), recomputed independently (digits + 1 per '-',
    // mod 10, over columns 1-68). sgp4/README.md also names line 1 of 25954 and 29141 (after python-sgp4's test
    // list), but both lines carry their correct checksum (7 and 8): the README is wrong there, not the file.
    private static readonly (int Catalog, string TleLine)[] s_sgp4VerBadChecksums =
    [
        (33333, "1"), (33333, "2"), (33334, "1"), (33335, "1"), (33335, "2"),
    ];

    // SOCRATES pair files whose TLE has an 8-digit eccentricity (the OMM value written without rounding), so that
    // line 2 is 70 characters and shifted from column 34 on. screening/README.md names 67298; the other four have
    // the same defect.
    private static readonly int[] s_socratesShiftedSets = [35153, 43771, 58184, 67298, 67506];

    [Fact]
    public void Sgp4Ver_Lenient_Reads33Sets_WithTheKnownChecksumWarnings()
    {
        TleReadResult result = TleReader.Read(new StringReader(File.ReadAllText(ReferenceData.Require(Sgp4VerPath))));

        Assert.True(result.Success);
        Assert.Equal(33, result.Sets.Length);
        Assert.Equal(32, result.Sets.Select(s => s.CatalogNumber).Distinct().Count());
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Diagnostic[] checksums = [.. result.Diagnostics.Where(d => d.Code == ErrorCodes.TleChecksum)];
        Assert.Equal(s_sgp4VerBadChecksums.Length, checksums.Length);
        Assert.All(checksums, d => Assert.Equal(69, d.Column));
        Assert.Equal(s_sgp4VerBadChecksums.Order(), checksums.Select(d => (CatalogAt(result, d.Line), d.Arguments[0])).Order());

        // Every line 2 carries start, stop and step minutes after column 69.
        Assert.Equal(33, result.Diagnostics.Count(d => d.Code == ErrorCodes.TleTrailingContent));
        Assert.All(result.Entries, e => Assert.Equal(3, e.Line2TrailingText!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length));
        Assert.Equal("0.00      4320.0        360.00", result.Entries[0].Line2TrailingText);

        // Blank designators, blank ephemeris type (11801), zero B* written 00000+0 and 00000-0.
        Formats.Tle.Tle set11801 = result.Sets.Single(s => s.CatalogNumber == 11801);
        Assert.Null(set11801.InternationalDesignator);
        Assert.Null(set11801.EphemerisType);
        Assert.Null(result.Sets.Single(s => s.CatalogNumber == 88888).InternationalDesignator);
        Assert.Equal(0.0, result.Sets.Single(s => s.CatalogNumber == 25954).BstarPerEarthRadius);
        Assert.Equal(0.0, result.Sets.Single(s => s.CatalogNumber == 9998).BstarPerEarthRadius);
        Assert.Equal(5, result.Sets[0].CatalogNumber);
        Assert.Equal(0.28098e-4, result.Sets[0].BstarPerEarthRadius);
        Assert.Equal(2000, result.Sets[0].Epoch.ToCalendar(Astro.Time.TimeScale.Utc).Year);
        Assert.Equal(1980, set11801.Epoch.ToCalendar(Astro.Time.TimeScale.Utc).Year);
    }

    [Fact]
    public void Sgp4Ver_Strict_RejectsTheSetsWithBadChecksums()
    {
        TleReadResult result = TleReader.Read(new StringReader(File.ReadAllText(ReferenceData.Require(Sgp4VerPath))), TleReadOptions.Strict);

        Assert.False(result.Success);
        Assert.Equal(30, result.Sets.Length);
        int[] rejected = [.. s_sgp4VerBadChecksums.Select(b => b.Catalog).Distinct()];
        Assert.DoesNotContain(result.Sets, s => rejected.Contains(s.CatalogNumber));
        Diagnostic[] errors = [.. result.Diagnostics.Where(d => d.IsError)];
        Assert.Equal(s_sgp4VerBadChecksums.Length, errors.Length);
        Assert.All(errors, d => Assert.Equal(ErrorCodes.TleChecksum, d.Code));
    }

    [Fact]
    public void Sgp4Ver_IgnoreChecksums_ReportsNoChecksumDiagnostic()
    {
        TleReadResult result = TleReader.Read(new StringReader(File.ReadAllText(ReferenceData.Require(Sgp4VerPath))),
            new TleReadOptions { ChecksumPolicy = ChecksumPolicy.Ignore });

        Assert.Equal(33, result.Sets.Length);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ErrorCodes.TleChecksum);
    }

    [Fact]
    public void Socrates_DefectiveEccentricityOf67298_IsRejectedWhere_TheShiftIsDetected()
    {
        string path = Path.Combine(ReferenceData.Require(SocratesDirectory), "gp_61721,67298.txt");

        TleReadResult result = TleReader.Read(new StringReader(File.ReadAllText(path)));

        Formats.Tle.Tle good = Assert.Single(result.Sets);
        Assert.Equal(61721, good.CatalogNumber);
        Assert.Equal("STARLINK-32469", good.Name);
        Diagnostic error = Assert.Single(result.Diagnostics);
        // "00085081" is one digit too many: the blank expected at column 34 holds its last digit.
        Assert.Equal(ErrorCodes.TleSeparator, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(6, error.Line);
        Assert.Equal(34, error.Column);
        Assert.Equal(nameof(Formats.Tle.Tle.ArgumentOfPerigeeDegrees), error.Key);
        Assert.Equal(["2", "34", "1"], error.Arguments);
    }

    [Fact]
    public void Socrates_AllPairFiles_KeepEveryWellFormedSet_AndRejectEachShiftedOneAtColumn34()
    {
        string[] files = Directory.GetFiles(ReferenceData.Require(SocratesDirectory), "gp_*.txt");
        Assert.Equal(20, files.Length);
        var rejected = new List<int>();
        int kept = 0;
        foreach (string file in files)
        {
            string text = File.ReadAllText(file);
            TleReadResult result = TleReader.Read(new StringReader(text));
            string[] lines = text.Split("\r\n");
            kept += result.Sets.Length;
            Assert.All(result.Sets, s => Assert.False(s.Name!.EndsWith(' ')));
            foreach (Diagnostic error in result.Diagnostics)
            {
                Assert.Equal((ErrorCodes.TleSeparator, DiagnosticSeverity.Error, 34), (error.Code, error.Severity, error.Column));
                Assert.StartsWith("2 ", lines[error.Line - 1], StringComparison.Ordinal);
                Assert.Equal(70, lines[error.Line - 1].Length);
                rejected.Add(int.Parse(lines[error.Line - 1].AsSpan(2, 5), System.Globalization.CultureInfo.InvariantCulture));
            }

            Assert.Equal(2, result.Sets.Length + result.Diagnostics.Length);
        }

        Assert.Equal(35, kept);
        Assert.Equal(s_socratesShiftedSets, rejected.Order());
    }

    private static int CatalogAt(TleReadResult result, int line)
        => result.Entries.Last(e => e.FirstLine <= line).Tle.CatalogNumber;
}
