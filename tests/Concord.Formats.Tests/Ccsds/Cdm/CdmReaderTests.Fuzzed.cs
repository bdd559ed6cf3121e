using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Cdm;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Tests.Ccsds.Cdm;

// Follows the OMM reader's fix for an input found by fuzz/Concord.Fuzz (docs/fuzzing.md): the lexer's errors inside a
// message fail that message, for CDMs too.
public sealed partial class CdmReaderTests
{
    [Fact]
    public void MalformedLineInsideAMessageFailsThatMessage()
    {
        string text = File.ReadAllText(ReferenceData.Require("ccsds/cdm/CDMExample1.txt"));
        int comment = text.IndexOf("OBJECT_NAME", StringComparison.Ordinal);
        string broken = string.Concat(text.AsSpan(0, comment), "NOT|A = KEYWORD\n", text.AsSpan(comment));

        CdmReadResult result = CdmReader.Parse(broken);

        CcsdsReadEntry<Concord.Formats.Ccsds.Cdm.Cdm> entry = Assert.Single(result.Entries);
        Assert.Null(entry.Message);
        Assert.Contains(entry.Diagnostics, d => d.Code == ErrorCodes.CcsdsMalformedLine);
        Assert.Empty(result.Messages);
    }

    [Fact]
    public void ValueWithControlCharacterIsInvalid()
    {
        string text = File.ReadAllText(ReferenceData.Require("ccsds/cdm/CDMExample1.txt"));
        string broken = text.Replace("SATELLITE A", "SATELLITE\u0007A", StringComparison.Ordinal);

        CdmReadResult result = CdmReader.Parse(broken);

        Assert.Empty(result.Messages);
        Assert.Contains(result.Diagnostics, d => d.Code == ErrorCodes.CcsdsInvalidValue && d.Key == "OBJECT_NAME");
    }
}
