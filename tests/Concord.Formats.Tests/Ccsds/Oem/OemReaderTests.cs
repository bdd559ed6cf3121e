using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Oem;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Tests.Ccsds.Oem;

public sealed partial class OemReaderTests
{
    [Theory]
    [MemberData(nameof(OemSamples.ValidFiles), MemberType = typeof(OemSamples))]
    public void ValidSamplesReadWithoutErrors(string file)
    {
        OemReadResult result = OemSamples.Read(file);
        Assert.Empty(result.Diagnostics.Where(d => d.IsError));
        Concord.Formats.Ccsds.Oem.Oem oem = Assert.IsType<Concord.Formats.Ccsds.Oem.Oem>(result.Message);
        Assert.NotEmpty(oem.Segments);
        Assert.All(oem.Segments, s => Assert.True(s.Count > 0));
    }

    [Fact]
    public void Example1HasItsSegmentsCommentsAndCovariance()
    {
        Concord.Formats.Ccsds.Oem.Oem oem = OemSamples.Read("ccsds/oem/OEMExample1.txt").Message!;
        Assert.Equal("3.0", oem.Header.Version);
        Assert.Equal("public, test-data", oem.Header.Classification);
        Assert.Equal(3, oem.Segments.Count);
        OemSegment first = oem.Segments[0];
        Assert.Equal("MARS BARYCENTER", first.Metadata.CenterName);
        Assert.Equal("HERMITE", first.Metadata.Interpolation);
        Assert.Equal(7, first.Metadata.InterpolationDegree);
        Assert.Equal(2, first.DataComments.Count);
        Assert.Equal(4, first.Count);
        OemStateVector v = first.GetStateVector(0);
        Assert.Equal("1996-12-18T12:00:00.331", v.Epoch.ToString());
        Assert.Equal(2789.619, v.XKilometers);
        Assert.Equal(-1.04195, v.ZDotKilometersPerSecond);
        Assert.Null(v.Acceleration);
        OemSegment second = oem.Segments[1];
        Assert.Empty(second.Accelerations);
        OemCovariance covariance = Assert.Single(second.Covariances);
        Assert.Equal("EME2000", covariance.ReferenceFrame);
        Assert.Equal(3.3313494e-04, covariance.LowerTriangle[0]);
        Assert.Equal(6.2244443e-10, covariance.LowerTriangle[20]);
    }

    [Fact]
    public void Example3XmlHasAccelerationsAndCovariances()
    {
        OemReadResult result = OemSamples.Read("ccsds/oem/OEMExample3.xml");
        Assert.Equal(CcsdsFormat.Xml, result.Format);
        OemSegment segment = result.Message!.Segments[0];
        Assert.Equal((0.008, 0.001, -0.159), segment.GetStateVector(0).Acceleration);
        Assert.Equal(["Produced by M.R. Sombedody, MSOO NAV/JPL, 1996 OCT 11.  It is", "to be used for DSN scheduling purposes only."], segment.DataComments.Items);
        Assert.Contains(segment.Covariances, c => c.ReferenceFrame == "ITRF1997" && c.LowerTriangle[0] == 0.316);
    }

    [Theory]
    [InlineData("ccsds/oem/OEM-ephemeris-number-format-error.txt", ErrorCodes.CcsdsNumberFormat, 44)]
    [InlineData("ccsds/oem/OEM-covariance-number-format-error.txt", ErrorCodes.CcsdsNumberFormat, 52)]
    [InlineData("ccsds/oem/OEM-inconsistent-time-systems.txt", ErrorCodes.CcsdsInvalidValue, 33)]
    [InlineData("ccsds/oem/OEM-keyword-within-ephemeris.txt", ErrorCodes.CcsdsUnexpectedKeyword, 24)]
    [InlineData("ccsds/oem/OEM-too-few-covariance-columns.txt", ErrorCodes.CcsdsInvalidValue, 55)]
    public void MalformedSamplesAreRejectedWithCodeAndLine(string file, string code, int line)
    {
        OemReadResult result = OemSamples.Read(file);
        Assert.False(result.Success);
        Assert.Null(result.Message);
        Assert.Contains(result.Diagnostics, d => d.Code == code && d.Line == line);
    }

    [Fact]
    public void AccelerationsMayBeGivenOnSomeLinesOnly()
    {
        // OEM-too-few-covariance-columns.txt is Example 1 with accelerations on one line of segment 2.
        OemReadResult result = OemSamples.Read("ccsds/oem/OEM-too-few-covariance-columns.txt");
        Assert.DoesNotContain(result.Diagnostics, d => d.Line == 43);
    }

    [Fact]
    public void ShortDataLineIsRejected()
    {
        const string Text = """
            CCSDS_OEM_VERS = 2.0
            CREATION_DATE = 2024-01-01T00:00:00
            ORIGINATOR = TEST
            META_START
            OBJECT_NAME = SAT
            OBJECT_ID = 2024-001A
            CENTER_NAME = EARTH
            REF_FRAME = EME2000
            TIME_SYSTEM = UTC
            START_TIME = 2024-01-01T00:00:00
            STOP_TIME = 2024-01-01T00:01:00
            META_STOP
            2024-01-01T00:00:00 1 2 3 4 5 6
            2024-01-01T00:01:00 1 2 3 4 5
            """;
        OemReadResult result = OemReader.Parse(Text);
        Assert.Contains(result.Diagnostics, d => d.Code == ErrorCodes.CcsdsInvalidValue && d.Line == 14);
    }
}
