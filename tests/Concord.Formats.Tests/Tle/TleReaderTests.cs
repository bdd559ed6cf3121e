using Concord.Astro.Time;
using Concord.Formats.Diagnostics;
using Concord.Formats.Tle;

namespace Concord.Formats.Tests.Tle;

public sealed partial class TleReaderTests
{
    private const string CatalogPath = "catalog/spacetrack_3le_2022-01-22/3le.txt";

    [Fact]
    public void Iss_ParsesToItsKnownValues()
    {
        TleReadResult result = TleReader.Parse(TleSamples.Iss3le);

        Assert.True(result.Success);
        Assert.Empty(result.Diagnostics);
        Formats.Tle.Tle iss = Assert.Single(result.Sets);
        Assert.Equal("ISS (ZARYA)", iss.Name);
        Assert.Equal(25544, iss.CatalogNumber);
        Assert.Equal("25544", iss.CatalogNumberText);
        Assert.Equal('U', iss.Classification);
        Assert.Equal("98067A", iss.InternationalDesignator);
        // 22022.91470718: day 22 of 2022, fraction 0.91470718 day = 91,470,718 × 864,000 ns exactly.
        Assert.Equal(Epoch.FromDayOfYear(2022, 22, 91_470_718L * 864_000L, TimeScale.Utc), iss.Epoch);
        Assert.Equal("2022-01-22T21:57:10.700352000Z", iss.Epoch.ToIsoString(TimeScale.Utc, 9));
        Assert.Equal(0.00005958, iss.MeanMotionDotRevolutionsPerDaySquared);
        Assert.Equal(0.0, iss.MeanMotionDdotRevolutionsPerDayCubed);
        Assert.Equal(0.11386e-3, iss.BstarPerEarthRadius);
        Assert.Equal(0, iss.EphemerisType);
        Assert.Equal(999, iss.ElementSetNumber);
        Assert.Equal(51.6445, iss.InclinationDegrees);
        Assert.Equal(336.0056, iss.RightAscensionOfAscendingNodeDegrees);
        Assert.Equal(0.0006830, iss.Eccentricity);
        Assert.Equal(51.7508, iss.ArgumentOfPerigeeDegrees);
        Assert.Equal(17.5213, iss.MeanAnomalyDegrees);
        Assert.Equal(15.49594026, iss.MeanMotionRevolutionsPerDay);
        Assert.Equal(32265, iss.RevolutionNumberAtEpoch);
        Assert.Equal(TleNotation.MinusZeroExponentMeanMotionDdot, iss.Notation);
    }

    [Fact]
    public void TwoLineSet_HasNoName_AndEntryKnowsItsFirstLine()
    {
        TleReadResult result = TleReader.Parse("\n# comment\n" + TleSamples.Iss2le);

        TleReadEntry entry = Assert.Single(result.Entries);
        Assert.Null(entry.Tle.Name);
        Assert.Equal(3, entry.FirstLine);
        Assert.Null(entry.Line2TrailingText);
    }

    [Fact]
    public void CrLf_PlainNames_PaddedNames_AndTrailingBlanks_AreAccepted()
    {
        string text = "ISS (ZARYA)             \r\n" + TleSamples.IssLine1 + "  \r\n" + TleSamples.IssLine2 + "\t\r\n\r\n";

        TleReadResult result = TleReader.Parse(text);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("ISS (ZARYA)", Assert.Single(result.Sets).Name);
    }

    [Fact]
    public void Stream_And_String_GiveTheSameSets()
    {
        using var stream = new MemoryStream(System.Text.Encoding.ASCII.GetBytes(TleSamples.Iss3le));
        Assert.Equal(TleReader.Parse(TleSamples.Iss3le).Sets, TleReader.Read(stream).Sets);
    }

    [Fact]
    public void ParseSingle_ReturnsTheSet_OrASetCountError()
    {
        ParseResult<Formats.Tle.Tle> one = TleReader.ParseSingle(TleSamples.Iss2le);
        Assert.True(one.Success);
        Assert.Equal(25544, one.Value!.CatalogNumber);

        ParseResult<Formats.Tle.Tle> two = TleReader.ParseSingle(TleSamples.Iss2le + TleSamples.Iss2le);
        Assert.Null(two.Value);
        Assert.Equal(ErrorCodes.TleSetCount, Assert.Single(two.Diagnostics).Code);

        ParseResult<Formats.Tle.Tle> none = TleReader.ParseSingle("# nothing\n");
        Assert.Equal(ErrorCodes.TleSetCount, Assert.Single(none.Diagnostics).Code);
    }

    [Fact]
    public void SpaceTrackCatalog_EveryObjectReadsWithoutDiagnostics()
    {
        string path = ReferenceData.Require(CatalogPath);

        TleReadResult result;
        using (var reader = new StreamReader(path))
        {
            result = TleReader.Read(reader);
        }

        Assert.Empty(result.Diagnostics);
        Assert.Equal(23_939, result.Sets.Length);
        Assert.Equal(23_939, result.Sets.Select(s => s.CatalogNumber).Distinct().Count());
        Assert.All(result.Sets, s => Assert.NotNull(s.Name));

        // Quirks listed in catalog/README.md.
        Formats.Tle.Tle[] alpha5 = [.. result.Sets.Where(s => s.CatalogNumber >= 100_000)];
        Assert.Equal(278, alpha5.Length);
        Assert.Equal(270_000, alpha5.Min(s => s.CatalogNumber));
        Assert.Equal(270_288, alpha5.Max(s => s.CatalogNumber));
        Assert.All(alpha5, s => Assert.Null(s.InternationalDesignator));
        Assert.All(alpha5, s => Assert.Equal("TBA - TO BE ASSIGNED", s.Name));
        Assert.Contains(result.Sets, s => s.BstarPerEarthRadius < 0);
        Assert.Equal(18_010, result.Sets.Count(s => s.Epoch.ToCalendar(TimeScale.Utc) is { Year: 2022, DayOfYear: 22 }));

        Formats.Tle.Tle vanguard2 = result.Sets.Single(s => s.CatalogNumber == 11);
        Assert.Equal("VANGUARD 2", vanguard2.Name);
        Assert.Equal("00011", vanguard2.CatalogNumberText);
        Assert.Equal(20, result.Sets.Single(s => s.CatalogNumber == 20).CatalogNumber);
    }

    [Fact]
    public void SpaceTrackCatalog_IssMatchesTheInlineSample()
    {
        string path = ReferenceData.Require(CatalogPath);
        TleReadResult catalog = TleReader.Read(new StringReader(File.ReadAllText(path)));
        Formats.Tle.Tle expected = Assert.Single(TleReader.Parse(TleSamples.Iss3le).Sets);

        TleReadEntry iss = catalog.Entries.Single(e => e.Tle.CatalogNumber == 25544);

        Assert.Equal(expected, iss.Tle);
        Assert.Equal(19_834, iss.FirstLine);
    }
}
