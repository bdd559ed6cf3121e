using System.Reflection;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Tests.Diagnostics;

public sealed class DiagnosticTests
{
    [Fact]
    public void ToCompilerString_WithLineAndColumn()
    {
        var diagnostic = new Diagnostic(ErrorCodes.TleChecksum, DiagnosticSeverity.Error, 12, 69, "Checksum", "1", "4", "5");
        Assert.Equal("iss.tle:12: error tle.checksum: " + diagnostic.Message + " (column 69)", diagnostic.ToCompilerString("iss.tle"));
    }

    [Fact]
    public void ToCompilerString_WithLineOnly_AndWarning()
    {
        var diagnostic = new Diagnostic(ErrorCodes.TleMissingLine, DiagnosticSeverity.Warning, 7, 0, null, "2", "end of input");
        Assert.Equal("a.tle:7: warning tle.missing-line: " + diagnostic.Message, diagnostic.ToCompilerString("a.tle"));
    }

    [Fact]
    public void ToCompilerString_WithoutPosition()
    {
        var diagnostic = new Diagnostic(ErrorCodes.TleCatalogNumber, DiagnosticSeverity.Error, 0, 0, "CatalogNumber", "340000");
        Assert.StartsWith("out.tle: error tle.catalog-number: ", diagnostic.ToCompilerString("out.tle"), StringComparison.Ordinal);
    }

    [Fact]
    public void Message_IsFormattedFromTheCatalogueTemplate()
    {
        var diagnostic = new Diagnostic(ErrorCodes.TleChecksum, DiagnosticSeverity.Error, 1, 69, null, "2", "4", "5");
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, ErrorCodes.GetTemplate(ErrorCodes.TleChecksum), "2", "4", "5"),
            diagnostic.Message);
        Assert.Equal(["2", "4", "5"], diagnostic.Arguments);
    }

    [Fact]
    public void Equality_ComparesArgumentsByValue()
    {
        var a = new Diagnostic(ErrorCodes.TleSeparator, DiagnosticSeverity.Error, 6, 34, "ArgumentOfPerigeeDegrees", "2", "34", "1");
        var b = new Diagnostic(ErrorCodes.TleSeparator, DiagnosticSeverity.Error, 6, 34, "ArgumentOfPerigeeDegrees", "2", "34", "1");
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void UnknownCode_IsACallerBug()
    {
        Assert.Throws<ArgumentException>(() => new Diagnostic("tle.no-such-code", DiagnosticSeverity.Error, 1, 1, null));
    }

    [Fact]
    public void EveryCodeConstant_HasATemplate_AndIsUnique()
    {
        string[] codes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();
        Assert.NotEmpty(codes);
        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(codes.Order(StringComparer.Ordinal), ErrorCodes.All.Order(StringComparer.Ordinal));
        foreach (string code in codes)
        {
            Assert.True(ErrorCodes.TryGetTemplate(code, out string? template), code);
            Assert.False(string.IsNullOrWhiteSpace(template));
        }
    }

    [Fact]
    public void ParseResult_SuccessMeansValueAndNoError()
    {
        var warning = new Diagnostic(ErrorCodes.TleChecksum, DiagnosticSeverity.Warning, 1, 69, null, "1", "4", "5");
        var error = warning with { };
        Assert.True(new ParseResult<string>("x", [warning]).Success);
        Assert.False(new ParseResult<string>(null, []).Success);
        Assert.False(new ParseResult<string>("x", [new Diagnostic(ErrorCodes.TleChecksum, DiagnosticSeverity.Error, 1, 69, null, "1", "4", "5")]).Success);
        Assert.Equal(warning, error);
    }
}
