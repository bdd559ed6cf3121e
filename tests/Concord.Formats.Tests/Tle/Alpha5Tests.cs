using Concord.Formats.Tle;

namespace Concord.Formats.Tests.Tle;

public sealed class Alpha5Tests
{
    [Theory]
    [InlineData("T0000", 270_000)]
    [InlineData("A0000", 100_000)]
    [InlineData("Z9999", 339_999)]
    [InlineData("H9999", 179_999)]
    [InlineData("J0000", 180_000)]
    [InlineData("P0000", 230_000)]
    [InlineData("T0288", 270_288)]
    [InlineData("25544", 25_544)]
    [InlineData("00005", 5)]
    [InlineData("   20", 20)]
    [InlineData(" 1234", 1_234)]
    public void Decode_KnownValues(string text, int expected)
    {
        Assert.True(Alpha5.TryDecode(text, out int value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("I0000")]
    [InlineData("O1234")]
    [InlineData("t0000")]
    [InlineData("")]
    [InlineData("     ")]
    [InlineData("T000")]
    [InlineData("2554A")]
    [InlineData("20   ")]
    [InlineData("123456")]
    public void Decode_RejectsInvalid(string text)
    {
        Assert.False(Alpha5.TryDecode(text, out _));
    }

    [Theory]
    [InlineData(270_000, "T0000")]
    [InlineData(100_000, "A0000")]
    [InlineData(339_999, "Z9999")]
    [InlineData(180_000, "J0000")]
    [InlineData(99_999, "99999")]
    [InlineData(20, "00020")]
    [InlineData(0, "00000")]
    public void Encode_KnownValues(int value, string expected)
    {
        Assert.True(Alpha5.TryEncode(value, out string? text));
        Assert.Equal(expected, text);
        Assert.Equal(expected, Alpha5.Encode(value));
    }

    [Theory]
    [InlineData(340_000)]
    [InlineData(-1)]
    public void Encode_RefusesOutOfRange(int value)
    {
        Assert.False(Alpha5.TryEncode(value, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => Alpha5.Encode(value));
    }

    [Fact]
    public void EncodeThenDecode_IsIdentity_OverTheWholeRange()
    {
        for (int value = 0; value <= Alpha5.MaxValue; value += 7)
        {
            Assert.True(Alpha5.TryEncode(value, out string? text));
            Assert.True(Alpha5.TryDecode(text, out int decoded));
            Assert.Equal(value, decoded);
        }
    }
}
