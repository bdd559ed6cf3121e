namespace Concord.Cli.Tests.Messages;

public sealed class ConvertCommandTests
{
    private static readonly string s_leo = HandMadeTle.Lines("90001", "26069.50000000", 51.6, 10.0, "0001000", 90.0, 0.0, 15.2);

    [Theory]
    [InlineData("omm-kvn")]
    [InlineData("omm-xml")]
    [InlineData("omm-json")]
    [InlineData("omm-csv")]
    public async Task TleToOmmAndBackIsExact(string format)
    {
        using CliRunner.TempFile tle = CliRunner.WriteTemp(s_leo);
        using CliRunner.TempFile omm = CliRunner.WriteTemp(string.Empty, ".omm");
        CliRunner.Outcome toOmm = await CliRunner.RunAsync("convert", tle.Path, "--to", format, "-o", omm.Path);
        Assert.Equal(0, toOmm.ExitCode);

        CliRunner.Outcome back = await CliRunner.RunAsync("convert", omm.Path, "--to", "tle");
        Assert.Equal(0, back.ExitCode);
        string[] expected = s_leo.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected, back.StdoutLines.Where(l => l.StartsWith('1') || l.StartsWith('2')).ToArray());
    }

    [Fact]
    public async Task ACatalogNumberATleCannotHoldIsRefusedAndNothingIsWritten()
    {
        string omm = "OBJECT_NAME,OBJECT_ID,EPOCH,MEAN_MOTION,ECCENTRICITY,INCLINATION,RA_OF_ASC_NODE,ARG_OF_PERICENTER,MEAN_ANOMALY,EPHEMERIS_TYPE,CLASSIFICATION_TYPE,NORAD_CAT_ID,ELEMENT_SET_NO,REV_AT_EPOCH,BSTAR,MEAN_MOTION_DOT,MEAN_MOTION_DDOT\n"
            + "BIG ONE,2026-001A,2026-03-10T00:00:00.000000,15.2,.0001,51.6,10,90,0,0,U,400000,999,1,.0001,0,0\n";
        using CliRunner.TempFile input = CliRunner.WriteTemp(omm, ".csv");
        string outPath = input.Path + ".tle";
        CliRunner.Outcome outcome = await CliRunner.RunAsync("convert", input.Path, "--to", "tle", "-o", outPath);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("error tle.catalog-number", outcome.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(outPath));
    }

    [Fact]
    public async Task InvalidInputIsReportedAndNothingIsWritten()
    {
        using CliRunner.TempFile input = CliRunner.WriteTemp("CCSDS_OMM_VERS = 2.0\nWRONG_KEYWORD = 1\n", ".txt");
        CliRunner.Outcome outcome = await CliRunner.RunAsync("convert", input.Path, "--to", "omm-xml");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Empty(outcome.Stdout);
        Assert.Contains("ccsds.unexpected-keyword", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownTargetFormatIsAUsageError()
    {
        using CliRunner.TempFile tle = CliRunner.WriteTemp(s_leo);
        CliRunner.Outcome outcome = await CliRunner.RunAsync("convert", tle.Path, "--to", "png");
        Assert.Equal(2, outcome.ExitCode);
    }

    [Fact]
    public async Task ElementSetsCannotBecomeAnEphemeris()
    {
        using CliRunner.TempFile tle = CliRunner.WriteTemp(s_leo);
        CliRunner.Outcome outcome = await CliRunner.RunAsync("convert", tle.Path, "--to", "oem-kvn");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("format.conversion", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CdmKvnToXmlAndBackKeepsEveryValue()
    {
        // The CDM Blue Book example (CCSDS 508.0-B-1), via the shared reference data.
        string path = ReferenceData.Require("ccsds/cdm/CDMExample1.txt");
        using CliRunner.TempFile xml = CliRunner.WriteTemp(string.Empty, ".xml");
        Assert.Equal(0, (await CliRunner.RunAsync("convert", path, "--to", "cdm-xml", "-o", xml.Path)).ExitCode);
        Assert.StartsWith("<?xml", File.ReadAllText(xml.Path), StringComparison.Ordinal);

        CliRunner.Outcome kvn = await CliRunner.RunAsync("convert", xml.Path, "--to", "cdm-kvn");
        CliRunner.Outcome direct = await CliRunner.RunAsync("convert", path, "--to", "cdm-kvn");
        Assert.Equal(0, kvn.ExitCode);
        Assert.Equal(direct.Stdout, kvn.Stdout);
        Assert.Contains(kvn.StdoutLines, l => l.StartsWith("TCA", StringComparison.Ordinal) && l.Contains("2010-03-13T22:37:52.618", StringComparison.Ordinal));
    }

    [Fact]
    public async Task KvnOmmFromATleCarriesTheMandatoryHeader()
    {
        using CliRunner.TempFile tle = CliRunner.WriteTemp(s_leo);
        CliRunner.Outcome outcome = await CliRunner.RunAsync("convert", tle.Path, "--to", "omm-kvn");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains(outcome.StdoutLines, l => l.StartsWith("CREATION_DATE", StringComparison.Ordinal));
        Assert.Contains(outcome.StdoutLines, l => l.StartsWith("ORIGINATOR", StringComparison.Ordinal) && l.EndsWith("CONCORD", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("oem/OEMExample3.txt", "oem-xml", "oem-kvn")]
    [InlineData("opm/OPMExample1.txt", "opm-xml", "opm-kvn")]
    public async Task EphemerisAndParameterMessagesRoundTripThroughXml(string relativePath, string viaFormat, string backFormat)
    {
        string path = ReferenceData.Require(Path.Combine("ccsds", relativePath));
        using CliRunner.TempFile via = CliRunner.WriteTemp(string.Empty, ".xml");
        Assert.Equal(0, (await CliRunner.RunAsync("convert", path, "--to", viaFormat, "-o", via.Path)).ExitCode);
        CliRunner.Outcome back = await CliRunner.RunAsync("convert", via.Path, "--to", backFormat);
        CliRunner.Outcome direct = await CliRunner.RunAsync("convert", path, "--to", backFormat);
        Assert.Equal(0, back.ExitCode);
        Assert.Equal(direct.Stdout, back.Stdout);
    }
}
