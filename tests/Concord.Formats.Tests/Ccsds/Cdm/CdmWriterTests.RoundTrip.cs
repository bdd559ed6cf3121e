using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Cdm;
using Concord.Formats.Diagnostics;
using CdmMessage = Concord.Formats.Ccsds.Cdm.Cdm;

namespace Concord.Formats.Tests.Ccsds.Cdm;

public sealed partial class CdmWriterTests
{
    public static TheoryData<string> AllValid
    {
        get
        {
            var data = new TheoryData<string>();
            data.AddRange(CdmSamples.Valid);
            data.AddRange(CdmSamples.CaraFiles.Select(r => r.Data));
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(AllValid))]
    public void WriteThenReadIsIdentity(string file)
    {
        CdmMessage original = Assert.Single(CdmSamples.Read(file).Messages);
        foreach (CcsdsFormat format in new[] { CcsdsFormat.Kvn, CcsdsFormat.Xml })
        {
            WriteResult written = CdmWriter.Write(original, format);
            Assert.True(written.Success);
            CdmReadResult again = CdmReader.Parse(written.Text!);
            Assert.DoesNotContain(again.Diagnostics, d => d.IsError);
            Assert.Equal(original, Assert.Single(again.Messages));
        }
    }

    [Theory]
    [MemberData(nameof(AllValid))]
    public void KvnToXmlToKvnPreservesEveryValue(string file)
    {
        CdmMessage original = Assert.Single(CdmSamples.Read(file).Messages);
        CdmMessage viaXml = Assert.Single(CdmReader.Parse(CdmWriter.Write(original, CcsdsFormat.Xml).Text!).Messages);
        Assert.Equal(CdmWriter.Write(original, CcsdsFormat.Kvn).Text, CdmWriter.Write(viaXml, CcsdsFormat.Kvn).Text);
    }
}
