using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds.Kvn;

/// <summary>Streams the lines of a KVN message (CCSDS 502.0 / 508.0 section "KVN") as <see cref="CcsdsToken"/>s,
/// one line at a time: the text is never held whole.</summary>
/// <remarks>
/// <para>Lenient (R11): <c>KEY = value</c>, <c>KEY=value</c>, <c>KEY     =value</c>, values with trailing blanks,
/// <c>[unit]</c> after the value, CRLF or LF, a UTF-8 BOM, blank lines, and <c>COMMENT</c> lines holding any text
/// (an <c>=</c> included). <c>XXX_START</c> / <c>XXX_STOP</c> lines are block tokens with key <c>XXX</c>; other
/// lines without <c>=</c> are <see cref="CcsdsTokenKind.Data"/> tokens (OEM ephemeris lines), for the parser to judge.</para>
/// <para>Reported (<see cref="ErrorCodes.CcsdsMalformedLine"/>, the line skipped): a line whose keyword is empty or
/// is not made of capital letters, digits and underscores. Not thread-safe: one lexer per reader.</para>
/// </remarks>
public sealed class KvnLexer : ICcsdsLexer
{
    private const string CommentKeyword = "COMMENT";
    private const string StartSuffix = "_START";
    private const string StopSuffix = "_STOP";

    private readonly TextReader _reader;
    private readonly List<Diagnostic> _diagnostics;
    private readonly int _firstLine;
    private int _line;

    /// <summary>A lexer over <paramref name="reader"/> whose next line is line <paramref name="firstLine"/> of the input.</summary>
    /// <param name="diagnostics">Receives a diagnostic per malformed line.</param>
    public KvnLexer(TextReader reader, List<Diagnostic> diagnostics, int firstLine = 1)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentOutOfRangeException.ThrowIfLessThan(firstLine, 1);
        _reader = reader;
        _diagnostics = diagnostics;
        _firstLine = firstLine;
        _line = firstLine - 1;
    }

    /// <summary>Reads the next token; false at the end of the input.</summary>
    public bool TryRead(out CcsdsToken token)
    {
        string? text;
        while ((text = _reader.ReadLine()) is not null)
        {
            _line++;
            if (_line == _firstLine && text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text[1..];
            }

            if (TryLex(text, _line, _diagnostics, out token))
            {
                return true;
            }
        }

        token = default;
        return false;
    }

    /// <summary>Lexes one line; false for a blank or malformed line (the latter reported to <paramref name="diagnostics"/>).</summary>
    public static bool TryLex(string text, int line, List<Diagnostic> diagnostics, out CcsdsToken token)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        token = default;
        ReadOnlySpan<char> span = text.AsSpan();
        int start = 0;
        while (start < span.Length && char.IsWhiteSpace(span[start]))
        {
            start++;
        }

        ReadOnlySpan<char> trimmed = span[start..].TrimEnd();
        if (trimmed.IsEmpty)
        {
            return false;
        }

        int column = start + 1;
        if (trimmed.StartsWith(CommentKeyword, StringComparison.Ordinal)
            && (trimmed.Length == CommentKeyword.Length || char.IsWhiteSpace(trimmed[CommentKeyword.Length])))
        {
            // "COMMENT =text" (Space-Track's aligned KVN) uses the '=' as a separator; later '=' signs are text.
            ReadOnlySpan<char> comment = trimmed[CommentKeyword.Length..].Trim();
            if (comment.Length > 0 && comment[0] == '=')
            {
                comment = comment[1..].TrimStart();
            }

            token = new CcsdsToken(CcsdsTokenKind.Comment, string.Empty, comment.ToString(), null, line, column);
            return true;
        }

        int equals = trimmed.IndexOf('=');
        if (equals < 0)
        {
            if (IsKeyword(trimmed) && trimmed.EndsWith(StartSuffix, StringComparison.Ordinal))
            {
                token = new CcsdsToken(CcsdsTokenKind.BlockStart, trimmed[..^StartSuffix.Length].ToString(), string.Empty, null, line, column);
            }
            else if (IsKeyword(trimmed) && trimmed.EndsWith(StopSuffix, StringComparison.Ordinal))
            {
                token = new CcsdsToken(CcsdsTokenKind.BlockEnd, trimmed[..^StopSuffix.Length].ToString(), string.Empty, null, line, column);
            }
            else
            {
                token = new CcsdsToken(CcsdsTokenKind.Data, string.Empty, trimmed.ToString(), null, line, column);
            }

            return true;
        }

        ReadOnlySpan<char> key = trimmed[..equals].TrimEnd();
        if (!IsKeyword(key))
        {
            diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsMalformedLine, DiagnosticSeverity.Error, line, column, null, trimmed.ToString()));
            return false;
        }

        ReadOnlySpan<char> value = trimmed[(equals + 1)..].Trim();
        string? unit = null;
        if (value.Length > 0 && value[^1] == ']')
        {
            int open = value.LastIndexOf('[');
            if (open >= 0)
            {
                ReadOnlySpan<char> unitText = value[(open + 1)..^1].Trim();
                unit = unitText.IsEmpty ? null : unitText.ToString();
                value = value[..open].TrimEnd();
            }
        }

        token = new CcsdsToken(CcsdsTokenKind.KeyValue, key.ToString(), value.ToString(), unit, line, column);
        return true;
    }

    private static bool IsKeyword(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
