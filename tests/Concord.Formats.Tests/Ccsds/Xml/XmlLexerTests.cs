using System.Text;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Xml;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Tests.Ccsds.Xml;

public sealed class XmlLexerTests
{
    [Fact]
    public void ElementsBecomeBlocksKeywordsAndComments()
    {
        const string Xml = "<omm id=\"CCSDS_OMM_VERS\" version=\"2.0\">\n<header><COMMENT>hi</COMMENT>\n<CREATION_DATE/>\n</header>\n<INCLINATION units=\"deg\"> 3.5 </INCLINATION></omm>";

        List<CcsdsToken> tokens = Lex(Xml, out List<Diagnostic> diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(
            [
                (CcsdsTokenKind.BlockStart, "omm", "", null, 1),
                (CcsdsTokenKind.KeyValue, "CCSDS_OMM_VERS", "2.0", null, 1),
                (CcsdsTokenKind.BlockStart, "header", "", null, 2),
                (CcsdsTokenKind.Comment, "", "hi", null, 2),
                (CcsdsTokenKind.KeyValue, "CREATION_DATE", "", null, 3),
                (CcsdsTokenKind.BlockEnd, "header", "", null, 4),
                (CcsdsTokenKind.KeyValue, "INCLINATION", "3.5", "deg", 5),
                (CcsdsTokenKind.BlockEnd, "omm", "", null, 5),
            ],
            tokens.Select(t => (t.Kind, t.Key, t.Value, t.Unit, t.Line)));
    }

    [Fact]
    public void NamespaceQualifiedDocument_ReadsLikeUnqualified()
    {
        List<CcsdsToken> tokens = Lex("<n:omm xmlns:n=\"urn:ccsds:schema:ndmxml\"><n:OBJECT_NAME>X</n:OBJECT_NAME></n:omm>", out _);

        Assert.Contains(tokens, t => t.Key == "OBJECT_NAME" && t.Value == "X");
    }

    [Fact]
    public void Dtd_IsRefused()
    {
        Lex("<!DOCTYPE omm [<!ENTITY x \"y\">]><omm>&x;</omm>", out List<Diagnostic> diagnostics);

        Assert.Equal(ErrorCodes.CcsdsXmlNotWellFormed, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void UndeclaredPrefix_IsADiagnosticNotAnException()
    {
        Lex("<ndm>\n<omm xsi:noNamespaceSchemaLocation=\"x\"/></ndm>", out List<Diagnostic> diagnostics);

        Diagnostic error = Assert.Single(diagnostics);
        Assert.Equal(ErrorCodes.CcsdsXmlNotWellFormed, error.Code);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Utf16LittleEndianBomSample_Reads()
    {
        using var reader = new StreamReader(ReferenceData.Require("ccsds/lexical/minimalist-UTF-16-LE-BOM.xml"), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var diagnostics = new List<Diagnostic>();
        using var lexer = new XmlLexer(reader, diagnostics);

        Assert.True(lexer.TryRead(out CcsdsToken token));
        Assert.Empty(diagnostics);
        Assert.Equal(("greeting", "Hello, world!", 2), (token.Key, token.Value, token.Line));
    }

    private static List<CcsdsToken> Lex(string text, out List<Diagnostic> diagnostics)
    {
        diagnostics = [];
        using var lexer = new XmlLexer(new StringReader(text), diagnostics);
        var tokens = new List<CcsdsToken>();
        while (lexer.TryRead(out CcsdsToken token))
        {
            tokens.Add(token);
        }

        return tokens;
    }
}
