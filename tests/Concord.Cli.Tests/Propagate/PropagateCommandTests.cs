using System.Globalization;
using Concord.Cli.Propagate;

namespace Concord.Cli.Tests.Propagate;

public sealed partial class PropagateCommandTests
{
    private static string ExamplePath => Path.Combine(ReferenceData.RepositoryRoot, "docs", "examples", "str3-88888.tle");

    // A LEO object (about 500 km, 51.6°), and a low-perigee object whose perigee (about 6,320 km radius) is inside the
    // Earth: SGP4 stops it with error 6 (decayed) before its first perigee passage, about 45 minutes after epoch.
    private static readonly string s_leo = HandMadeTle.Lines("90001", "26069.50000000", 51.6, 10.0, "0001000", 90.0, 0.0, 15.2);
    private static readonly string s_decaying = HandMadeTle.Lines("90002", "26069.50000000", 51.6, 10.0, "0500000", 0.0, 180.0, 16.0);

    [Fact]
    public async Task ReadmeExampleRuns()
    {
        CliRunner.Outcome outcome = await CliRunner.RunAsync("propagate", ExamplePath, "--since-epoch-min", "0:1440:60");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(PropagateCommand.Header, outcome.StdoutLines[0]);
        Assert.Equal(26, outcome.StdoutLines.Length);
        Assert.StartsWith("88888,0.00000000,1980-10-01T23:41:24.113760Z,", outcome.StdoutLines[1], StringComparison.Ordinal);
        Assert.StartsWith("88888,1440.00000000,1980-10-02T23:41:24.113760Z,", outcome.StdoutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ColumnsHaveTheContractedPrecision()
    {
        CliRunner.Outcome outcome = await CliRunner.RunAsync("propagate", ExamplePath, "--since-epoch-min", "0:10:10");
        string[] fields = outcome.StdoutLines[1].Split(',');
        Assert.Equal(9, fields.Length);
        Assert.All(fields[3..6], f => Assert.True(f.Length - f.IndexOf('.') - 1 >= 8, f));
        Assert.All(fields[6..9], f => Assert.True(f.Length - f.IndexOf('.') - 1 >= 9, f));
        Assert.EndsWith("Z", fields[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopIsIncludedOffTheStepGrid()
    {
        CliRunner.Outcome outcome = await CliRunner.RunAsync("propagate", ExamplePath, "--since-epoch-min", "0:100:30");
        Assert.Equal(["0.00000000", "30.00000000", "60.00000000", "90.00000000", "100.00000000"], MinutesColumn(outcome));
    }

    [Fact]
    public async Task NegativeTimesWorkInTheEqualsForm()
    {
        CliRunner.Outcome outcome = await CliRunner.RunAsync("propagate", ExamplePath, "--since-epoch-min=-60:0:30");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(["-60.00000000", "-30.00000000", "0.00000000"], MinutesColumn(outcome));
    }

    [Fact]
    public async Task CommonUtcGridGivesMinutesFromEachEpoch()
    {
        using CliRunner.TempFile file = CliRunner.WriteTemp(s_leo);
        CliRunner.Outcome outcome = await CliRunner.RunAsync("propagate", file.Path,
            "--start", "2026-03-10T12:00:00Z", "--stop", "2026-03-10T12:02:30Z", "--step-s", "60");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(["0.00000000", "1.00000000", "2.00000000", "2.50000000"], MinutesColumn(outcome));
        Assert.Equal("2026-03-10T12:02:30.000000Z", outcome.StdoutLines[^1].Split(',')[2]);
    }

    [Fact]
    public async Task OutputGoesToTheOutFile()
    {
        using CliRunner.TempFile file = CliRunner.WriteTemp(s_leo);
        string outPath = file.Path + ".csv";
        try
        {
            CliRunner.Outcome outcome = await CliRunner.RunAsync("propagate", file.Path, "--since-epoch-min", "0:60:30", "--out", outPath);
            Assert.Equal(0, outcome.ExitCode);
            Assert.Empty(outcome.Stdout);
            Assert.Equal(4, File.ReadAllLines(outPath).Length);
        }
        finally
        {
            File.Delete(outPath);
        }
    }

    [Theory]
    [InlineData("itrf")]
    [InlineData("gcrf")]
    public async Task OtherFramesKeepTheRadius(string frame)
    {
        // Rotations between TEME, GCRF and ITRF preserve the geocentric distance.
        using CliRunner.TempFile file = CliRunner.WriteTemp(s_leo);
        CliRunner.Outcome teme = await CliRunner.RunAsync("propagate", file.Path, "--since-epoch-min", "0:90:45");
        CliRunner.Outcome other = await CliRunner.RunAsync("propagate", file.Path, "--since-epoch-min", "0:90:45", "--frame", frame);

        Assert.Equal(0, other.ExitCode);
        for (int i = 1; i < teme.StdoutLines.Length; i++)
        {
            double[] a = Numbers(teme.StdoutLines[i]);
            double[] b = Numbers(other.StdoutLines[i]);
            Assert.NotEqual(a[0], b[0]);
            Assert.Equal(Math.Sqrt((a[0] * a[0]) + (a[1] * a[1]) + (a[2] * a[2])), Math.Sqrt((b[0] * b[0]) + (b[1] * b[1]) + (b[2] * b[2])), 1e-6);
        }
    }

    private static string[] MinutesColumn(CliRunner.Outcome outcome) => outcome.StdoutLines.Skip(1).Select(l => l.Split(',')[1]).ToArray();

    private static double[] Numbers(string csvLine)
        => csvLine.Split(',')[3..].Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray();
}
