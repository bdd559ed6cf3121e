using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Cdm;
using Concord.Formats.Diagnostics;
using CdmMessage = Concord.Formats.Ccsds.Cdm.Cdm;

namespace Concord.Formats.Tests.Ccsds.Cdm;

public sealed partial class CdmReaderTests
{
    [Theory]
    [MemberData(nameof(CdmSamples.ValidFiles), MemberType = typeof(CdmSamples))]
    public void ValidSampleReadsWithoutError(string file)
    {
        CdmReadResult result = CdmSamples.Read(file);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.Single(result.Messages);
    }

    [Theory]
    [MemberData(nameof(CdmSamples.CaraFiles), MemberType = typeof(CdmSamples))]
    public void CaraCdmReadsWithoutError(string file)
    {
        CdmReadResult result = CdmSamples.Read(file);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.Single(result.Messages);
    }

    [Fact]
    public void Example1Values()
    {
        CdmMessage cdm = Assert.Single(CdmSamples.Read("ccsds/cdm/CDMExample1.txt").Messages);
        Assert.Equal("2010-03-13T22:37:52.618", cdm.RelativeMetadata.Tca.ToString());
        Assert.Equal(715.0, cdm.RelativeMetadata.MissDistanceMeters);
        Assert.Equal("1997\u2212030E", cdm.Object1.Metadata.InternationalDesignator);
    }

    [Fact]
    public void StarlinkValues()
    {
        CdmMessage cdm = Assert.Single(CdmSamples.Read("ccsds/cdm/ION_SCV8_vs_STARLINK_1233.txt").Messages);
        Assert.Equal(0.004450713, cdm.RelativeMetadata.CollisionProbability);
        Assert.Equal("FOSTER-1992", cdm.RelativeMetadata.CollisionProbabilityMethod);
    }

    [Fact]
    public void EmptyOptionalIsAbsentAndOrbitCenterMayBeAbsent()
    {
        CdmMessage cdm = Assert.Single(CdmSamples.Read("ccsds/cdm/CDMExample_issue1319.xml").Messages);
        Assert.Null(cdm.RelativeMetadata.StartScreenPeriod);
        CdmMessage noCenter = Assert.Single(CdmSamples.Read("ccsds/cdm/CDM-no-orbit-center-defined-obj1.txt").Messages);
        Assert.Null(noCenter.Object1.Metadata.OrbitCenter);
    }

    [Fact]
    public void CaraHbrCommentIsKeptInPlace()
    {
        CdmMessage cdm = Assert.Single(CdmSamples.Read("pc/cara_sample_cdms/AlfanoTestCase01.cdm").Messages);
        Assert.Contains(cdm.Object1.Metadata.Comments, c => c.StartsWith("HBR", StringComparison.Ordinal));
        string kvn = CdmWriter.Write(cdm, CcsdsFormat.Kvn).Text!;
        int hbr = kvn.IndexOf("COMMENT HBR", StringComparison.Ordinal);
        Assert.True(hbr > kvn.IndexOf("RELATIVE_VELOCITY_N", StringComparison.Ordinal));
        Assert.True(hbr < kvn.IndexOf("OBJECT ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ccsds/cdm/CDM-missing-TCA.txt", "ccsds.missing-key", "TCA", 0)]
    [InlineData("ccsds/cdm/CDM-missing-object2-state-vector.txt", "ccsds.missing-key", "X", 0)]
    [InlineData("ccsds/cdm/CDM-missing-object1-covariance-block.xml", "ccsds.missing-key", "CR_R", 0)]
    [InlineData("ccsds/cdm/CDM-covariance-wrong-entry-format.txt", "ccsds.number-format", "CRDOT_T", 65)]
    [InlineData("ccsds/cdm/CDMExample1InvalidTca.txt", "ccsds.date-format", "TCA", 0)]
    [InlineData("ccsds/cdm/CDMExample_issue1319_mandatory_empty_value.xml", "ccsds.missing-key", "X", 0)]
    [InlineData("ccsds/cdm/CDM-wrong-key-word.txt", "ccsds.unexpected-keyword", "WRONG_KEYWORD", 0)]
    public void MalformedSampleIsRejected(string file, string code, string key, int line)
    {
        CdmReadResult result = CdmSamples.Read(file);
        Assert.False(result.Success);
        Assert.Empty(result.Messages);
        Diagnostic diagnostic = Assert.Single(result.Diagnostics, d => d.IsError && d.Code == code && d.Key == key);
        if (line > 0)
        {
            Assert.Equal(line, diagnostic.Line);
        }

        Assert.True(diagnostic.Line > 0);
    }
}
