using System.Globalization;

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
