using System.Globalization;
using System.Text;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds.Csv;

/// <summary>Streams the catalogues' CSV dialect (a header row of CCSDS keywords, then one message per row) as
/// <see cref="CcsdsToken"/>s: per row a <see cref="CcsdsTokenKind.BlockStart"/> with key <c>row</c>, a keyword per
/// non-empty field (line = the row's line, column = the field's), and a <see cref="CcsdsTokenKind.BlockEnd"/>.</summary>
/// <remarks>RFC 4180 quoting (<c>"a, b"</c>, <c>""</c> for a quote, a quoted field may span lines); blank lines are
/// skipped; fields are trimmed; empty fields are absent. A row whose field count differs from the header's, or an
/// unterminated quote, is reported as <see cref="ErrorCodes.CcsdsCsvFormat"/> (its tokens still follow, so the row's
/// message is rejected). One line is held at a time. Not thread-safe.</remarks>
public sealed class CsvLexer : ICcsdsLexer
{
    /// <summary>Block key of one CSV row.</summary>
    public const string RowBlock = "row";

    private readonly TextReader _reader;
    private readonly List<Diagnostic> _diagnostics;
    private readonly List<string> _fields = [];
    private readonly List<int> _columns = [];
    private readonly Queue<CcsdsToken> _pending = new();
    private readonly StringBuilder _builder = new();
    private string[]? _header;
    private int _line;

    /// <summary>A lexer over <paramref name="reader"/>, whose next line is line <paramref name="firstLine"/>.</summary>
    public CsvLexer(TextReader reader, List<Diagnostic> diagnostics, int firstLine = 1)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(diagnostics);
        _reader = reader;
        _diagnostics = diagnostics;
        _line = firstLine - 1;
    }

    /// <summary>Reads the next token; false at the end.</summary>
    public bool TryRead(out CcsdsToken token)
    {
        while (_pending.Count == 0)
        {
            if (!ReadRow(out int rowLine))
            {
                token = default;
                return false;
            }

            if (_header is null)
            {
                _header = [.. _fields];
                if (_header.Length > 0 && _header[0].Length > 0 && _header[0][0] == '\uFEFF')
                {
                    _header[0] = _header[0][1..];
                }

                continue;
            }

            if (_fields.Count != _header.Length)
            {
                _diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsCsvFormat, DiagnosticSeverity.Error, rowLine, 0, null,
                    string.Create(CultureInfo.InvariantCulture, $"{_fields.Count} fields where the header has {_header.Length}")));
            }

            _pending.Enqueue(new CcsdsToken(CcsdsTokenKind.BlockStart, RowBlock, string.Empty, null, rowLine, 1));
            int count = Math.Min(_fields.Count, _header.Length);
            for (int i = 0; i < count; i++)
            {
                if (_fields[i].Length > 0)
                {
                    _pending.Enqueue(new CcsdsToken(CcsdsTokenKind.KeyValue, _header[i], _fields[i], null, rowLine, _columns[i]));
                }
            }

            _pending.Enqueue(new CcsdsToken(CcsdsTokenKind.BlockEnd, RowBlock, string.Empty, null, rowLine, 1));
        }

        token = _pending.Dequeue();
        return true;
    }

    private bool ReadRow(out int rowLine)
    {
        _fields.Clear();
        _columns.Clear();
        string? text;
        do
        {
            text = _reader.ReadLine();
            _line++;
            if (text is null)
            {
                rowLine = _line;
                return false;
            }
        }
        while (string.IsNullOrWhiteSpace(text));

        rowLine = _line;
        int i = 0;
        while (true)
        {
            int column = i + 1;
            _builder.Clear();
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (i < text.Length && text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        string? next = _reader.ReadLine();
                        if (next is null)
                        {
                            _diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsCsvFormat, DiagnosticSeverity.Error, rowLine, column, null, "unterminated quoted field"));
                            break;
                        }

                        _line++;
                        _builder.Append('\n');
                        text = next;
                        i = 0;
                        continue;
                    }

                    char c = text[i++];
                    if (c == '"')
                    {
                        if (i < text.Length && text[i] == '"')
                        {
                            _builder.Append('"');
                            i++;
                            continue;
                        }

                        break;
                    }

                    _builder.Append(c);
                }

                while (i < text.Length && text[i] != ',')
                {
                    i++;
                }

                _fields.Add(_builder.ToString().Trim());
            }
            else
            {
                int comma = text.IndexOf(',', i);
                int end = comma < 0 ? text.Length : comma;
                _fields.Add(text.AsSpan(i, end - i).Trim().ToString());
                i = end;
            }

            _columns.Add(column);
            if (i >= text.Length)
            {
                return true;
            }

            i++;
        }
    }
}
