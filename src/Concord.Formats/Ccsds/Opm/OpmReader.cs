using System.Collections.Immutable;
using System.Text;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds.Opm;

/// <summary>Reads a CCSDS OPM (502.0-B-3) in KVN or XML.</summary>
public static class OpmReader
{
    private static readonly string[] s_csvHeaderKeys = [OpmKeys.Version];

    /// <summary>Reads an OPM from a text reader.</summary>
    /// <param name="reader">The reader; not closed.</param>
    /// <returns>The message and diagnostics.</returns>
    public static OpmReadResult Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var diagnostics = new List<Diagnostic>();
        ICcsdsLexer lexer = CcsdsFormatDetector.Open(reader, s_csvHeaderKeys, diagnostics, out CcsdsFormat format);
        Opm? oem = null;
        try
        {
            if (format is CcsdsFormat.Kvn or CcsdsFormat.Xml)
            {
                var parser = new OpmParser(format, diagnostics);
                while (lexer.TryRead(out CcsdsToken token))
                {
                    parser.Feed(token);
                }

                oem = parser.Finish(0);
            }
            else
            {
                diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsNoMessage, DiagnosticSeverity.Error, 0, 0, null, "OPM (KVN or XML)"));
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
        return new OpmReadResult(format, oem, ordered);
    }

    /// <summary>Reads an OPM from a stream (UTF-8 unless a byte-order mark says otherwise).</summary>
    /// <param name="stream">The stream; left open.</param>
    /// <returns>The message and diagnostics.</returns>
    public static OpmReadResult Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 65_536, leaveOpen: true);
        return Read(reader);
    }

    /// <summary>Reads an OPM from a string.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The message and diagnostics.</returns>
    public static OpmReadResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Read(reader);
    }
}
