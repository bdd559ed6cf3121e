using System.Text.Json;

namespace Concord.Cli.Tests.Messages;

public sealed class ValidateCommandTests
{
    private static readonly string s_leo = HandMadeTle.Lines("90001", "26069.50000000", 51.6, 10.0, "0001000", 90.0, 0.0, 15.2);

    [Fact]
    public async Task ValidFilesExitZeroAndPrintNothing()
    {
        using CliRunner.TempFile tle = CliRunner.WriteTemp(s_leo);
        CliRunner.Outcome outcome = await CliRunner.RunAsync("validate", tle.Path);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Empty(outcome.Stdout);
    }

    [Fact]
    public async Task InvalidFileExitsOneWithCompilerStyleLines()
    {
        string bad = s_leo.Replace("51.6000", "5x.6000", StringComparison.Ordinal);
        using CliRunner.TempFile good = CliRunner.WriteTemp(s_leo);
        using CliRunner.TempFile invalid = CliRunner.WriteTemp(bad);
        CliRunner.Outcome outcome = await CliRunner.RunAsync("validate", good.Path, invalid.Path);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains(outcome.StdoutLines, l => l.StartsWith(invalid.Path + ":2:", StringComparison.Ordinal) && l.Contains(": error tle.", StringComparison.Ordinal));
        Assert.DoesNotContain(outcome.StdoutLines, l => l.StartsWith(good.Path, StringComparison.Ordinal));
        // The contract's FILE:LINE: error CODE: message, the column (known for TLE fields) at the end.
        Assert.All(outcome.StdoutLines, l => Assert.Matches(@"^.+:2: error tle\.[a-z-]+: .+ \(column \d+\)$", l));
    }

    [Fact]
    public async Task JsonOutputIsOneArray()
    {
        using CliRunner.TempFile invalid = CliRunner.WriteTemp("CCSDS_OMM_VERS = 2.0\nWRONG_KEYWORD = 1\n", ".txt");
        CliRunner.Outcome outcome = await CliRunner.RunAsync("validate", "--json", invalid.Path);

        Assert.Equal(1, outcome.ExitCode);
        using JsonDocument json = JsonDocument.Parse(outcome.Stdout);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.Contains(json.RootElement.EnumerateArray(), e => e.GetProperty("code").GetString() == "ccsds.unexpected-keyword"
            && e.GetProperty("line").GetInt32() == 2 && e.GetProperty("severity").GetString() == "error");
    }

    [Fact]
    public async Task KindIsToldFromContentNotExtension()
    {
        using CliRunner.TempFile tleNamedXml = CliRunner.WriteTemp(s_leo, ".xml");
        CliRunner.Outcome outcome = await CliRunner.RunAsync("validate", tleNamedXml.Path);
        Assert.Equal(0, outcome.ExitCode);

        using CliRunner.TempFile prose = CliRunner.WriteTemp("Dear operator, please move.\n", ".tle");
        CliRunner.Outcome unknown = await CliRunner.RunAsync("validate", prose.Path);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("error format.unknown", unknown.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadableFileExitsTwo()
    {
        CliRunner.Outcome outcome = await CliRunner.RunAsync("validate", "/nonexistent/file.omm");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("cannot read", outcome.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("omm/OMM-wrong-keyword.txt", "ccsds.unexpected-keyword", 9)]
    [InlineData("omm/OMM-number-format-error.txt", "ccsds.number-format", 15)]
    [InlineData("ndm/wrong-format.txt", "format.unknown", 1)]
    [InlineData("cdm/CDM-covariance-wrong-entry-format.txt", "ccsds.number-format", 65)]
    [InlineData("oem/OEM-keyword-within-ephemeris.txt", "ccsds.unexpected-keyword", 24)]
    [InlineData("opm/OPM-incompatible-units.txt", "ccsds.incompatible-units", 20)]
    public async Task MalformedReferenceSamplesAreRejectedAtTheirLine(string relativePath, string code, int line)
    {
        string path = ReferenceData.Require(Path.Combine("ccsds", relativePath));
        CliRunner.Outcome outcome = await CliRunner.RunAsync("validate", path);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains(outcome.StdoutLines, l => l.StartsWith($"{path}:{line}:", StringComparison.Ordinal) && l.Contains($"error {code}:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("cdm/CDMExample1.txt")]
    [InlineData("cdm/CDMExample1.xml")]
    [InlineData("omm/ccsds-ndm/omm1_ct.json")]
    [InlineData("oem/OEMExample3.xml")]
    [InlineData("opm/OPMExample1.txt")]
    [InlineData("ndm/NDM-opm.xml")]
    public async Task ValidReferenceSamplesPass(string relativePath)
    {
        string path = ReferenceData.Require(Path.Combine("ccsds", relativePath));
        CliRunner.Outcome outcome = await CliRunner.RunAsync("validate", path);
        Assert.Equal(0, outcome.ExitCode);
    }

    [Fact]
    public async Task MixedNdmContainerValidatesAndCannotBeConvertedAsOne()
    {
        static string Body(string relativePath)
        {
            string text = File.ReadAllText(ReferenceData.Require(Path.Combine("ccsds", relativePath)));
            int start = text.IndexOf("?>", StringComparison.Ordinal);
            return (start < 0 ? text : text[(start + 2)..]).Trim();
        }

        using CliRunner.TempFile ndm = CliRunner.WriteTemp("<ndm>\n" + Body("opm/OPMExample3.xml") + "\n" + Body("cdm/CDMExample1.xml") + "\n</ndm>\n", ".xml");
        Assert.Equal(0, (await CliRunner.RunAsync("validate", ndm.Path)).ExitCode);

        CliRunner.Outcome convert = await CliRunner.RunAsync("convert", ndm.Path, "--to", "cdm-kvn");
        Assert.Equal(2, convert.ExitCode);
        Assert.Contains("format.conversion", convert.Stderr, StringComparison.Ordinal);
    }
}
