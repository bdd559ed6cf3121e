using System.Collections.Immutable;
using System.Text;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds.Cdm;

/// <summary>Reads CDMs (CCSDS 508.0-B-1 and the draft v2 keywords) from KVN or NDM/XML, the encoding detected from the
/// content (<see cref="CcsdsFormatDetector"/>), leniently (R11), reporting every problem with a stable code and line.</summary>
/// <remarks>
/// <para>An input may hold several messages: concatenated KVN messages (each starting with <c>CCSDS_CDM_VERS</c>) or an
/// <c>&lt;ndm&gt;</c> container of <c>&lt;cdm&gt;</c> elements. A message with an error is never returned as valid.
/// Unknown keywords are <see cref="ErrorCodes.CcsdsUnexpectedKeyword"/>, bad numbers <see cref="ErrorCodes.CcsdsNumberFormat"/>,
/// impossible dates <see cref="ErrorCodes.CcsdsDateFormat"/>, absent or empty mandatory keywords
/// <see cref="ErrorCodes.CcsdsMissingKey"/>. An empty optional keyword is absent.</para>
/// <para>Leniencies, each reported as a warning: a value <c>NaN</c> (CARA's sample CDMs) is read as absent
/// (<see cref="ErrorCodes.CcsdsNumberFormat"/>, warning; a mandatory one is then missing); a unit of another dimension
/// (CARA writes <c>[m]</c> on relative velocities) keeps the number in the standard unit
/// (<see cref="ErrorCodes.CcsdsIncompatibleUnits"/>, warning). Compatible units are converted to the standard unit.</para>
/// <para>Thread-safe: every call is independent.</para>
/// </remarks>
public static class CdmReader
{
    private static readonly string[] s_csvHeaderKeys = [CdmKeys.Version];

    /// <summary>Reads every message from <paramref name="reader"/> to its end.</summary>
    public static CdmReadResult Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = ImmutableArray.CreateBuilder<CcsdsReadEntry<Cdm>>();
        var all = ImmutableArray.CreateBuilder<Diagnostic>();
        var lexDiagnostics = new List<Diagnostic>();
        ICcsdsLexer lexer = CcsdsFormatDetector.Open(reader, s_csvHeaderKeys, lexDiagnostics, out CcsdsFormat format);
        var tokens = new List<CcsdsToken>();
        bool inMessage = false;
        int firstLine = 0;
        void Close()
        {
            // The lexer's diagnostics so far (a malformed line, a value with a control character) belong to this
            // message: an error among them fails it, as the parser's own errors do.
            var diagnostics = new List<Diagnostic>(lexDiagnostics);
            lexDiagnostics.Clear();
            Cdm? cdm = CdmParser.Parse(tokens, format, firstLine, diagnostics);
            if (diagnostics.Any(d => d.IsError))
            {
                cdm = null;
            }

            entries.Add(new CcsdsReadEntry<Cdm>(cdm, firstLine, [.. diagnostics]));
            all.AddRange(diagnostics);
            tokens.Clear();
        }

        try
        {
            while (lexer.TryRead(out CcsdsToken token))
            {
                if (format == CcsdsFormat.Kvn)
                {
                    if (token.Kind == CcsdsTokenKind.KeyValue && token.Key == CdmKeys.Version && tokens.Any(t => t.Kind == CcsdsTokenKind.KeyValue))
                    {
                        Close();
                    }

                    if (tokens.Count == 0)
                    {
                        firstLine = token.Line;
                    }

                    tokens.Add(token);
                }
                else if (format == CcsdsFormat.Xml)
                {
                    if (inMessage)
                    {
                        if (token.Kind == CcsdsTokenKind.BlockEnd && token.Key == "cdm")
                        {
                            inMessage = false;
                            Close();
                        }
                        else
                        {
                            tokens.Add(token);
                        }
                    }
                    else if (token.Kind == CcsdsTokenKind.BlockStart && token.Key == "cdm")
                    {
                        inMessage = true;
                        firstLine = token.Line;
                    }
                    else if (token.Key != "ndm" && token.Kind != CcsdsTokenKind.Comment)
                    {
                        lexDiagnostics.Add(new Diagnostic(ErrorCodes.CcsdsUnexpectedKeyword, DiagnosticSeverity.Error, token.Line, token.Column,
                            token.Key, token.Key, "a CDM document (cdm or ndm expected)"));
                    }
                }
                else
                {
                    lexDiagnostics.Add(new Diagnostic(ErrorCodes.CcsdsUnexpectedKeyword, DiagnosticSeverity.Error, token.Line, token.Column,
                        token.Key, token.Key, "a CDM (KVN or XML expected)"));
                    break;
                }
            }

            if (tokens.Count > 0 || inMessage)
            {
                Close();
            }
        }
        finally
        {
            (lexer as IDisposable)?.Dispose();
        }

        all.AddRange(lexDiagnostics);
        if (entries.Count == 0 || (entries.All(e => e.Message is null) && !all.Any(d => d.IsError)))
        {
            all.Add(new Diagnostic(ErrorCodes.CcsdsNoMessage, DiagnosticSeverity.Error, 0, 0, null, "CDM"));
        }

        return new CdmReadResult(format, entries.ToImmutable(), [.. all.OrderBy(d => d.Line)]);
    }

    /// <summary>Reads every message from <paramref name="stream"/> (encoding from its BOM, UTF-8 otherwise); the stream is left open.</summary>
    public static CdmReadResult Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 65_536, leaveOpen: true);
        return Read(reader);
    }

    /// <summary>Reads every message in <paramref name="text"/>.</summary>
    public static CdmReadResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Read(reader);
    }
}
