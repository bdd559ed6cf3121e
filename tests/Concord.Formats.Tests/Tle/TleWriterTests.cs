using Concord.Astro.Time;
using Concord.Formats.Diagnostics;
using Concord.Formats.Tle;
using static Concord.Formats.Tests.Tle.TleSamples;

namespace Concord.Formats.Tests.Tle;

public sealed partial class TleWriterTests
{
    private static Formats.Tle.Tle Iss => Assert.Single(TleReader.Parse(Iss3le).Sets);

    [Fact]
    public void Iss_IsWrittenByteForByte()
    {
        WriteResult result = TleWriter.Write(Iss);

        Assert.True(result.Success);
        Assert.Equal(Iss3le, result.Text);
    }

    [Fact]
    public void NameLineStyles_AndNewLine()
    {
        Assert.Equal("ISS (ZARYA)\r\n" + IssLine1 + "\r\n" + IssLine2 + "\r\n",
            TleWriter.Write(Iss, new TleWriteOptions { NameLine = TleNameLine.Plain, NewLine = "\r\n" }).Text);
        Assert.Equal(Iss2le, TleWriter.Write(Iss, new TleWriteOptions { NameLine = TleNameLine.Omit }).Text);
        Assert.Equal(Iss2le, TleWriter.Write(Iss with { Name = null }).Text);
    }

    [Fact]
    public void TryFormatLines_GivesTheTwoElementLines()
    {
        Assert.True(TleWriter.TryFormatLines(Iss, out string line1, out string line2, out _));
        Assert.Equal(IssLine1, line1);
        Assert.Equal(IssLine2, line2);
    }

    [Fact]
    public void Checksum_CountsDigitsAndMinusSigns()
    {
        // Minus signs in ṅ/2, n̈/6 and B* each add 1: the checksum must match an independent computation.
        Formats.Tle.Tle tle = Iss with
        {
            MeanMotionDotRevolutionsPerDaySquared = -0.00000031,
            MeanMotionDdotRevolutionsPerDayCubed = -0.12345e-5,
            BstarPerEarthRadius = -0.11606e-4,
        };

        Assert.True(TleWriter.TryFormatLines(tle, out string line1, out string line2, out _));

        Assert.Equal("1 25544U 98067A   22022.91470718 -.00000031 -12345-5 -11606-4 0  9990", line1);
        Assert.Equal(WithChecksum(line1), line1);
        Assert.Equal(WithChecksum(line2), line2);
    }

    [Fact]
    public void CatalogNumbers_AreZeroPadded_OrAlpha5()
    {
        Assert.True(TleWriter.TryFormatLines(Iss with { CatalogNumber = 20 }, out string line1, out string line2, out _));
        Assert.Equal("00020", line1[2..7]);
        Assert.Equal("00020", line2[2..7]);

        Assert.True(TleWriter.TryFormatLines(Iss with { CatalogNumber = 339_999 }, out line1, out _, out _));
        Assert.Equal("Z9999", line1[2..7]);
    }

    [Theory]
    [InlineData(340_000)]
    [InlineData(-1)]
    public void CatalogNumberBeyondAlpha5_IsRefused(int catalogNumber)
    {
        WriteResult result = TleWriter.Write(Iss with { CatalogNumber = catalogNumber });

        Assert.Null(result.Text);
        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal((ErrorCodes.TleCatalogNumber, nameof(Formats.Tle.Tle.CatalogNumber)), (error.Code, error.Key));
        Assert.Equal((0, 0), (error.Line, error.Column));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.99999995)]
    [InlineData(1.5)]
    [InlineData(-0.001)]
    [InlineData(double.NaN)]
    public void EccentricityThatDoesNotFit_IsRefused(double eccentricity)
    {
        WriteResult result = TleWriter.Write(Iss with { Eccentricity = eccentricity });

        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal((ErrorCodes.TleUnrepresentable, nameof(Formats.Tle.Tle.Eccentricity)), (error.Code, error.Key));
    }

    [Theory]
    [InlineData(7.6643197e32)] // found by the csv fuzzing campaign (an OMM's BSTAR): the scale table was overrun
    [InlineData(1e10)]
    [InlineData(-1e300)]
    public void BstarBeyondTheExponentField_IsRefused(double bstar)
    {
        WriteResult result = TleWriter.Write(Iss with { BstarPerEarthRadius = bstar });

        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal((ErrorCodes.TleUnrepresentable, nameof(Formats.Tle.Tle.BstarPerEarthRadius)), (error.Code, error.Key));
    }

    [Theory]
    [InlineData(0.00085081, "0008508")] // the SOCRATES 67298 value: rounded to 7 digits, never 8
    [InlineData(0.00000005, "0000001")] // half away from zero
    [InlineData(0.99999994, "9999999")]
    [InlineData(0.0, "0000000")]
    public void Eccentricity_IsRoundedTo7Digits(double eccentricity, string expected)
    {
        Assert.True(TleWriter.TryFormatLines(Iss with { Eccentricity = eccentricity }, out _, out string line2, out _));

        Assert.Equal(expected, line2[26..33]);
        Assert.Equal(' ', line2[33]);
    }

    public static TheoryData<string, Func<Formats.Tle.Tle, Formats.Tle.Tle>> Unrepresentable => new()
    {
        { nameof(Formats.Tle.Tle.MeanMotionRevolutionsPerDay), t => t with { MeanMotionRevolutionsPerDay = 100.0 } },
        { nameof(Formats.Tle.Tle.MeanMotionRevolutionsPerDay), t => t with { MeanMotionRevolutionsPerDay = 0.000000004 } },
        { nameof(Formats.Tle.Tle.MeanMotionRevolutionsPerDay), t => t with { MeanMotionRevolutionsPerDay = double.PositiveInfinity } },
        { nameof(Formats.Tle.Tle.MeanMotionDotRevolutionsPerDaySquared), t => t with { MeanMotionDotRevolutionsPerDaySquared = -1.0 } },
        { nameof(Formats.Tle.Tle.BstarPerEarthRadius), t => t with { BstarPerEarthRadius = 1.0e9 } },
        { nameof(Formats.Tle.Tle.MeanMotionDdotRevolutionsPerDayCubed), t => t with { MeanMotionDdotRevolutionsPerDayCubed = double.NaN } },
        { nameof(Formats.Tle.Tle.InclinationDegrees), t => t with { InclinationDegrees = 180.0001 } },
        { nameof(Formats.Tle.Tle.RightAscensionOfAscendingNodeDegrees), t => t with { RightAscensionOfAscendingNodeDegrees = -0.5 } },
        { nameof(Formats.Tle.Tle.MeanAnomalyDegrees), t => t with { MeanAnomalyDegrees = 360.0001 } },
        { nameof(Formats.Tle.Tle.Epoch), t => t with { Epoch = Epoch.FromDayOfYear(2057, 1, 0, TimeScale.Utc) } },
        { nameof(Formats.Tle.Tle.Epoch), t => t with { Epoch = Epoch.FromDayOfYear(1956, 366, 86_399_000_000_000, TimeScale.Utc) } },
        { nameof(Formats.Tle.Tle.ElementSetNumber), t => t with { ElementSetNumber = 10_000 } },
        { nameof(Formats.Tle.Tle.RevolutionNumberAtEpoch), t => t with { RevolutionNumberAtEpoch = 100_000 } },
        { nameof(Formats.Tle.Tle.EphemerisType), t => t with { EphemerisType = 10 } },
        { nameof(Formats.Tle.Tle.Classification), t => t with { Classification = 'X' } },
        { nameof(Formats.Tle.Tle.InternationalDesignator), t => t with { InternationalDesignator = "1998-067A" } },
        { nameof(Formats.Tle.Tle.Name), t => t with { Name = "ISS " } },
        { nameof(Formats.Tle.Tle.Name), t => t with { Name = "ISS\nZARYA" } },
    };

    [Theory]
    [MemberData(nameof(Unrepresentable))]
    public void ValueThatDoesNotFit_IsRefused_WithItsField(string key, Func<Formats.Tle.Tle, Formats.Tle.Tle> edit)
    {
        WriteResult result = TleWriter.Write(edit(Iss));

        Assert.False(result.Success);
        Assert.Null(result.Text);
        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal((ErrorCodes.TleUnrepresentable, key), (error.Code, error.Key));
        Assert.Equal("25544", error.Arguments[0]);
    }

    [Fact]
    public void PlainNameThatWouldReadAsAnElementLine_IsRefused()
    {
        WriteResult result = TleWriter.Write(Iss with { Name = "1 ODD NAME" }, new TleWriteOptions { NameLine = TleNameLine.Plain });

        Assert.Equal(nameof(Formats.Tle.Tle.Name), Assert.Single(result.Diagnostics).Key);
        Assert.True(TleWriter.Write(Iss with { Name = "1 ODD NAME" }).Success);
    }

    [Fact]
    public void EpochDayFraction_RoundTripsExactly()
    {
        Formats.Tle.Tle tle = Iss;
        Assert.Equal(91_470_718L * 864_000L, (tle.Epoch - Epoch.FromDayOfYear(2022, 22, 0, TimeScale.Utc)).TotalNanoseconds);

        Assert.True(TleWriter.TryFormatLines(tle, out string line1, out _, out _));

        Assert.Equal("22022.91470718", line1[18..32]);
    }

    [Theory]
    [InlineData(2022, 22, 431_999L, "22022.00000000")] // just under half a unit (0.864 ms): down
    [InlineData(2022, 22, 432_000L, "22022.00000001")] // half a unit: up
    [InlineData(2022, 365, 86_399_999_999_999L, "23001.00000000")] // rounds into the next year
    [InlineData(2024, 366, 0L, "24366.00000000")]
    [InlineData(1957, 1, 0L, "57001.00000000")]
    [InlineData(2056, 1, 0L, "56001.00000000")]
    public void Epoch_IsRoundedToTheNearest1e8Day(int year, int dayOfYear, long nanosecondOfDay, string expected)
    {
        Formats.Tle.Tle tle = Iss with { Epoch = Epoch.FromDayOfYear(year, dayOfYear, nanosecondOfDay, TimeScale.Utc) };

        Assert.True(TleWriter.TryFormatLines(tle, out string line1, out _, out _));

        Assert.Equal(expected, line1[18..32]);
    }

    [Theory]
    [InlineData(0.0, TleNotation.Standard, " 00000+0")]
    [InlineData(0.0, TleNotation.MinusZeroExponentBstar, " 00000-0")]
    [InlineData(-0.0, TleNotation.Standard, "-00000+0")]
    [InlineData(0.13519, TleNotation.MinusZeroExponentBstar, " 13519-0")]
    [InlineData(0.13519, TleNotation.PlusSignBstar, "+13519+0")]
    [InlineData(0.28098e-4, TleNotation.Standard, " 28098-4")]
    [InlineData(-0.11606e-4, TleNotation.Standard, "-11606-4")]
    [InlineData(0.999996e-4, TleNotation.Standard, " 10000-3")] // 5 significant digits, carried into the exponent
    [InlineData(1.23e-12, TleNotation.Standard, " 00123-9")] // below 1e-10: denormalised at exponent -9
    [InlineData(0.5e-15, TleNotation.Standard, " 00000+0")]
    [InlineData(123456789.0, TleNotation.Standard, " 12346+9")]
    public void Bstar_IsWrittenInImpliedDecimalExponentForm(double bstar, TleNotation notation, string expected)
    {
        Assert.True(TleWriter.TryFormatLines(Iss with { BstarPerEarthRadius = bstar, Notation = notation }, out string line1, out _, out _));

        Assert.Equal(expected, line1[53..61]);
    }

    [Fact]
    public void WriteMany_WritesTheGoodSets_AndReportsTheOthers()
    {
        using var writer = new StringWriter();

        WriteResult result = TleWriter.Write([Iss, Iss with { CatalogNumber = 400_000 }, Iss with { Name = null }], writer);

        Assert.False(result.Success);
        Assert.Null(result.Text);
        Assert.Equal(ErrorCodes.TleCatalogNumber, Assert.Single(result.Diagnostics).Code);
        Assert.Equal(Iss3le + Iss2le, writer.ToString());
    }
}
