using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Tests.Ccsds.Omm;

// Regression tests for inputs found by fuzz/Concord.Fuzz (docs/fuzzing.md), minimised by hand.
public sealed partial class OmmReaderTests
{
    private const string FuzzedOmmKvn = """
        CCSDS_OMM_VERS = 3.0
        CREATION_DATE = 2022-01-23T00:00:00
        ORIGINATOR = CONCORD
        OBJECT_NAME = ISS (ZARYA)
        OBJECT_ID = 1998-067A
        CENTER_NAME = EARTH
        REF_FRAME = TEME
        TIME_SYSTEM = UTC
        MEAN_ELEMENT_THEORY = SGP4
        EPOCH = 2022-01-22T21:57:10.700352
        MEAN_MOTION = 15.49594026
        ECCENTRICITY = 0.000683
        INCLINATION = 51.6445
        RA_OF_ASC_NODE = 336.0056
        ARG_OF_PERICENTER = 51.7508
        MEAN_ANOMALY = 17.5213
        EPHEMERIS_TYPE = 0
        CLASSIFICATION_TYPE = U
        NORAD_CAT_ID = 25544
        ELEMENT_SET_NO = 999
        REV_AT_EPOCH = 32265
        BSTAR = 0.00011386
        MEAN_MOTION_DOT = 5.958E-05
        MEAN_MOTION_DDOT = 0
        """;

    [Fact]
    public void FuzzSampleIsValid() => Assert.True(OmmReader.Parse(FuzzedOmmKvn).Success);

    [Fact]
    public void MalformedLineInsideAMessageFailsThatMessage()
    {
        // Found by the kvn harness: the lexer's error was reported, but the entry still carried the message.
        string text = FuzzedOmmKvn.Replace("MEAN_MOTION_DOT = 5.958E-05", "METN_MOTION|DOT = 5.958E-05", StringComparison.Ordinal);

        OmmReadResult result = OmmReader.Parse(text);

        CcsdsReadEntry<Concord.Formats.Ccsds.Omm.Omm> entry = Assert.Single(result.Entries);
        Assert.Null(entry.Message);
        Assert.Contains(entry.Diagnostics, d => d.Code == ErrorCodes.CcsdsMalformedLine && d.Line == 23);
        Assert.Empty(result.Messages);
    }

    [Theory]
    [InlineData("OBJECT_NAME = ISS (ZARYA)", "OBJECT_NAME = ISS\u0011(ZARYA)", "OBJECT_NAME")]
    [InlineData("ORIGINATOR = CONCORD", "ORIGINATOR = CON\u007FCORD", "ORIGINATOR")]
    public void KvnValueWithControlCharacterIsInvalid(string line, string replacement, string key)
    {
        // Found by the kvn harness: the value was accepted, and writing the OMM as XML then threw.
        OmmReadResult result = OmmReader.Parse(FuzzedOmmKvn.Replace(line, replacement, StringComparison.Ordinal));

        Assert.Empty(result.Messages);
        Diagnostic diagnostic = Assert.Single(result.Diagnostics, d => d.Code == ErrorCodes.CcsdsInvalidValue);
        Assert.Equal(key, diagnostic.Key);
        Assert.DoesNotContain(diagnostic.Message, char.IsControl);
    }

    [Fact]
    public void JsonAndCsvValuesWithControlCharactersAreInvalid()
    {
        Formats.Ccsds.Omm.Omm omm = Assert.Single(OmmReader.Parse(FuzzedOmmKvn).Messages);
        foreach (CcsdsFormat format in new[] { CcsdsFormat.Json, CcsdsFormat.Csv })
        {
            string written = OmmWriter.Write(omm, format).Text!;
            string text = format == CcsdsFormat.Json
                ? written.Replace("ISS (ZARYA)", "ISS \\u0000(ZARYA)", StringComparison.Ordinal)
                : written.Replace("1998-067A", "1998-067A\u0001", StringComparison.Ordinal);

            OmmReadResult result = OmmReader.Parse(text);

            Assert.Empty(result.Messages);
            Assert.Contains(result.Diagnostics, d => d.Code == ErrorCodes.CcsdsInvalidValue);
        }
    }

    [Theory]
    [InlineData(CcsdsFormat.Kvn)]
    [InlineData(CcsdsFormat.Xml)]
    [InlineData(CcsdsFormat.Json)]
    [InlineData(CcsdsFormat.Csv)]
    public void MandatoryValueWithControlCharacterFailsTheMessageWithoutThrowing(CcsdsFormat format)
    {
        // Found by the json and csv harnesses: the refused EPOCH counted as "reported", so the message was built without
        // an epoch and threw InvalidOperationException. (XML cannot carry the character: there it is not well formed.)
        Formats.Ccsds.Omm.Omm omm = Assert.Single(OmmReader.Parse(FuzzedOmmKvn).Messages);
        string written = OmmWriter.Write(omm, format).Text!;
        string control = format == CcsdsFormat.Json ? "\\u0012" : "\u0012";
        string text = written.Replace("2022-01-22T21:57:10.700352", control + "2022-01-22T21:57:10.700352", StringComparison.Ordinal);
        Assert.NotEqual(written, text);

        OmmReadResult result = OmmReader.Parse(text);

        Assert.Empty(result.Messages);
        Assert.All(result.Entries, e => Assert.Null(e.Message));
        Assert.Contains(result.Diagnostics, d => d.Code is ErrorCodes.CcsdsInvalidValue or ErrorCodes.CcsdsXmlNotWellFormed);
    }

    [Theory]
    [InlineData("1901-01-01T00:00:00")]
    [InlineData("2400-01-01T00:00:00")]
    public void ElementSetEpochOutsideTheSpaceAge_IsRefused(string epoch)
    {
        // SGP4's time since epoch is a Duration (±292 years): such an epoch could overflow when the hub propagates it.
        OmmReadResult read = OmmReader.Parse(FuzzedOmmKvn.Replace("2022-01-22T21:57:10.700352", epoch, StringComparison.Ordinal));
        Assert.True(read.Success);

        var elements = OmmConverter.ToSgp4Elements(Assert.Single(read.Messages));

        Assert.Null(elements.Value);
        Diagnostic diagnostic = Assert.Single(elements.Diagnostics);
        Assert.Equal((ErrorCodes.CcsdsInvalidValue, "EPOCH"), (diagnostic.Code, diagnostic.Key));
    }
}
