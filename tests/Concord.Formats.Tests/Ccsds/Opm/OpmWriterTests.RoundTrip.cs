using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Opm;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Tests.Ccsds.Opm;

public sealed partial class OpmWriterTests
{
    [Theory]
    [MemberData(nameof(OpmSamples.ValidFiles), MemberType = typeof(OpmSamples))]
    public void ReadWriteReadIsEqualInBothFormats(string file)
    {
        Concord.Formats.Ccsds.Opm.Opm original = OpmSamples.Read(file).Message!;
        foreach (CcsdsFormat format in new[] { CcsdsFormat.Kvn, CcsdsFormat.Xml })
        {
            WriteResult written = OpmWriter.Write(original, format);
            Assert.True(written.Success);
            OpmReadResult reread = OpmReader.Parse(written.Text!);
            Assert.Empty(reread.Diagnostics);
            Assert.Equal(format, reread.Format);
            Assert.Equal(original, reread.Message);
        }
    }

    [Theory]
    [MemberData(nameof(OpmSamples.ValidFiles), MemberType = typeof(OpmSamples))]
    public void KvnToXmlToKvnPreservesValues(string file)
    {
        Concord.Formats.Ccsds.Opm.Opm original = OpmSamples.Read(file).Message!;
        string kvn = OpmWriter.Write(original, CcsdsFormat.Kvn).Text!;
        string xml = OpmWriter.Write(OpmReader.Parse(kvn).Message!, CcsdsFormat.Xml).Text!;
        string kvnAgain = OpmWriter.Write(OpmReader.Parse(xml).Message!, CcsdsFormat.Kvn).Text!;
        Assert.Equal(kvn, kvnAgain);
    }
}
