namespace Concord.Cli.Tests.Propagate;

public sealed partial class PropagateCommandTests
{
    [Theory]
    [InlineData("omm-kvn")]
    [InlineData("omm-csv")]
    public async Task OmmInputPropagatesLikeTheSameTle(string format)
    {
        using CliRunner.TempFile tle = CliRunner.WriteTemp(s_leo);
        using CliRunner.TempFile omm = CliRunner.WriteTemp(string.Empty, ".omm");
        Assert.Equal(0, (await CliRunner.RunAsync("convert", tle.Path, "--to", format, "-o", omm.Path)).ExitCode);

        CliRunner.Outcome fromTle = await CliRunner.RunAsync("propagate", tle.Path, "--since-epoch-min", "0:1440:360");
        CliRunner.Outcome fromOmm = await CliRunner.RunAsync("propagate", omm.Path, "--since-epoch-min", "0:1440:360");

        Assert.Equal(0, fromOmm.ExitCode);
        Assert.Equal(fromTle.StdoutLines, fromOmm.StdoutLines);
    }
}
