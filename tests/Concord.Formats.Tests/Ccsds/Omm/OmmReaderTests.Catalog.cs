using System.Globalization;
using System.Text;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Omm;

namespace Concord.Formats.Tests.Ccsds.Omm;

public sealed partial class OmmReaderTests
{
    private const string ActiveCsv = "catalog/celestrak_gp_2026-03-10/celestrak_active_gp.csv";

    [Fact]
    public void CelesTrakActiveCsv_ReadsAllObjectsWithoutErrors()
    {
        OmmReadResult result = OmmSamples.Read(ActiveCsv);

        Assert.Equal(CcsdsFormat.Csv, result.Format);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(14_683, result.Messages.Length);
        Assert.Equal(68098, result.Messages.Max(m => m.Data.TleParameters!.NoradCatalogId!.Value));
    }

    [Fact]
    public void Object67298_HasTheCatalogValues()
    {
        // ../shared/reference/screening/README.md: the OMM is right where the TLE is broken (the catalogue's 67298 is a later set).
        Concord.Formats.Ccsds.Omm.Omm omm = OmmSamples.Read("screening/socrates_2026-03-09/pair_elements/gp_61721,67298.csv").Messages
            .Single(m => m.Data.TleParameters!.NoradCatalogId == 67298);

        Assert.Equal(0.00085081, omm.Data.MeanElements.Eccentricity);
        Assert.Equal(0.00113849, omm.Data.TleParameters!.MeanMotionDotRevolutionsPerDaySquared);
        Assert.Equal(0.0039787182, omm.Data.TleParameters.BstarPerEarthRadius);
        Assert.True(OmmConverter.ToSgp4Elements(omm).Success);
    }

    [Theory]
    [InlineData("celestrak_fengyun-1c-debris_gp.json", 1827)]
    [InlineData("celestrak_cosmos-2251-debris_gp.json", 571)]
    [InlineData("celestrak_iridium-33-debris_gp.json", 106)]
    [InlineData("celestrak_analyst_gp.json", 418)]
    [InlineData("celestrak_last30days_gp.json", 371)]
    [InlineData("celestrak_stations_gp.json", 33)]
    [InlineData("celestrak_visual_gp.json", 147)]
    [InlineData("celestrak_batch_gp.json", 173)]
    public void CelesTrakJsonGroup_ReadsAllObjectsWithoutErrors(string file, int count)
    {
        OmmReadResult result = OmmSamples.Read("catalog/celestrak_gp_2026-03-10/" + file);

        Assert.Equal(CcsdsFormat.Json, result.Format);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(count, result.Messages.Length);
    }

    [Fact]
    public void ThirtyThousandGeneratedCsvRows_Stream()
    {
        const int Count = 30_000;
        var reader = new GeneratedCsvReader(Count);
        int valid = 0;
        foreach (CcsdsReadEntry<Concord.Formats.Ccsds.Omm.Omm> entry in OmmReader.Enumerate(reader))
        {
            Assert.Empty(entry.Diagnostics);
            valid++;
        }

        Assert.Equal(Count, valid); // its speed is measured in bench/, not here
    }

    [Fact]
    public void SeveralKvnMessages_AreSplitAtTheVersionKeyword()
    {
        string text = Kvn("INCLINATION = 1") + "\n" + Kvn("INCLINATION = 2");

        OmmReadResult result = OmmReader.Parse(text);

        Assert.True(result.Success);
        Assert.Equal([1.0, 2.0], result.Messages.Select(m => m.Data.MeanElements.InclinationDegrees));
        Assert.Equal(18, result.Entries[1].Line);
    }

    [Fact]
    public void BadCsvRow_RejectsOnlyThatRow()
    {
        string csv = "OBJECT_NAME,OBJECT_ID,EPOCH,MEAN_MOTION,ECCENTRICITY,INCLINATION,RA_OF_ASC_NODE,ARG_OF_PERICENTER,MEAN_ANOMALY\n"
            + "A,2020-001A,2020-01-01T00:00:00,15,.001,51,1,2,3\n"
            + "B,2020-001B,2020-01-01T00:00:00,15,x,51,1,2,3\n"
            + "\"C, the third\",2020-001C,2020-01-01T00:00:00,15,.001,51,1,2,3\n";

        OmmReadResult result = OmmReader.Parse(csv);

        Assert.Equal(["A", "C, the third"], result.Messages.Select(m => m.Metadata.ObjectName));
        Assert.Contains(result.Diagnostics, d => d.Code == Concord.Formats.Diagnostics.ErrorCodes.CcsdsNumberFormat && d.Line == 3 && d.Key == "ECCENTRICITY");
    }

    /// <summary>Produces a CSV of <c>count</c> rows line by line, never as one text.</summary>
    private sealed class GeneratedCsvReader(int count) : TextReader
    {
        private int _row = -1;

        public override int Peek() => _row < 0 ? 'O' : -1;

        public override string? ReadLine()
        {
            _row++;
            if (_row == 0)
            {
                return "OBJECT_NAME,OBJECT_ID,EPOCH,MEAN_MOTION,ECCENTRICITY,INCLINATION,RA_OF_ASC_NODE,ARG_OF_PERICENTER,MEAN_ANOMALY,EPHEMERIS_TYPE,CLASSIFICATION_TYPE,NORAD_CAT_ID,ELEMENT_SET_NO,REV_AT_EPOCH,BSTAR,MEAN_MOTION_DOT,MEAN_MOTION_DDOT";
            }

            if (_row > count)
            {
                return null;
            }

            var line = new StringBuilder();
            line.Append(CultureInfo.InvariantCulture, $"OBJ {_row},2026-{_row % 900 + 1:D3}A,2026-03-10T07:26:52.157760,15.{_row:D8},.00{_row % 100:D2},53.{_row % 10000:D4},")
                .Append(CultureInfo.InvariantCulture, $"{_row % 360}.5,{_row % 300}.25,{_row % 200}.125,0,U,{100000 + _row},999,{_row % 99999},.76643197E-3,.76E-5,0");
            return line.ToString();
        }
    }
}
