using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Oem;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Tests.Ccsds.Oem;

public sealed partial class OemWriterTests
{
    [Theory]
    [MemberData(nameof(OemSamples.ValidFiles), MemberType = typeof(OemSamples))]
    public void ReadWriteReadIsEqualInBothFormats(string file)
    {
        Concord.Formats.Ccsds.Oem.Oem original = OemSamples.Read(file).Message!;
        foreach (CcsdsFormat format in new[] { CcsdsFormat.Kvn, CcsdsFormat.Xml })
        {
            WriteResult written = OemWriter.Write(original, format);
            Assert.True(written.Success);
            OemReadResult reread = OemReader.Parse(written.Text!);
            Assert.Empty(reread.Diagnostics);
            Assert.Equal(format, reread.Format);
            Assert.Equal(original, reread.Message);
        }
    }

    [Theory]
    [MemberData(nameof(OemSamples.ValidFiles), MemberType = typeof(OemSamples))]
    public void KvnToXmlToKvnPreservesValues(string file)
    {
        Concord.Formats.Ccsds.Oem.Oem original = OemSamples.Read(file).Message!;
        string kvn = OemWriter.Write(original, CcsdsFormat.Kvn).Text!;
        string xml = OemWriter.Write(OemReader.Parse(kvn).Message!, CcsdsFormat.Xml).Text!;
        string kvnAgain = OemWriter.Write(OemReader.Parse(xml).Message!, CcsdsFormat.Kvn).Text!;
        Assert.Equal(kvn, kvnAgain);
    }

    [Fact]
    public void CommentStartingWithEqualsSurvivesKvn()
    {
        Concord.Formats.Ccsds.Oem.Oem original = OemSamples.Read("ccsds/oem/ISS.resampled.truncated.txt").Message!;
        Assert.Contains(original.Segments[0].DataComments, c => c.StartsWith('='));
        Concord.Formats.Ccsds.Oem.Oem reread = OemReader.Parse(OemWriter.Write(original, CcsdsFormat.Kvn).Text!).Message!;
        Assert.Equal(original.Segments[0].DataComments, reread.Segments[0].DataComments);
    }
}
