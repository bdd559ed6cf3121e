using Concord.Formats.Diagnostics;
using Concord.Formats.Tle;
using static Concord.Formats.Tests.Tle.TleSamples;

namespace Concord.Formats.Tests.Tle;

// Hand-made malformed inputs: each edits one column of the ISS set (TleSamples) and expects one code at an
// exact line and column. Input line 1 is TLE line 1 unless a name line precedes it.
public sealed partial class TleReaderTests
{
    public static TheoryData<string, string, string, string, int, int, string?> MalformedSets => new()
    {
        // name, line 1, line 2, expected code, input line, column, key
        { "line 1 too short", IssLine1[..60], IssLine2, ErrorCodes.TleLineLength, 1, 61, null },
        { "line 2 too long", IssLine1, IssLine2 + "7", ErrorCodes.TleLineLength, 2, 70, null },
        { "line 2 number 3", IssLine1, Edit(IssLine2, 1, "3"), ErrorCodes.TleLineNumber, 2, 1, null },
        { "blank 18 missing", Edit(IssLine1, 18, "X"), IssLine2, ErrorCodes.TleSeparator, 1, 18, nameof(Formats.Tle.Tle.Epoch) },
        { "blank 64 missing", Edit(IssLine1, 64, "0"), IssLine2, ErrorCodes.TleSeparator, 1, 64, nameof(Formats.Tle.Tle.ElementSetNumber) },
        { "line 2 blank 52", IssLine1, Edit(IssLine2, 52, "9"), ErrorCodes.TleSeparator, 2, 52, nameof(Formats.Tle.Tle.MeanMotionRevolutionsPerDay) },
        { "classification", Edit(IssLine1, 8, "X"), IssLine2, ErrorCodes.TleFieldFormat, 1, 8, nameof(Formats.Tle.Tle.Classification) },
        { "designator", Edit(IssLine1, 12, "0-7"), IssLine2, ErrorCodes.TleFieldFormat, 1, 13, nameof(Formats.Tle.Tle.InternationalDesignator) },
        { "epoch point", Edit(IssLine1, 24, "9"), IssLine2, ErrorCodes.TleFieldFormat, 1, 24, nameof(Formats.Tle.Tle.Epoch) },
        { "epoch fraction", Edit(IssLine1, 30, "x"), IssLine2, ErrorCodes.TleFieldFormat, 1, 30, nameof(Formats.Tle.Tle.Epoch) },
        { "ndot sign", Edit(IssLine1, 34, "*"), IssLine2, ErrorCodes.TleFieldFormat, 1, 34, nameof(Formats.Tle.Tle.MeanMotionDotRevolutionsPerDaySquared) },
        { "bstar exponent sign", Edit(IssLine1, 60, "3"), IssLine2, ErrorCodes.TleFieldFormat, 1, 60, nameof(Formats.Tle.Tle.BstarPerEarthRadius) },
        { "ddot mantissa", Edit(IssLine1, 47, " "), IssLine2, ErrorCodes.TleFieldFormat, 1, 47, nameof(Formats.Tle.Tle.MeanMotionDdotRevolutionsPerDayCubed) },
        { "ephemeris type", Edit(IssLine1, 63, "A"), IssLine2, ErrorCodes.TleFieldFormat, 1, 63, nameof(Formats.Tle.Tle.EphemerisType) },
        { "element set", Edit(IssLine1, 66, "9 9"), IssLine2, ErrorCodes.TleFieldFormat, 1, 67, nameof(Formats.Tle.Tle.ElementSetNumber) },
        { "checksum not a digit", IssLine1, Edit(IssLine2, 69, "x", fixChecksum: false), ErrorCodes.TleFieldFormat, 2, 69, "Checksum" },
        { "inclination point", IssLine1, Edit(IssLine2, 12, "6"), ErrorCodes.TleFieldFormat, 2, 12, nameof(Formats.Tle.Tle.InclinationDegrees) },
        { "eccentricity letter", IssLine1, Edit(IssLine2, 29, "O"), ErrorCodes.TleFieldFormat, 2, 29, nameof(Formats.Tle.Tle.Eccentricity) },
        { "eccentricity 6 digits", IssLine1, Edit(IssLine2, 27, " 006830"), ErrorCodes.TleFieldFormat, 2, 27, nameof(Formats.Tle.Tle.Eccentricity) },
        { "mean motion", IssLine1, Edit(IssLine2, 58, "-"), ErrorCodes.TleFieldFormat, 2, 58, nameof(Formats.Tle.Tle.MeanMotionRevolutionsPerDay) },
        { "revolution number", IssLine1, Edit(IssLine2, 64, "3 "), ErrorCodes.TleFieldFormat, 2, 65, nameof(Formats.Tle.Tle.RevolutionNumberAtEpoch) },
        { "catalog I", Edit(IssLine1, 3, "I5544"), IssLine2, ErrorCodes.TleCatalogNumber, 1, 3, nameof(Formats.Tle.Tle.CatalogNumber) },
        { "catalog mismatch", IssLine1, Edit(IssLine2, 3, "25545"), ErrorCodes.TleCatalogMismatch, 2, 3, nameof(Formats.Tle.Tle.CatalogNumber) },
        { "inclination 181", IssLine1, Edit(IssLine2, 9, "181.0000"), ErrorCodes.TleOutOfRange, 2, 9, nameof(Formats.Tle.Tle.InclinationDegrees) },
        { "anomaly 360.5", IssLine1, Edit(IssLine2, 44, "360.5000"), ErrorCodes.TleOutOfRange, 2, 44, nameof(Formats.Tle.Tle.MeanAnomalyDegrees) },
        { "mean motion 0", IssLine1, Edit(IssLine2, 53, " 0.00000000"), ErrorCodes.TleOutOfRange, 2, 53, nameof(Formats.Tle.Tle.MeanMotionRevolutionsPerDay) },
        { "day 366 of 2022", Edit(IssLine1, 21, "366"), IssLine2, ErrorCodes.TleOutOfRange, 1, 21, nameof(Formats.Tle.Tle.Epoch) },
        { "day 0", Edit(IssLine1, 21, "000"), IssLine2, ErrorCodes.TleOutOfRange, 1, 21, nameof(Formats.Tle.Tle.Epoch) },
    };

    [Theory]
    [MemberData(nameof(MalformedSets))]
    public void MalformedSet_IsRejected_WithItsCodeLineAndColumn(string name, string line1, string line2, string code, int line, int column, string? key)
    {
        TleReadResult result = TleReader.Parse(line1 + "\n" + line2 + "\n");

        Assert.False(result.Success, name);
        Assert.Empty(result.Sets);
        Diagnostic error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((code, line, column, key), (error.Code, error.Line, error.Column, error.Key));
    }

    [Fact]
    public void DefectiveSet_IsSkipped_AndTheNextOneKept()
    {
        string text = IssName + "\n" + Edit(IssLine1, 18, "X") + "\n" + IssLine2 + "\n" + TleSamples.Iss3le;

        TleReadResult result = TleReader.Parse(text);

        Assert.Single(result.Sets);
        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal((ErrorCodes.TleSeparator, 2, 18), (error.Code, error.Line, error.Column));
        Assert.Equal(4, Assert.Single(result.Entries).FirstLine);
    }

    [Fact]
    public void BadChecksum_IsAWarningByDefault_AndAnErrorWhenStrict()
    {
        string text = IssLine1 + "\n" + Edit(IssLine2, 69, "0", fixChecksum: false) + "\n";

        TleReadResult lenient = TleReader.Parse(text);
        TleReadResult strict = TleReader.Parse(text, TleReadOptions.Strict);

        Assert.True(lenient.Success);
        Assert.Single(lenient.Sets);
        Diagnostic warning = Assert.Single(lenient.Diagnostics);
        Assert.Equal((ErrorCodes.TleChecksum, DiagnosticSeverity.Warning, 2, 69), (warning.Code, warning.Severity, warning.Line, warning.Column));
        Assert.Equal(["2", "5", "0"], warning.Arguments);

        Assert.Empty(strict.Sets);
        Diagnostic error = Assert.Single(strict.Diagnostics);
        Assert.Equal((ErrorCodes.TleChecksum, DiagnosticSeverity.Error, 2, 69), (error.Code, error.Severity, error.Line, error.Column));
    }

    [Fact]
    public void TrailingText_AfterWhitespaceAtColumn70_IsKeptWithAWarning()
    {
        string text = IssLine1 + "\n" + IssLine2 + "      0.00      4320.0        360.00\n";

        TleReadResult result = TleReader.Parse(text);

        Assert.True(result.Success);
        Assert.Equal("0.00      4320.0        360.00", Assert.Single(result.Entries).Line2TrailingText);
        Diagnostic warning = Assert.Single(result.Diagnostics);
        Assert.Equal((ErrorCodes.TleTrailingContent, DiagnosticSeverity.Warning, 2, 76), (warning.Code, warning.Severity, warning.Line, warning.Column));
    }

    [Fact]
    public void Line1WithoutLine2_IsAMissingLine_AtTheOrphanLine()
    {
        TleReadResult result = TleReader.Parse(IssName + "\n" + IssLine1 + "\n" + TleSamples.Iss3le);

        Assert.Single(result.Sets);
        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal((ErrorCodes.TleMissingLine, 2), (error.Code, error.Line));
        Assert.Equal(["2", "a name line"], error.Arguments);
    }

    [Fact]
    public void Line2WithoutLine1_IsAMissingLine()
    {
        TleReadResult result = TleReader.Parse(IssLine2 + "\n" + TleSamples.Iss2le);

        Assert.Single(result.Sets);
        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal((ErrorCodes.TleMissingLine, 1), (error.Code, error.Line));
        Assert.Equal(["1", "line 2"], error.Arguments);
    }

    [Fact]
    public void NameAtEndOfInput_AndTwoNamesInARow_AreMissingLines()
    {
        TleReadResult result = TleReader.Parse("FIRST\n" + TleSamples.Iss3le + "LAST\n");

        Assert.Single(result.Sets);
        Assert.Equal([(1, "a name line"), (5, "end of input")],
            result.Diagnostics.Select(d => (d.Line, d.Arguments[1])));
        Assert.All(result.Diagnostics, d => Assert.Equal(ErrorCodes.TleMissingLine, d.Code));
    }

    [Fact]
    public void Line1AtEndOfInput_IsAMissingLine2()
    {
        TleReadResult result = TleReader.Parse(IssLine1 + "\n");

        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal((ErrorCodes.TleMissingLine, 1), (error.Code, error.Line));
        Assert.Equal(["2", "end of input"], error.Arguments);
    }

    [Fact]
    public void ElementLineWithAnotherNumber_IsALineNumberError()
    {
        TleReadResult result = TleReader.Parse("3 " + IssLine1[2..] + "\n" + TleSamples.Iss2le);

        Assert.Single(result.Sets);
        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal((ErrorCodes.TleLineNumber, 1, 1), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void SpacePaddedCatalogNumbers_AreReadAsTheSameNumber()
    {
        string line1 = Edit(IssLine1, 3, "   20");
        string line2 = Edit(IssLine2, 3, "   20");

        Formats.Tle.Tle tle = Assert.Single(TleReader.Parse(line1 + "\n" + line2).Sets);

        Assert.Equal(20, tle.CatalogNumber);
        Assert.Equal("00020", tle.CatalogNumberText);
    }

    [Fact]
    public void ExplicitPlusSigns_AndNegativeZero_AreRecordedInTheNotation()
    {
        string line1 = Edit(IssLine1, 34, "+.00005958 +00000+0 +11386-3");

        Formats.Tle.Tle tle = Assert.Single(TleReader.Parse(line1 + "\n" + IssLine2).Sets);

        Assert.Equal(TleNotation.PlusSignMeanMotionDot | TleNotation.PlusSignMeanMotionDdot | TleNotation.PlusSignBstar, tle.Notation);
        Assert.Equal(0.00005958, tle.MeanMotionDotRevolutionsPerDaySquared);
        Assert.Equal(0.11386e-3, tle.BstarPerEarthRadius);
    }
}
