using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Kvn;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Tests.Ccsds.Kvn;

public sealed class KvnLexerTests
{
    [Theory]
    [InlineData("KEY = value", "KEY", "value")]
    [InlineData("KEY=value", "KEY", "value")]
    [InlineData("KEY           =value", "KEY", "value")]
    [InlineData("  KEY = value with spaces   ", "KEY", "value with spaces")]
    [InlineData("KEY =", "KEY", "")]
    public void KeyValueSpellings_AreRead(string line, string key, string value)
    {
        CcsdsToken token = Assert.Single(Lex(line, out List<Diagnostic> diagnostics));

        Assert.Empty(diagnostics);
        Assert.Equal(new CcsdsToken(CcsdsTokenKind.KeyValue, key, value, null, 1, token.Column), token);
    }

    [Fact]
    public void UnitInBrackets_IsSeparated()
    {
        CcsdsToken token = Assert.Single(Lex("SEMI_MAJOR_AXIS = 6800 [km]  ", out _));

        Assert.Equal("6800", token.Value);
        Assert.Equal("km", token.Unit);
    }

    [Fact]
    public void CommentWithEquals_IsAComment()
    {
        CcsdsToken token = Assert.Single(Lex("COMMENT =CDM_ID:519959713 a=b", out _));

        Assert.Equal(CcsdsTokenKind.Comment, token.Kind);
        Assert.Equal("CDM_ID:519959713 a=b", token.Value);
    }

    [Fact]
    public void CrlfBomAndBlankLines_AreHandled()
    {
        List<CcsdsToken> tokens = Lex("\uFEFFA = 1\r\n\r\n   \r\nB = 2\r\n", out List<Diagnostic> diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal([("A", "1", 1), ("B", "2", 4)], tokens.Select(t => (t.Key, t.Value, t.Line)));
    }

    [Fact]
    public void BlockMarkersAndDataLines_AreTokens()
    {
        List<CcsdsToken> tokens = Lex("META_START\nCOVARIANCE_STOP\n2020-01-01T00:00:00 1 2 3", out _);

        Assert.Equal([CcsdsTokenKind.BlockStart, CcsdsTokenKind.BlockEnd, CcsdsTokenKind.Data], tokens.Select(t => t.Kind));
        Assert.Equal(["META", "COVARIANCE", ""], tokens.Select(t => t.Key));
    }

    [Theory]
    [InlineData("= value")]
    [InlineData("bad key = 1")]
    [InlineData("KEY-1 = 2")]
    public void MalformedLine_IsReportedWithItsLine(string line)
    {
        List<CcsdsToken> tokens = Lex("A = 1\n" + line, out List<Diagnostic> diagnostics);

        Assert.Single(tokens);
        Diagnostic error = Assert.Single(diagnostics);
        Assert.Equal(ErrorCodes.CcsdsMalformedLine, error.Code);
        Assert.Equal(2, error.Line);
    }

    private static List<CcsdsToken> Lex(string text, out List<Diagnostic> diagnostics)
    {
        diagnostics = [];
        var lexer = new KvnLexer(new StringReader(text), diagnostics);
        var tokens = new List<CcsdsToken>();
        while (lexer.TryRead(out CcsdsToken token))
        {
            tokens.Add(token);
        }

        return tokens;
    }
}
