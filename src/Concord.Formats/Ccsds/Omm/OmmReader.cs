using System.Collections.Immutable;
using System.Text;
using Concord.Formats.Ccsds.Csv;
using Concord.Formats.Ccsds.Json;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds.Omm;

/// <summary>Reads OMMs (CCSDS 502.0-B-3) from KVN, NDM/XML, and the catalogues' JSON and CSV, the encoding detected
/// from the content (<see cref="CcsdsFormatDetector"/>), leniently (R11), reporting every problem with a stable code
/// and line (R13, R14).</summary>
/// <remarks>
/// <para>An input may hold many messages: concatenated KVN messages (each starting with <c>CCSDS_OMM_VERS</c>), an
/// <c>&lt;ndm&gt;</c> container, a JSON array, CSV rows. Each is returned with its line and diagnostics; a message with an
/// error is never returned as valid. Unknown keywords are <see cref="ErrorCodes.CcsdsUnexpectedKeyword"/>, bad numbers
/// <see cref="ErrorCodes.CcsdsNumberFormat"/>, absent or empty mandatory keywords <see cref="ErrorCodes.CcsdsMissingKey"/>,
/// units of another dimension <see cref="ErrorCodes.CcsdsIncompatibleUnits"/> (compatible units are converted to the
/// standard unit). Catalogue leniencies are in <see cref="OmmReadOptions"/>.</para>
/// <para>Pipeline (R10): lexer (KVN, XML, JSON, CSV) → <see cref="CcsdsToken"/> → OMM parser (key table
/// <see cref="OmmKeys"/>) → <see cref="Omm"/> → <see cref="OmmConverter"/>. KVN and CSV stream line by line; XML streams
/// through <see cref="System.Xml.XmlReader"/>; JSON is parsed from one buffer. Thread-safe: every call is independent.</para>
/// </remarks>
public static class OmmReader
{
    private static readonly string[] s_csvHeaderKeys = [OmmKeys.Version, "OBJECT_NAME", "NORAD_CAT_ID", "EPOCH"];

    /// <summary>Reads every message from <paramref name="reader"/> to its end.</summary>
    public static OmmReadResult Read(TextReader reader, OmmReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = ImmutableArray.CreateBuilder<CcsdsReadEntry<Omm>>();
        var all = ImmutableArray.CreateBuilder<Diagnostic>();
        CcsdsFormat format = CcsdsFormat.Kvn;
        foreach (CcsdsReadEntry<Omm> entry in Enumerate(reader, options, f => format = f))
        {
            entries.Add(entry);
            all.AddRange(entry.Diagnostics);
        }

        if (entries.Count == 0 || (entries.All(e => e.Message is null) && !all.Any(d => d.IsError)))
        {
            all.Add(new Diagnostic(ErrorCodes.CcsdsNoMessage, DiagnosticSeverity.Error, 0, 0, null, "OMM"));
        }

        ImmutableArray<Diagnostic> ordered = [.. all.OrderBy(d => d.Line)];
        return new OmmReadResult(format, entries.ToImmutable(), ordered);
    }

    /// <summary>Reads every message from <paramref name="stream"/> (encoding from its BOM, UTF-8 otherwise); the stream is left open.</summary>
    public static OmmReadResult Read(Stream stream, OmmReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 65_536, leaveOpen: true);
        return Read(reader, options);
    }

    /// <summary>Reads every message in <paramref name="text"/>.</summary>
    public static OmmReadResult Parse(string text, OmmReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Read(reader, options);
    }

    /// <summary>Reads the messages one at a time, as they are lexed (for inputs too large to hold as results).</summary>
    /// <remarks>Problems of the input as a whole (XML not well formed before any message, keywords outside any message)
    /// come as entries with a null message.</remarks>
    public static IEnumerable<CcsdsReadEntry<Omm>> Enumerate(TextReader reader, OmmReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Enumerate(reader, options, static _ => { });
    }

    private static IEnumerable<CcsdsReadEntry<Omm>> Enumerate(TextReader reader, OmmReadOptions? options, Action<CcsdsFormat> formatDetected)
    {
        options ??= OmmReadOptions.Default;
        var lexDiagnostics = new List<Diagnostic>();
        ICcsdsLexer lexer = CcsdsFormatDetector.Open(reader, s_csvHeaderKeys, lexDiagnostics, out CcsdsFormat format);
        formatDetected(format);
        var tokens = new List<CcsdsToken>();
        bool inMessage = false;
        int firstLine = 0;
        int skipDepth = 0;
        string? skipName = null;
        try
        {
            while (lexer.TryRead(out CcsdsToken token))
            {
                switch (format)
                {
                    case CcsdsFormat.Kvn:
                        if (token.Kind == CcsdsTokenKind.KeyValue && token.Key == OmmKeys.Version && tokens.Any(t => t.Kind == CcsdsTokenKind.KeyValue))
                        {
                            yield return Close(tokens, format, options, firstLine, lexDiagnostics);
                        }

                        if (tokens.Count == 0)
                        {
                            firstLine = token.Line;
                        }

                        tokens.Add(token);
                        break;
                    case CcsdsFormat.Xml:
                        if (skipName is not null)
                        {
                            if (token.Kind == CcsdsTokenKind.BlockStart && token.Key == skipName)
                            {
                                skipDepth++;
                            }
                            else if (token.Kind == CcsdsTokenKind.BlockEnd && token.Key == skipName && --skipDepth == 0)
                            {
                                skipName = null;
                            }
                        }
                        else if (inMessage)
                        {
                            if (token.Kind == CcsdsTokenKind.BlockEnd && token.Key == "omm")
                            {
                                inMessage = false;
                                yield return Close(tokens, format, options, firstLine, lexDiagnostics);
                            }
                            else
                            {
                                tokens.Add(token);
                            }
                        }
                        else if (token.Kind == CcsdsTokenKind.BlockStart && token.Key == "omm")
                        {
                            inMessage = true;
                            firstLine = token.Line;
                            tokens.Add(token);
                        }
                        else if (token.Key != "ndm" && token.Kind != CcsdsTokenKind.Comment)
                        {
                            lexDiagnostics.Add(new Diagnostic(ErrorCodes.CcsdsUnexpectedKeyword, DiagnosticSeverity.Error, token.Line, token.Column,
                                token.Key, token.Key, "an OMM document (omm or ndm expected)"));
                            if (token.Kind == CcsdsTokenKind.BlockStart)
                            {
                                skipName = token.Key;
                                skipDepth = 1;
                            }
                        }

                        break;
                    default:
                        if (token.Kind == CcsdsTokenKind.BlockStart && token.Key is JsonLexer.ObjectBlock or CsvLexer.RowBlock)
                        {
                            firstLine = token.Line;
                            tokens.Clear();
                        }
                        else if (token.Kind == CcsdsTokenKind.BlockEnd && token.Key is JsonLexer.ObjectBlock or CsvLexer.RowBlock)
                        {
                            yield return Close(tokens, format, options, firstLine, lexDiagnostics);
                        }
                        else
                        {
                            tokens.Add(token);
                        }

                        break;
                }
            }

            if (tokens.Count > 0 || inMessage)
            {
                yield return Close(tokens, format, options, firstLine, lexDiagnostics);
            }

            if (lexDiagnostics.Count > 0)
            {
                yield return new CcsdsReadEntry<Omm>(null, lexDiagnostics[0].Line, [.. lexDiagnostics]);
            }
        }
        finally
        {
            (lexer as IDisposable)?.Dispose();
        }
    }

    private static CcsdsReadEntry<Omm> Close(List<CcsdsToken> tokens, CcsdsFormat format, OmmReadOptions options, int firstLine, List<Diagnostic> lexDiagnostics)
    {
        var diagnostics = new List<Diagnostic>(lexDiagnostics);
        lexDiagnostics.Clear();
        Omm? omm = OmmParser.Parse(tokens, format, options, firstLine, diagnostics);
        tokens.Clear();
        if (diagnostics.Any(d => d.IsError))
        {
            omm = null; // an error of the lexer inside the message (a malformed line) fails the message too, not only the input
        }

        ImmutableArray<Diagnostic> ordered = diagnostics.Count == 0 ? [] : [.. diagnostics.OrderBy(d => d.Line)];
        return new CcsdsReadEntry<Omm>(omm, firstLine, ordered);
    }
}
