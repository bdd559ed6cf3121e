using System.Globalization;
using Concord.Astro.Time;

namespace Concord.Cli.Tests.Conjunctions;

public sealed partial class ScreenCommandTests
{
    [Fact]
    public async Task HbrComputesPcWithFlaggedDefaultCovariances()
    {
        using var catalog = CliRunner.WriteTemp(s_catalog);
        CliRunner.Outcome outcome = await Screen([catalog.Path, .. Window(), "--hbr-m", "20"]);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        string[] rows = outcome.StdoutLines[1..];
        Assert.NotEmpty(rows);
        foreach (string row in rows)
        {
            string[] fields = row.Split(',');
            Assert.Equal("foster+default-cov", fields[9]);
            double pc = double.Parse(fields[8], CultureInfo.InvariantCulture);
            Assert.InRange(pc, 0.0, 1.0);
        }

        // The closest (few km) crossing with LEO default sigmas of tens to hundreds of metres: small but not zero.
        string closest = rows.MinBy(r => Column(r, 3))!;
        Assert.True(double.Parse(closest.Split(',')[8], CultureInfo.InvariantCulture) > 0.0, closest);
    }

    [Fact]
    public async Task AlfanoMaximumNeedsNoCovarianceAndBoundsFoster()
    {
        using var catalog = CliRunner.WriteTemp(s_catalog);
        CliRunner.Outcome foster = await Screen([catalog.Path, .. Window(), "--hbr-m", "20"]);
        CliRunner.Outcome maximum = await Screen([catalog.Path, .. Window(), "--hbr-m", "20", "--pc-method", "alfano-max"]);

        Assert.Equal(0, maximum.ExitCode);
        string[] fosterRows = foster.StdoutLines[1..], maximumRows = maximum.StdoutLines[1..];
        Assert.Equal(fosterRows.Length, maximumRows.Length);
        for (int i = 0; i < fosterRows.Length; i++)
        {
            string[] f = fosterRows[i].Split(','), m = maximumRows[i].Split(',');
            Assert.Equal("alfano-max", m[9]);
            Assert.True(double.Parse(m[8], CultureInfo.InvariantCulture) >= double.Parse(f[8], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task NegativeHbrIsAUsageError()
    {
        using var catalog = CliRunner.WriteTemp(s_catalog);
        CliRunner.Outcome outcome = await Screen([catalog.Path, .. Window(), "--hbr-m", "-1"]);
        Assert.Equal(2, outcome.ExitCode);
    }

    [Fact]
    public async Task CdmsCarryThePcAndTheDefaultCovariance()
    {
        using var catalog = CliRunner.WriteTemp(s_catalog);
        string directory = Path.Combine(Path.GetTempPath(), $"concord-screen-pc-{Guid.NewGuid():N}");
        try
        {
            CliRunner.Outcome outcome = await Screen([catalog.Path, .. Window(), "--hbr-m", "20", "--cdm-dir", directory]);
            Assert.True(outcome.ExitCode == 0, outcome.Stderr);
            string[] files = Directory.GetFiles(directory);
            Assert.NotEmpty(files);
            string text = File.ReadAllText(files[0]);
            Assert.Contains("COLLISION_PROBABILITY", text, StringComparison.Ordinal);
            Assert.Contains("= DEFAULT", text, StringComparison.Ordinal);

            // concord pc recomputes from the CDM's own (default) covariance, so the two agree.
            CliRunner.Outcome pc = await CliRunner.RunAsync(["pc", files[0], "--hbr-m", "20", "--json"]);
            Assert.True(pc.ExitCode == 0, pc.Stdout + pc.Stderr);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}

public sealed partial class ScreenCommandTests
{
    // An OEM covariance block (RTN, km²): 100 m, 300 m, 50 m sigmas, small velocity terms, every 30 minutes.
    private static string WithCovariance(string oem, Epoch start, int minutes)
    {
        var text = new System.Text.StringBuilder(oem);
        text.AppendLine("COVARIANCE_START");
        for (int minute = 0; minute <= minutes; minute += 30)
        {
            text.AppendLine($"EPOCH = {(start + Duration.FromMinutes(minute)).ToIsoString(TimeScale.Utc, 3).TrimEnd('Z')}");
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

    [Fact]
    public async Task OperatorCovariancesReplaceTheDefaults()
    {
        Epoch start = Epoch.FromCalendar(2026, 3, 10, 10, 50, 0, 0, TimeScale.Utc);
        const int minutes = 4 * 60 + 20;
        using var catalog = CliRunner.WriteTemp(s_catalog);
        using var oemA = CliRunner.WriteTemp(WithCovariance(OemFromSgp4(s_crossingA, "90001", "OPS A", start, minutes), start, minutes), ".oem");
        using var oemB = CliRunner.WriteTemp(WithCovariance(OemFromSgp4(s_crossingB, "90002", "OPS B", start, minutes), start, minutes), ".oem");

        CliRunner.Outcome one = await Screen([catalog.Path, .. Window(), "--ephemeris", oemB.Path, "--hbr-m", "20"]);
        CliRunner.Outcome both = await Screen([catalog.Path, .. Window(), "--ephemeris", oemA.Path, oemB.Path, "--hbr-m", "20"]);

        Assert.True(one.ExitCode == 0, one.Stderr);
        Assert.True(both.ExitCode == 0, both.Stderr);
        Assert.All(one.StdoutLines[1..], row => Assert.Equal("foster+default-cov", row.Split(',')[9]));
        Assert.All(both.StdoutLines[1..], row => Assert.Equal("foster", row.Split(',')[9]));
        string closest = both.StdoutLines[1..].MinBy(r => Column(r, 3))!;
        Assert.InRange(double.Parse(closest.Split(',')[8], CultureInfo.InvariantCulture), 0.0, 1.0);
    }
}
