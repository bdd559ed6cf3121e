using Concord.Formats.Tle;

namespace Concord.Formats.Tests.Tle;

public sealed partial class TleWriterTests
{
    private const string CatalogPath = "catalog/spacetrack_3le_2022-01-22/3le.txt";
    private const string Sgp4VerPath = "sgp4/SGP4-VER.TLE";

    [Fact]
    public void SpaceTrackCatalog_ReadWriteRead_IsIdentity_AndByteExactExceptSpacePaddedCatalogNumbers()
    {
        string[] input = File.ReadAllText(ReferenceData.Require(CatalogPath)).Split("\r\n");
        TleReadResult read = TleReader.Read(new StringReader(string.Join("\r\n", input)));
        Assert.Equal(23_939, read.Sets.Length);

        using var output = new StringWriter();
        Assert.True(TleWriter.Write(read.Sets, output, new TleWriteOptions { NewLine = "\r\n" }).Success);
        string written = output.ToString();
        string[] lines = written.Split("\r\n");

        Assert.Equal(input.Length, lines.Length);
        int zeroPadded = 0;
        for (int i = 0; i < input.Length; i++)
        {
            string expected = input[i];
            if (expected.Length == 69 && expected[2..7].StartsWith(' '))
            {
                // Space-padded catalog number (476 in this file): written zero-padded, checksum unchanged.
                expected = string.Concat(expected.AsSpan(0, 2), expected[2..7].Replace(' ', '0'), expected.AsSpan(7));
                zeroPadded++;
            }

            Assert.Equal(expected, lines[i]);
        }

        Assert.Equal(2 * 476, zeroPadded);
        Assert.Equal(read.Sets, TleReader.Parse(written).Sets);
    }

    [Fact]
    public void SpaceTrackCatalog_ThroughSgp4Elements_WritesTheSameText()
    {
        TleReadResult read = TleReader.Read(new StringReader(File.ReadAllText(ReferenceData.Require(CatalogPath))));

        foreach (Formats.Tle.Tle tle in read.Sets)
        {
            Formats.Tle.Tle rebuilt = Formats.Tle.Tle.FromSgp4Elements(tle.ToSgp4Elements(), tle.CatalogNumber) with
            {
                Name = tle.Name,
                Classification = tle.Classification,
                InternationalDesignator = tle.InternationalDesignator,
                MeanMotionDotRevolutionsPerDaySquared = tle.MeanMotionDotRevolutionsPerDaySquared,
                MeanMotionDdotRevolutionsPerDayCubed = tle.MeanMotionDdotRevolutionsPerDayCubed,
                EphemerisType = tle.EphemerisType,
                ElementSetNumber = tle.ElementSetNumber,
                RevolutionNumberAtEpoch = tle.RevolutionNumberAtEpoch,
                Notation = tle.Notation,
            };

            Assert.Equal(TleWriter.Write(tle).Text, TleWriter.Write(rebuilt).Text);
        }
    }

    [Fact]
    public void Sgp4Ver_ReadWriteRead_IsIdentity()
    {
        TleReadResult read = TleReader.Read(new StringReader(File.ReadAllText(ReferenceData.Require(Sgp4VerPath))));
        using var output = new StringWriter();

        Assert.True(TleWriter.Write(read.Sets, output).Success);
        TleReadResult again = TleReader.Parse(output.ToString());

        Assert.Empty(again.Diagnostics);
        Assert.Equal(read.Sets, again.Sets);
    }

    [Theory]
    [InlineData("57001.00000000")]
    [InlineData("58002.55771106")]
    [InlineData("65180.12345678")]
    [InlineData("71365.99999999")]
    [InlineData("56366.99999999")]
    public void EpochBefore1972_AndAtTheEndsOfTheRange_WriteBackExactly(string epochText)
    {
        string line1 = TleSamples.Edit(TleSamples.IssLine1, 19, epochText);
        Formats.Tle.Tle tle = Assert.Single(TleReader.Parse(line1 + "\n" + TleSamples.IssLine2).Sets);

        Assert.True(TleWriter.TryFormatLines(tle, out string written, out _, out _));

        Assert.Equal(line1, written);
    }
}
