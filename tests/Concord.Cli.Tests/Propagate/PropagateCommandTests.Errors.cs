namespace Concord.Cli.Tests.Propagate;

public sealed partial class PropagateCommandTests
{
    [Fact]
    public async Task AFailingObjectStopsAloneAndExitsOne()
    {
        using CliRunner.TempFile file = CliRunner.WriteTemp(s_decaying + s_leo);
        CliRunner.Outcome outcome = await CliRunner.RunAsync("propagate", file.Path, "--since-epoch-min", "0:120:5");

        Assert.Equal(1, outcome.ExitCode);
        string error = Assert.Single(outcome.StderrLines);
        Assert.Matches(@"^error: 90002: t=\d+\.\d+ min: sgp4 error 6: .+$", error);
        Assert.Contains(outcome.StdoutLines, l => l.StartsWith("90002,0.00000000,", StringComparison.Ordinal));
        Assert.DoesNotContain(outcome.StdoutLines, l => l.StartsWith("90002,120.", StringComparison.Ordinal));
        Assert.Contains(outcome.StdoutLines, l => l.StartsWith("90001,120.00000000,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MissingFileIsAnInputError()
    {
        CliRunner.Outcome outcome = await CliRunner.RunAsync("propagate", "/nonexistent/none.tle");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("none.tle", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedSetIsReportedWithItsLineAndTheOthersStillRun()
    {
        // Second set: an 8-digit eccentricity shifts every later field of line 2 (the defect seen in real catalogs).
        string[] leo = s_leo.Split('\n');
        string shifted = leo[1][..26] + "0" + leo[1][26..];
        using CliRunner.TempFile file = CliRunner.WriteTemp(s_leo + leo[0].Replace("90001", "90003", StringComparison.Ordinal) + "\n" + shifted.Replace("90001", "90003", StringComparison.Ordinal) + "\n");
        CliRunner.Outcome outcome = await CliRunner.RunAsync("propagate", file.Path, "--since-epoch-min", "0:10:10");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(outcome.StderrLines, l => l.StartsWith(file.Path + ":4:", StringComparison.Ordinal) && l.Contains("error tle.", StringComparison.Ordinal));
        Assert.Contains(outcome.StdoutLines, l => l.StartsWith("90001,10.00000000,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--since-epoch-min", "0:10")]
    [InlineData("--since-epoch-min", "0:10:0")]
    [InlineData("--since-epoch-min", "10:0:1")]
    [InlineData("--frame", "ecef")]
    [InlineData("--start", "2026-03-10T00:00:00Z")]
    [InlineData("--bogus", "1")]
    public async Task UsageErrorsExitTwo(string option, string value)
    {
        CliRunner.Outcome outcome = await CliRunner.RunAsync("propagate", ExamplePath, option, value);
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("error:", outcome.StderrLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task BothGridFormsTogetherIsAUsageError()
    {
        CliRunner.Outcome outcome = await CliRunner.RunAsync("propagate", ExamplePath, "--since-epoch-min", "0:10:1",
            "--start", "2026-03-10T00:00:00Z", "--stop", "2026-03-10T01:00:00Z", "--step-s", "60");
        Assert.Equal(2, outcome.ExitCode);
    }
}
