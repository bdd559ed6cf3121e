using System.Collections.Immutable;
using System.Text;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds.Oem;

/// <summary>Reads a CCSDS OEM (502.0-B-3) in KVN or XML, streaming: the text is lexed line by line (KVN) or node by node (XML).</summary>
public static class OemReader
{
    private static readonly string[] s_csvHeaderKeys = [OemKeys.Version];

    /// <summary>Reads an OEM from a text reader.</summary>
    /// <param name="reader">The reader; not closed.</param>
    /// <returns>The message and diagnostics.</returns>
    public static OemReadResult Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var diagnostics = new List<Diagnostic>();
        ICcsdsLexer lexer = CcsdsFormatDetector.Open(reader, s_csvHeaderKeys, diagnostics, out CcsdsFormat format);
        Oem? oem = null;
        try
        {
            if (format is CcsdsFormat.Kvn or CcsdsFormat.Xml)
            {
                var parser = new OemParser(format, diagnostics);
                while (lexer.TryRead(out CcsdsToken token))
                {
                    parser.Feed(token);
                }

                oem = parser.Finish(0);
            }
            else
            {
                diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsNoMessage, DiagnosticSeverity.Error, 0, 0, null, "OEM (KVN or XML)"));
            }
        }
        finally
        {
            (lexer as IDisposable)?.Dispose();
        }

        if (diagnostics.Any(d => d.IsError))
        {
            oem = null;
        }

        ImmutableArray<Diagnostic> ordered = [.. diagnostics.OrderBy(d => d.Line)];
        return new OemReadResult(format, oem, ordered);
    }

    /// <summary>Reads an OEM from a stream (UTF-8 unless a byte-order mark says otherwise).</summary>
    /// <param name="stream">The stream; left open.</param>
    /// <returns>The message and diagnostics.</returns>
    public static OemReadResult Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 65_536, leaveOpen: true);
        return Read(reader);
    }

    /// <summary>Reads an OEM from a string.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The message and diagnostics.</returns>
    public static OemReadResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Read(reader);
    }
}
