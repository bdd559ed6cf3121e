using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Tests.Ccsds.Omm;

public sealed partial class OmmReaderTests
{
    [Theory]
    [MemberData(nameof(OmmSamples.ValidFiles), MemberType = typeof(OmmSamples))]
    public void ValidSample_ReadsWithoutErrors(string path)
    {
        OmmReadResult result = OmmSamples.Read(path);

        Assert.Empty(result.Diagnostics.Where(d => d.IsError));
        Assert.NotEmpty(result.Messages);
    }

    [Theory]
    [InlineData("ccsds/omm/OMM-wrong-keyword.txt", ErrorCodes.CcsdsUnexpectedKeyword, 9)]
    [InlineData("ccsds/omm/OMM-empty-object-id.txt", ErrorCodes.CcsdsMissingKey, 6)]
    [InlineData("ccsds/omm/OMM-empty-object-id.xml", ErrorCodes.CcsdsMissingKey, 11)]
    [InlineData("ccsds/omm/OMM-number-format-error.txt", ErrorCodes.CcsdsNumberFormat, 15)]
    [InlineData("ccsds/omm/spurious-metadata.xml", ErrorCodes.CcsdsUnexpectedKeyword, 17)]
    [InlineData("ccsds/omm/ccsds-ndm/omm_combined.xml", ErrorCodes.CcsdsXmlNotWellFormed, 1)]
    public void MalformedSample_IsRejectedWithCodeAndLine(string path, string code, int line)
    {
        OmmReadResult result = OmmSamples.Read(path);

        Assert.False(result.Success);
        Assert.Empty(result.Messages);
        Assert.Contains(result.Diagnostics, d => d.Code == code && d.Line == line);
    }

    [Fact]
    public void GoesExample_HasItsValues()
    {
        Concord.Formats.Ccsds.Omm.Omm omm = Assert.Single(OmmSamples.Read("ccsds/omm/OMMExample1.txt").Messages);

        Assert.Equal("GOES 9", omm.Metadata.ObjectName);
        Assert.Equal("2007-03-05T10:34:41.4264", omm.Data.MeanElements.Epoch.ToString());
        Assert.Equal(1.00273272, omm.Data.MeanElements.MeanMotionRevolutionsPerDay);
        Assert.Equal(398600.8, omm.Data.MeanElements.GravitationalParameterCubicKilometersPerSecondSquared);
        Assert.Equal(925, omm.Data.TleParameters!.ElementSetNumber);
        Assert.Equal(-0.00000113, omm.Data.TleParameters.MeanMotionDotRevolutionsPerDaySquared);
    }

    [Fact]
    public void KvnCommentsUserDefinedAndCovariance_AreKeptInTheirBlocks()
    {
        Concord.Formats.Ccsds.Omm.Omm omm = Assert.Single(OmmSamples.Read("ccsds/omm/OMMExample3.txt").Messages);

        Assert.Equal(["this is a comment", "here is another one"], omm.Header.Comments.Items);
        Assert.Equal(["this comment doesn't say much"], omm.Metadata.Comments.Items);
        Assert.Equal("MRT", omm.Metadata.TimeSystem);
        Assert.Equal(6800.0, omm.Data.MeanElements.SemiMajorAxisKilometers);
        Assert.Equal("TNW", omm.Data.Covariance!.ReferenceFrame);
        Assert.Equal(6.224444338635500e-10, omm.Data.Covariance.LowerTriangle[20]);
        Assert.Equal("EARTH_MODEL", omm.Data.UserDefinedParameters[0].Name);
    }

    [Fact]
    public void SpaceTrackAndCelesTrakJson_ReadTheSameElements()
    {
        Concord.Formats.Ccsds.Omm.Omm st = Assert.Single(OmmSamples.Read("ccsds/omm/ccsds-ndm/omm1_st.json").Messages);
        Concord.Formats.Ccsds.Omm.Omm ct = Assert.Single(OmmSamples.Read("ccsds/omm/ccsds-ndm/omm1_ct.json").Messages);

        Assert.Equal(st.Data.MeanElements with { Comments = default }, ct.Data.MeanElements);
        Assert.Equal(45018, ct.Data.TleParameters!.NoradCatalogId);
        Assert.Equal(0.000084553, st.Data.TleParameters!.BstarPerEarthRadius);
        Assert.Equal(["GENERATED VIA SPACE-TRACK.ORG API"], st.Header.Comments.Items);
    }

    [Fact]
    public void PythonSgp4Csv_ReadsLeadingDotNumbersAndAppliesCatalogDefaults()
    {
        Concord.Formats.Ccsds.Omm.Omm omm = Assert.Single(OmmSamples.Read("ccsds/omm/python-sgp4/sample_omm.csv").Messages);

        Assert.Equal(0.1845686, omm.Data.MeanElements.Eccentricity);
        Assert.Equal(-0.22483E-4, omm.Data.TleParameters!.BstarPerEarthRadius);
        Assert.Equal("TEME", omm.Metadata.ReferenceFrame);
        Assert.Null(omm.Header.CreationDate);
    }

    [Fact]
    public void EmptyCreationDateInXml_IsAbsent()
    {
        Concord.Formats.Ccsds.Omm.Omm xml = Assert.Single(OmmSamples.Read("ccsds/omm/python-sgp4/sample_omm.xml").Messages);
        Concord.Formats.Ccsds.Omm.Omm csv = Assert.Single(OmmSamples.Read("ccsds/omm/python-sgp4/sample_omm.csv").Messages);

        Assert.Null(xml.Header.CreationDate);
        Assert.Null(xml.Header.Originator);
        Assert.Equal(csv.Data, xml.Data);
    }

    [Fact]
    public void UnitsAttributes_AreCheckedAndAccepted()
    {
        Concord.Formats.Ccsds.Omm.Omm omm = Assert.Single(OmmSamples.Read("ccsds/omm/OMM-with-units.xml").Messages);

        Assert.Equal(3.0539, omm.Data.MeanElements.InclinationDegrees);
        Assert.Equal("OMM 201113719185", omm.Header.MessageId);
    }

    [Fact]
    public void IncompatibleUnit_IsRejected()
    {
        string kvn = Kvn("INCLINATION = 3.0539 [km]");

        OmmReadResult result = OmmReader.Parse(kvn);

        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal(ErrorCodes.CcsdsIncompatibleUnits, error.Code);
        Assert.Equal("INCLINATION", error.Key);
        Assert.Equal(13, error.Line);
    }

    [Fact]
    public void CompatibleUnit_IsConvertedToTheStandardUnit()
    {
        OmmReadResult result = OmmReader.Parse(Kvn("INCLINATION = 1 [rad]"));

        Assert.True(result.Success);
        Assert.Equal(180.0 / Math.PI, result.Messages[0].Data.MeanElements.InclinationDegrees, 1e-12);
    }

    [Fact]
    public void NineDigitCatalogNumber_IsRead()
    {
        OmmReadResult result = OmmReader.Parse(Kvn("INCLINATION = 3.0") + "NORAD_CAT_ID = 123456789\nBSTAR = 0.0001\n");

        Assert.True(result.Success);
        Assert.Equal(123456789, result.Messages[0].Data.TleParameters!.NoradCatalogId);
    }

    [Fact]
    public void DuplicateKey_IsRejected()
    {
        OmmReadResult result = OmmReader.Parse(Kvn("INCLINATION = 3.0") + "INCLINATION = 3.1\n");

        Assert.Contains(result.Diagnostics, d => d.Code == ErrorCodes.CcsdsDuplicateKey && d.Line == 17);
        Assert.Empty(result.Messages);
    }

    [Fact]
    public void EmptyInput_ReportsNoMessage()
    {
        OmmReadResult result = OmmReader.Parse("   \n\n");

        Assert.Equal(ErrorCodes.CcsdsNoMessage, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Utf16BomXml_Reads()
    {
        string kvn = Kvn("INCLINATION = 3.0539");
        string xml = OmmWriter.Write(OmmReader.Parse(kvn).Messages[0], CcsdsFormat.Xml).Text!;
        byte[] bytes = [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(xml.Replace("UTF-8", "UTF-16", StringComparison.Ordinal))];

        OmmReadResult result = OmmReader.Read(new MemoryStream(bytes));

        Assert.True(result.Success);
        Assert.Equal(3.0539, result.Messages[0].Data.MeanElements.InclinationDegrees);
    }

    [Fact]
    public void LexicalUtf16Sample_IsNotAnOmmButDoesNotThrow()
    {
        OmmReadResult result = OmmSamples.Read("ccsds/lexical/minimalist-UTF-16-LE-BOM.xml");

        Assert.Equal(CcsdsFormat.Xml, result.Format);
        Assert.Contains(result.Diagnostics, d => d.Code == ErrorCodes.CcsdsUnexpectedKeyword && d.Key == "greeting" && d.Line == 2);
    }

    /// <summary>A minimal valid KVN OMM with <paramref name="inclinationLine"/> on line 13.</summary>
    internal static string Kvn(string inclinationLine) =>
        "CCSDS_OMM_VERS = 3.0\nCREATION_DATE = 2020-01-01T00:00:00\nORIGINATOR = TEST\nOBJECT_NAME = SAT\nOBJECT_ID = 2020-001A\n"
        + "CENTER_NAME = EARTH\nREF_FRAME = TEME\nTIME_SYSTEM = UTC\nMEAN_ELEMENT_THEORY = SGP4\nEPOCH = 2020-001T12:00:00\n"
        + "MEAN_MOTION = 15.5\nECCENTRICITY = 0.001\n" + inclinationLine + "\nRA_OF_ASC_NODE = 10\nARG_OF_PERICENTER = 20\nMEAN_ANOMALY = 30\n";
}
