using System.Globalization;
using System.Text;
using System.Text.Json;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds.Json;

/// <summary>Turns the catalogues' JSON dialect (an array of flat objects, or one object, keyed by CCSDS keywords)
/// into <see cref="CcsdsToken"/>s: a <see cref="CcsdsTokenKind.BlockStart"/> with key <c>object</c> per object, then a
/// keyword per property, then a <see cref="CcsdsTokenKind.BlockEnd"/>.</summary>
/// <remarks>
/// <para>Values may be JSON strings or numbers (a number's exact text is kept, so no precision is lost), booleans;
/// <c>null</c> properties are left out (absent). A property whose value is an object or array is reported as
/// <see cref="ErrorCodes.CcsdsUnexpectedKeyword"/>. Lines are those of the properties. Input that is not well formed
/// ends the tokens with <see cref="ErrorCodes.CcsdsJsonNotWellFormed"/> at its line.</para>
/// <para>The JSON is parsed from one UTF-8 buffer with <see cref="Utf8JsonReader"/> (no DOM). Not thread-safe.</para>
/// </remarks>
public sealed class JsonLexer : ICcsdsLexer
{
    /// <summary>Block key of one JSON object.</summary>
    public const string ObjectBlock = "object";

    private readonly byte[] _utf8;
    private readonly List<Diagnostic> _diagnostics;
    private readonly List<CcsdsToken> _tokens = [];
    private int _next;
    private bool _lexed;
    private readonly int _lineOffset;

    /// <summary>A lexer over <paramref name="text"/>, whose first line is line <paramref name="lineOffset"/> + 1 of the input.</summary>
    public JsonLexer(string text, List<Diagnostic> diagnostics, int lineOffset = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        _utf8 = Encoding.UTF8.GetBytes(text);
        _diagnostics = diagnostics;
        _lineOffset = lineOffset;
    }

    /// <summary>Reads the next token; false at the end.</summary>
    public bool TryRead(out CcsdsToken token)
    {
        if (!_lexed)
        {
            _lexed = true;
            Lex();
        }

        if (_next < _tokens.Count)
        {
            token = _tokens[_next++];
            return true;
        }

        token = default;
        return false;
    }

    private void Lex()
    {
        var reader = new Utf8JsonReader(_utf8, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        int line = 1 + _lineOffset;
        long counted = 0;
        int LineAt(long position)
        {
            for (long i = counted; i < position; i++)
            {
                if (_utf8[i] == (byte)'\n')
                {
                    line++;
                }
            }

            counted = Math.Max(counted, position);
            return line;
        }

        try
        {
            if (!reader.Read())
            {
                return;
            }

            if (reader.TokenType == JsonTokenType.StartObject)
            {
                ReadObject(ref reader, LineAt);
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        Fail(LineAt(reader.TokenStartIndex), "an array element is not an object");
                        return;
                    }

                    ReadObject(ref reader, LineAt);
                }
            }
            else
            {
                Fail(LineAt(reader.TokenStartIndex), "the document is neither an object nor an array");
                return;
            }

            while (reader.Read())
            {
                // Reads to the end so that trailing garbage is reported.
            }
        }
        catch (JsonException exception)
        {
            Fail((int)(exception.LineNumber ?? 0) + 1 + _lineOffset, exception.Message);
        }
    }

    private void ReadObject(ref Utf8JsonReader reader, Func<long, int> lineAt)
    {
        int objectLine = lineAt(reader.TokenStartIndex);
        _tokens.Add(new CcsdsToken(CcsdsTokenKind.BlockStart, ObjectBlock, string.Empty, null, objectLine, 0));
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            int line = lineAt(reader.TokenStartIndex);
            string key = reader.GetString() ?? string.Empty;
            reader.Read();
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    string value = reader.GetString()!.Trim();
                    _tokens.Add(key == "COMMENT"
                        ? new CcsdsToken(CcsdsTokenKind.Comment, string.Empty, value, null, line, 0)
                        : new CcsdsToken(CcsdsTokenKind.KeyValue, key, value, null, line, 0));
                    break;
                case JsonTokenType.Number:
                    _tokens.Add(new CcsdsToken(CcsdsTokenKind.KeyValue, key, Encoding.UTF8.GetString(reader.ValueSpan), null, line, 0));
                    break;
                case JsonTokenType.True:
                case JsonTokenType.False:
                    _tokens.Add(new CcsdsToken(CcsdsTokenKind.KeyValue, key, reader.GetBoolean() ? "true" : "false", null, line, 0));
                    break;
                case JsonTokenType.Null:
                    break;
                default:
                    _diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsUnexpectedKeyword, DiagnosticSeverity.Error, line, 0, key, key, "a flat JSON object"));
                    reader.Skip();
                    break;
            }
        }

        _tokens.Add(new CcsdsToken(CcsdsTokenKind.BlockEnd, ObjectBlock, string.Empty, null, lineAt(reader.TokenStartIndex), 0));
    }

    private void Fail(int line, string reason)
        => _diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsJsonNotWellFormed, DiagnosticSeverity.Error, line, 0, null,
            reason));
}
