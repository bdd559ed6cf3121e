using Concord.Formats;

namespace Concord.Formats.Tests;

public sealed class MessageKindDetectorTests
{
    [Theory]
    [InlineData("1 25544U 98067A   22022.91470718  .00006000  00000-0  11606-3 0  9990\n2 25544  51.6442 ...", MessageKind.Tle)]
    [InlineData("0 ISS (ZARYA)\r\n1 25544U 98067A   22022.91470718\r\n2 25544  51.6442", MessageKind.Tle)]
    [InlineData("# comment\nISS\n1 25544U\n2 25544", MessageKind.Tle)]
    [InlineData("CCSDS_OMM_VERS = 2.0\nCREATION_DATE = 2020-01-01", MessageKind.Omm)]
    [InlineData("\uFEFFCCSDS_CDM_VERS=1.0", MessageKind.Cdm)]
    [InlineData("CCSDS_OEM_VERS = 2.0", MessageKind.Oem)]
    [InlineData("CCSDS_OPM_VERS = 3.0", MessageKind.Opm)]
    [InlineData("CCSDS_TDM_VERS = 2.0", MessageKind.Tdm)]
    [InlineData("[{\"OBJECT_NAME\":\"X\"}]", MessageKind.Omm)]
    [InlineData("OBJECT_NAME,OBJECT_ID,EPOCH,MEAN_MOTION,NORAD_CAT_ID\nX,1998-067A,2026-03-10T00:00:00,15.5,25544", MessageKind.Omm)]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- c -->\n<omm id=\"CCSDS_OMM_VERS\">", MessageKind.Omm)]
    [InlineData("<?xml version=\"1.0\"?><ndm:ndm xmlns:ndm=\"urn:ccsds:schema:ndmxml\"><opm>", MessageKind.Opm)]
    [InlineData("<ndm><cdm>", MessageKind.Cdm)]
    [InlineData("<html><body>", MessageKind.Unknown)]
    [InlineData("hello world", MessageKind.Unknown)]
    [InlineData("   \n\n", MessageKind.Unknown)]
    public void DetectsFromContent(string content, MessageKind expected)
    {
        Assert.Equal(expected, MessageKindDetector.Detect(content));
    }

    [Theory]
    [InlineData("cdm/CDMExample1.txt", MessageKind.Cdm)]
    [InlineData("cdm/CDMExample1.xml", MessageKind.Cdm)]
    [InlineData("omm/OMMExample1.txt", MessageKind.Omm)]
    [InlineData("omm/ccsds-ndm/omm1_st.json", MessageKind.Omm)]
    [InlineData("omm/python-sgp4/sample_omm.csv", MessageKind.Omm)]
    [InlineData("oem/OEMExample1.txt", MessageKind.Oem)]
    [InlineData("opm/OPMExample3.xml", MessageKind.Opm)]
    [InlineData("ndm/NDM-opm.xml", MessageKind.Opm)]
    [InlineData("tdm/TDMExample2.txt", MessageKind.Tdm)]
    [InlineData("ndm/wrong-format.txt", MessageKind.Unknown)]
    public void DetectsReferenceSamples(string relativePath, MessageKind expected)
    {
        string path = ReferenceData.Require(Path.Combine("ccsds", relativePath));
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        char[] buffer = new char[MessageKindDetector.SampleLength];
        int read = reader.ReadBlock(buffer, 0, buffer.Length);
        Assert.Equal(expected, MessageKindDetector.Detect(buffer.AsSpan(0, read)));
    }
}
