namespace Concord.Formats.Ccsds;

/// <summary>One lexical element of a CCSDS navigation data message, the same for every encoding (KVN, XML, JSON,
/// CSV): lexers produce it, message parsers consume it (R10).</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Key">The keyword (<c>EPOCH</c>), or the block name (<c>META</c>, <c>metadata</c>, <c>object</c>, <c>row</c>);
/// empty for comments and data lines.</param>
/// <param name="Value">The value with surrounding whitespace removed; empty when the input gave none.</param>
/// <param name="Unit">The unit from <c>[unit]</c> (KVN) or <c>units="…"</c> (XML), trimmed; null when absent or empty.</param>
/// <param name="Line">1-based input line (for CSV the row's line, for JSON the line of the property).</param>
/// <param name="Column">1-based column where the token starts; 0 when unknown.</param>
public readonly record struct CcsdsToken(CcsdsTokenKind Kind, string Key, string Value, string? Unit, int Line, int Column);
