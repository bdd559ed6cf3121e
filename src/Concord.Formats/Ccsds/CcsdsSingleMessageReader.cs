using System.Collections.Immutable;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds;

/// <summary>The read loop shared by the readers of messages that hold one message per document (OPM, OEM): detect the
/// format, stream the tokens into the parser, and never return a message alongside an error (R11, R13). The one entry
/// (none when the encoding is neither KVN nor XML) carries every diagnostic of the input.</summary>
internal static class CcsdsSingleMessageReader
{
    /// <summary>Reads one message.</summary>
    /// <param name="versionKey">The message's version keyword (used by format detection).</param>
    /// <param name="messageName">Name for the <see cref="ErrorCodes.CcsdsNoMessage"/> diagnostic, e.g. <c>OPM (KVN or XML)</c>.</param>
    /// <param name="createParser">Makes the parser for the detected format.</param>
    public static (CcsdsFormat Format, ImmutableArray<CcsdsReadEntry<T>> Entries, ImmutableArray<Diagnostic> Diagnostics) Read<T>(TextReader reader, string versionKey,
        string messageName, Func<CcsdsFormat, List<Diagnostic>, ICcsdsMessageParser<T>> createParser)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(reader);
        var diagnostics = new List<Diagnostic>();
        ICcsdsLexer lexer = CcsdsFormatDetector.Open(reader, [versionKey], diagnostics, out CcsdsFormat format);
        T? message = null;
        int firstLine = 0;
        bool parsed = false;
        try
        {
            if (format is CcsdsFormat.Kvn or CcsdsFormat.Xml)
            {
                ICcsdsMessageParser<T> parser = createParser(format, diagnostics);
                while (lexer.TryRead(out CcsdsToken token))
                {
                    if (firstLine == 0)
                    {
                        firstLine = token.Line;
                    }

                    parser.Feed(token);
                }

                message = parser.Finish(0);
                parsed = true;
            }
            else
            {
                diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsNoMessage, DiagnosticSeverity.Error, 0, 0, null, messageName));
            }
        }
        finally
        {
            (lexer as IDisposable)?.Dispose();
        }

        if (diagnostics.Any(d => d.IsError))
        {
            message = null;
        }

        ImmutableArray<Diagnostic> ordered = [.. diagnostics.OrderBy(d => d.Line)];
        return (format, parsed ? [new CcsdsReadEntry<T>(message, firstLine, ordered)] : [], ordered);
    }
}
