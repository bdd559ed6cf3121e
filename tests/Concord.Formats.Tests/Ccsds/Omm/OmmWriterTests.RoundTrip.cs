using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Tests.Ccsds.Omm;

public sealed partial class OmmWriterTests
{
    [Theory]
    [MemberData(nameof(OmmSamples.ValidFilesByFormat), MemberType = typeof(OmmSamples))]
    public void ReadWriteRead_GivesAnEqualMessage(string path, CcsdsFormat format)
    {
        OmmReadResult original = OmmSamples.Read(path);

        WriteResult written = OmmWriter.Write(original.Messages, format);
        OmmReadResult again = OmmReader.Parse(written.Text!);

        Assert.True(written.Success);
        Assert.True(again.Success, string.Join("\n", again.Diagnostics) + written.Text);
        Assert.Equal(format, again.Format);
        // CSV has no place for comments (documented on OmmWriter); everything else must survive.
        Assert.Equal(
            original.Messages.Select(m => OmmWriter.Write(format == CcsdsFormat.Csv ? WithoutComments(m) : m, CcsdsFormat.Kvn).Text),
            again.Messages.Select(m => OmmWriter.Write(m, CcsdsFormat.Kvn).Text));
        Assert.Equal(original.Messages.Select(m => format == CcsdsFormat.Csv ? WithoutComments(m) : m), again.Messages);
    }

    [Theory]
    [MemberData(nameof(OmmSamples.ValidFiles), MemberType = typeof(OmmSamples))]
    public void KvnToXmlToKvn_IsTheSameText(string path)
    {
        OmmReadResult original = OmmSamples.Read(path);
        string kvn = OmmWriter.Write(original.Messages, CcsdsFormat.Kvn).Text!;

        string xml = OmmWriter.Write(OmmReader.Parse(kvn).Messages, CcsdsFormat.Xml).Text!;
        string kvnAgain = OmmWriter.Write(OmmReader.Parse(xml).Messages, CcsdsFormat.Kvn).Text!;

        Assert.Equal(kvn, kvnAgain);
    }

    [Fact]
    public void CelesTrakActiveCsv_RoundTripsThroughEveryFormat()
    {
        OmmReadResult original = OmmSamples.Read("catalog/celestrak_gp_2026-03-10/celestrak_active_gp.csv");
        foreach (CcsdsFormat format in Enum.GetValues<CcsdsFormat>())
        {
            OmmReadResult again = OmmReader.Parse(OmmWriter.Write(original.Messages, format).Text!);

            Assert.True(again.Success);
            Assert.Equal(original.Messages, again.Messages);
        }
    }

    [Fact]
    public void NonFiniteNumber_IsRefused()
    {
        Concord.Formats.Ccsds.Omm.Omm omm = OmmReader.Parse(OmmReaderTests.Kvn("INCLINATION = 1")).Messages[0];
        Concord.Formats.Ccsds.Omm.Omm bad = omm with { Data = omm.Data with { MeanElements = omm.Data.MeanElements with { InclinationDegrees = double.NaN } } };

        WriteResult result = OmmWriter.Write(bad, CcsdsFormat.Kvn);

        Assert.Null(result.Text);
        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal(ErrorCodes.CcsdsUnwritable, error.Code);
        Assert.Equal("INCLINATION", error.Key);
    }

    [Fact]
    public void Kvn_IsWrittenWithStandardUnitsAndOrder()
    {
        Concord.Formats.Ccsds.Omm.Omm omm = OmmReader.Parse(OmmReaderTests.Kvn("INCLINATION = 3.0539")).Messages[0];

        string kvn = OmmWriter.Write(omm, CcsdsFormat.Kvn).Text!;

        Assert.StartsWith("CCSDS_OMM_VERS       = 3.0\n", kvn, StringComparison.Ordinal);
        Assert.Contains("INCLINATION          = 3.0539 [deg]\n", kvn, StringComparison.Ordinal);
        Assert.Contains("EPOCH                = 2020-01-01T12:00:00\n", kvn, StringComparison.Ordinal);
    }

    private static Concord.Formats.Ccsds.Omm.Omm WithoutComments(Concord.Formats.Ccsds.Omm.Omm m) => m with
    {
        Header = m.Header with { Comments = default },
        Metadata = m.Metadata with { Comments = default },
        Data = m.Data with
        {
            MeanElements = m.Data.MeanElements with { Comments = default },
            SpacecraftParameters = m.Data.SpacecraftParameters is { } s ? s with { Comments = default } : null,
            TleParameters = m.Data.TleParameters is { } t ? t with { Comments = default } : null,
            Covariance = m.Data.Covariance is { } c ? c with { Comments = default } : null,
            UserDefinedComments = default,
        },
    };
}
