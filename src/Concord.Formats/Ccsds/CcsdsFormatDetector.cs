namespace Concord.Formats.Ccsds;

/// <summary>Detects the encoding of a CCSDS input from its content (never from a file name) and opens its lexer.</summary>
/// <remarks>The first non-blank character decides: <c>&lt;</c> is XML, <c>[</c> or <c>{</c> is JSON; otherwise the
/// first non-blank line is CSV when it holds commas, no <c>=</c>, and a message's first keyword (for example
/// <c>OBJECT_NAME</c> or <c>CCSDS_OMM_VERS</c>), and KVN else. Only the first line is looked at before lexing starts.
/// Whatever the encoding, a value holding a control character is reported (<see cref="Diagnostics.ErrorCodes.CcsdsInvalidValue"/>)
/// and its token dropped.</remarks>
public static class CcsdsFormatDetector
{
    /// <summary>Detects the encoding of <paramref name="reader"/> and returns a lexer positioned at its first token.</summary>
    /// <param name="csvHeaderKeys">Keywords whose presence in a comma-separated first line marks CSV.</param>
    /// <param name="diagnostics">Receives the lexer's diagnostics.</param>
    public static ICcsdsLexer Open(TextReader reader, IReadOnlyList<string> csvHeaderKeys, List<Diagnostics.Diagnostic> diagnostics, out CcsdsFormat format)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(csvHeaderKeys);
        ArgumentNullException.ThrowIfNull(diagnostics);
        int linesSkipped = 0;
        int next;
        while ((next = reader.Peek()) >= 0 && (char.IsWhiteSpace((char)next) || next == '\uFEFF'))
        {
            if (reader.Read() == '\n')
            {
                linesSkipped++;
            }
        }

        if (next == '<')
        {
            format = CcsdsFormat.Xml;
            return new CharacterCheckedLexer(new Xml.XmlLexer(reader, diagnostics, linesSkipped), diagnostics);
        }

        if (next is '[' or '{')
        {
            format = CcsdsFormat.Json;
            return new CharacterCheckedLexer(new Json.JsonLexer(reader.ReadToEnd(), diagnostics, linesSkipped), diagnostics);
        }

        string first = reader.ReadLine() ?? string.Empty;
        var rest = new PrependedLineReader(first, reader);
        bool csv = first.Contains(',', StringComparison.Ordinal) && !first.Contains('=', StringComparison.Ordinal)
            && csvHeaderKeys.Any(k => first.Contains(k, StringComparison.Ordinal));
        format = csv ? CcsdsFormat.Csv : CcsdsFormat.Kvn;
        ICcsdsLexer lexer = csv ? new Csv.CsvLexer(rest, diagnostics, linesSkipped + 1) : new Kvn.KvnLexer(rest, diagnostics, linesSkipped + 1);
        return new CharacterCheckedLexer(lexer, diagnostics);
    }

    /// <summary>A reader that returns one line already read, then the rest of another reader (line by line).</summary>
    private sealed class PrependedLineReader(string firstLine, TextReader rest) : TextReader
    {
        private string? _firstLine = firstLine;

        public override string? ReadLine()
        {
            if (_firstLine is { } line)
            {
                _firstLine = null;
                return line;
            }

            return rest.ReadLine();
        }

        public override int Peek() => _firstLine is null ? rest.Peek() : (_firstLine.Length > 0 ? _firstLine[0] : '\n');

        public override int Read()
        {
            if (_firstLine is null)
            {
                return rest.Read();
            }

            if (_firstLine.Length == 0)
            {
                _firstLine = null;
                return '\n';
            }

            char c = _firstLine[0];
            _firstLine = _firstLine[1..];
            return c;
        }
    }
}
