using Concord.Formats.Diagnostics;
using Concord.Formats.Tle;

namespace Concord.Formats.Tests.Tle;

// Regression tests for inputs found by fuzz/Concord.Fuzz (docs/fuzzing.md); each input is the crash minimised by hand.
public sealed partial class TleReaderTests
{
    [Theory]
    [InlineData("\u0016 ISS (ZARYA)")]
    [InlineData("0 ISS\u0000")]
    [InlineData("ISS \u009F")]
    public void NameLineWithControlCharacterIsAFieldFormatError(string nameLine)
    {
        // Found by the tle harness: the name was accepted, and writing the set's OMM as XML then threw.
        TleReadResult result = TleReader.Parse(nameLine + "\n" + TleSamples.Iss2le);

        Assert.False(result.Success);
        Assert.Empty(result.Sets);
        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ErrorCodes.TleFieldFormat, diagnostic.Code);
        Assert.Equal(nameof(Formats.Tle.Tle.Name), diagnostic.Key);
        Assert.Equal(1, diagnostic.Line);
        Assert.DoesNotContain(diagnostic.Message, c => char.IsControl(c) || char.IsSurrogate(c));
    }

    [Fact]
    public void NameLineWithTabAndNonAsciiLettersIsAccepted()
    {
        TleReadResult result = TleReader.Parse("0 ISS\t(ZARYA) МКС 🚀\n" + TleSamples.Iss2le);

        Assert.True(result.Success);
        Assert.Equal("ISS\t(ZARYA) МКС 🚀", Assert.Single(result.Sets).Name);
    }
}
