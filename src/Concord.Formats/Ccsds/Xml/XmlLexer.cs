using System.Xml;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds.Xml;

/// <summary>Streams an NDM/XML document (CCSDS 505.0) as the same <see cref="CcsdsToken"/>s as KVN: an element holding
/// text is a keyword (its name) with its value, <c>units="…"</c> its unit; an element holding elements (<c>ndm</c>,
/// <c>omm</c>, <c>header</c>, <c>body</c>, <c>segment</c>, <c>metadata</c>, <c>data</c>, <c>meanElements</c>,
/// <c>covarianceMatrix</c>…) is a block; <c>COMMENT</c> elements are comments.</summary>
/// <remarks>
/// <para>Namespace-qualified and unqualified documents read alike (local names). An empty element is a keyword with
/// an empty value. A message root's <c>id="CCSDS_XXX_VERS" version="v"</c> attributes become the keyword
/// <c>CCSDS_XXX_VERS = v</c> right after its block start; <c>&lt;USER_DEFINED parameter="P"&gt;</c> becomes the keyword
/// <c>USER_DEFINED_P</c>. Give a reader that detected the encoding (a UTF-16 BOM included).</para>
/// <para>Secure: DTDs are prohibited, nothing external is resolved, entity expansion is off and documents are
/// limited to <see cref="MaxCharacters"/>. A document that is not well formed ends the token stream with one
/// <see cref="ErrorCodes.CcsdsXmlNotWellFormed"/> at the parser's line and column; nothing is thrown.
/// Not thread-safe: one lexer per reader.</para>
/// </remarks>
public sealed class XmlLexer : ICcsdsLexer, IDisposable
{
    /// <summary>The largest document read, in characters (1 GiChar).</summary>
    public const long MaxCharacters = 1L << 30;

    private readonly XmlReader _reader;
    private readonly List<Diagnostic> _diagnostics;
    private readonly int _lineOffset;
    private readonly Queue<CcsdsToken> _pending = new();
    private bool _done;

    /// <summary>A lexer over <paramref name="reader"/>, whose first line is line <paramref name="lineOffset"/> + 1 of the input.</summary>
    public XmlLexer(TextReader reader, List<Diagnostic> diagnostics, int lineOffset = 0)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxCharacters,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        };
        _reader = XmlReader.Create(reader, settings);
        _diagnostics = diagnostics;
        _lineOffset = lineOffset;
    }

    /// <summary>Reads the next token; false at the end of the document or after a well-formedness error.</summary>
    public bool TryRead(out CcsdsToken token)
    {
        while (_pending.Count == 0 && !_done)
        {
            try
            {
                Advance();
            }
            catch (XmlException exception)
            {
                _done = true;
                _diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsXmlNotWellFormed, DiagnosticSeverity.Error,
                    exception.LineNumber + _lineOffset, exception.LinePosition, null, exception.Message));
            }
        }

        return _pending.TryDequeue(out token);
    }

    /// <inheritdoc/>
    public void Dispose() => _reader.Dispose();

    private void Advance()
    {
        if (!_reader.Read())
        {
            _done = true;
            return;
        }

        var info = (IXmlLineInfo)_reader;
        switch (_reader.NodeType)
        {
            case XmlNodeType.Element:
                ReadElement(info);
                break;
            case XmlNodeType.EndElement:
                _pending.Enqueue(new CcsdsToken(CcsdsTokenKind.BlockEnd, _reader.LocalName, string.Empty, null, info.LineNumber + _lineOffset, info.LinePosition));
                break;
            case XmlNodeType.Text:
            case XmlNodeType.CDATA:
                _pending.Enqueue(new CcsdsToken(CcsdsTokenKind.Data, string.Empty, _reader.Value.Trim(), null, info.LineNumber + _lineOffset, info.LinePosition));
                break;
            default:
                break;
        }
    }

    private void ReadElement(IXmlLineInfo info)
    {
        string name = _reader.LocalName;
        int line = info.LineNumber + _lineOffset;
        int column = info.LinePosition;
        string? unit = NullIfEmpty(_reader.GetAttribute("units"));
        string? parameter = _reader.GetAttribute("parameter");
        string? id = _reader.GetAttribute("id");
        string? version = _reader.GetAttribute("version");
        string key = name == "USER_DEFINED" && parameter is not null ? "USER_DEFINED_" + parameter.Trim() : name;
        if (_reader.IsEmptyElement)
        {
            Emit(key, string.Empty, unit, line, column);
            return;
        }

        // Look ahead one node: text means a keyword, an element means a block.
        if (!_reader.Read())
        {
            _done = true;
            return;
        }

        switch (_reader.NodeType)
        {
            case XmlNodeType.Text:
            case XmlNodeType.CDATA:
            case XmlNodeType.SignificantWhitespace:
                string value = _reader.Value.Trim();
                Emit(key, value, unit, line, column);
                SkipToEndOf(name);
                break;
            case XmlNodeType.EndElement:
                Emit(key, string.Empty, unit, line, column);
                break;
            default:
                _pending.Enqueue(new CcsdsToken(CcsdsTokenKind.BlockStart, name, string.Empty, null, line, column));
                if (id is not null && version is not null && id.StartsWith("CCSDS_", StringComparison.Ordinal))
                {
                    _pending.Enqueue(new CcsdsToken(CcsdsTokenKind.KeyValue, id, version.Trim(), null, line, column));
                }

                if (_reader.NodeType == XmlNodeType.Element)
                {
                    ReadElement((IXmlLineInfo)_reader);
                }

                break;
        }
    }

    private void SkipToEndOf(string name)
    {
        while (_reader.Read())
        {
            if (_reader.NodeType == XmlNodeType.EndElement && _reader.LocalName == name)
            {
                return;
            }

            if (_reader.NodeType == XmlNodeType.Element)
            {
                var info = (IXmlLineInfo)_reader;
                _pending.Enqueue(new CcsdsToken(CcsdsTokenKind.Data, _reader.LocalName, string.Empty, null, info.LineNumber + _lineOffset, info.LinePosition));
                _reader.Skip();
                if (_reader.NodeType == XmlNodeType.EndElement && _reader.LocalName == name)
                {
                    return;
                }
            }
        }
    }

    private void Emit(string key, string value, string? unit, int line, int column)
    {
        CcsdsTokenKind kind = key == "COMMENT" ? CcsdsTokenKind.Comment : CcsdsTokenKind.KeyValue;
        _pending.Enqueue(new CcsdsToken(kind, kind == CcsdsTokenKind.Comment ? string.Empty : key, value, unit, line, column));
    }

    private static string? NullIfEmpty(string? text)
    {
        string? trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
