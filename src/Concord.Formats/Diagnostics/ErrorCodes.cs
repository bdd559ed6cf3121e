using System.Collections.Frozen;

namespace Concord.Formats.Diagnostics;

/// <summary>The one catalogue of diagnostic codes (R14): each code is stable once shipped, and its message
/// template (composite format, invariant culture) is documented next to it and returned by <see cref="GetTemplate"/>.</summary>
/// <remarks>Tests and callers compare codes and <see cref="Diagnostic.Arguments"/>, never message text.
/// Positions are carried by <see cref="Diagnostic.Line"/> and <see cref="Diagnostic.Column"/>, not by the templates.</remarks>
public static class ErrorCodes
{
    /// <summary><c>tle.line-length</c>: "TLE line {0} is {1} characters long; expected 69 (longer only with whitespace at column 70)."
    /// Arguments: TLE line number (1 or 2), actual length. Column: the first missing or extra column.</summary>
    public const string TleLineLength = "tle.line-length";

    /// <summary><c>tle.line-number</c>: "Expected TLE line number {0} in column 1, found '{1}'." Arguments: expected, found.</summary>
    public const string TleLineNumber = "tle.line-number";

    /// <summary><c>tle.missing-line</c>: "TLE line {0} is missing (found {1})." Arguments: the missing TLE line
    /// number (1 or 2), what came instead (<c>end of input</c>, <c>a name line</c>, <c>line 1</c>, <c>line 2</c>).
    /// Line: the line that is left without its partner.</summary>
    public const string TleMissingLine = "tle.missing-line";

    /// <summary><c>tle.separator</c>: "TLE line {0}: expected a blank at column {1}, found '{2}'."
    /// Arguments: TLE line number, column, character found. Key: the field that follows the blank.</summary>
    public const string TleSeparator = "tle.separator";

    /// <summary><c>tle.field-format</c>: "TLE line {0}: field {1} '{2}' does not match {3}."
    /// Arguments: TLE line number, field, field text, expected layout (for example <c>ddd.dddd</c>). Column: first bad character.</summary>
    public const string TleFieldFormat = "tle.field-format";

    /// <summary><c>tle.checksum</c>: "Line {0}: checksum {1} expected, found {2}."
    /// Arguments: TLE line number, computed checksum, checksum digit found. Column 69.</summary>
    public const string TleChecksum = "tle.checksum";

    /// <summary><c>tle.catalog-mismatch</c>: "Catalog number {1} on TLE line 2 differs from {0} on line 1."
    /// Arguments: line 1 number, line 2 number (as written). Column 3 of line 2.</summary>
    public const string TleCatalogMismatch = "tle.catalog-mismatch";

    /// <summary><c>tle.catalog-number</c>: "Catalog number '{0}' is not a 5-character number or Alpha-5 number (0 to 339999)."
    /// Arguments: the text read or the value given to a writer.</summary>
    public const string TleCatalogNumber = "tle.catalog-number";

    /// <summary><c>tle.out-of-range</c>: "Field {0} value {1} is outside {2}."
    /// Arguments: field, value as written, allowed range. Read side: a well-formed field with an impossible value.</summary>
    public const string TleOutOfRange = "tle.out-of-range";

    /// <summary><c>tle.trailing-content</c> (warning): "TLE line {0}: text after column 69 ignored: '{1}'."
    /// Arguments: TLE line number, the text (trimmed). Column 71 or where the text starts.</summary>
    public const string TleTrailingContent = "tle.trailing-content";

    /// <summary><c>tle.set-count</c>: "Expected exactly one element set, found {0}." Arguments: the number of sets.
    /// Reported by <see cref="Tle.TleReader.ParseSingle"/>.</summary>
    public const string TleSetCount = "tle.set-count";

    /// <summary><c>tle.unrepresentable</c>: "Set {0}: field {1} value {2} cannot be written in a TLE: {3}."
    /// Arguments: the set's catalog number, field, value (round-trip format), reason. Writer side only.</summary>
    public const string TleUnrepresentable = "tle.unrepresentable";

    /// <summary><c>format.unknown</c>: "Cannot tell the message type from the content: {0}." Arguments: what the
    /// content starts with. Detection reads the content, never the file extension.</summary>
    public const string FormatUnknown = "format.unknown";

    /// <summary><c>format.unsupported</c>: "{0} messages are recognised but not supported yet." Arguments: the message type.</summary>
    public const string FormatUnsupported = "format.unsupported";

    /// <summary><c>format.conversion</c>: "A {0} cannot be converted to {1}." Arguments: input type, requested output.</summary>
    public const string FormatConversion = "format.conversion";

    /// <summary><c>ccsds.malformed-line</c>: "Line is not KEY = value [unit], a COMMENT or a block marker: '{0}'."
    /// Arguments: the line (trimmed). Reported by the KVN lexer, or by a parser for a data line where none may be.</summary>
    public const string CcsdsMalformedLine = "ccsds.malformed-line";

    /// <summary><c>ccsds.unexpected-keyword</c>: "Keyword {0} is not expected in {1}."
    /// Arguments: the keyword (or XML element), where it was found (for example <c>OMM metadata</c>). Key: the keyword.</summary>
    public const string CcsdsUnexpectedKeyword = "ccsds.unexpected-keyword";

    /// <summary><c>ccsds.duplicate-key</c>: "Keyword {0} appears more than once in {1}."
    /// Arguments: the keyword, the message. Line: the second occurrence.</summary>
    public const string CcsdsDuplicateKey = "ccsds.duplicate-key";

    /// <summary><c>ccsds.missing-key</c>: "Required keyword {0} is missing or empty in {1}."
    /// Arguments: the keyword, where it is required. Line: the empty value's line, else the message's first line.</summary>
    public const string CcsdsMissingKey = "ccsds.missing-key";

    /// <summary><c>ccsds.number-format</c>: "Value '{1}' of {0} is not {2}." Arguments: keyword, value, what was
    /// expected (<c>a finite number</c>, <c>an integer</c>).</summary>
    public const string CcsdsNumberFormat = "ccsds.number-format";

    /// <summary><c>ccsds.date-format</c>: "Value '{1}' of {0} is not a CCSDS date (YYYY-MM-DDThh:mm:ss[.d…] or YYYY-DDDThh:mm:ss[.d…])."
    /// Arguments: keyword, value.</summary>
    public const string CcsdsDateFormat = "ccsds.date-format";

    /// <summary><c>ccsds.invalid-value</c>: "Value '{1}' of {0} is not allowed: {2}." Arguments: keyword, value, rule.</summary>
    public const string CcsdsInvalidValue = "ccsds.invalid-value";

    /// <summary><c>ccsds.incompatible-units</c>: "Unit [{1}] of {0} is not compatible with its standard unit [{2}]."
    /// Arguments: keyword, unit given, standard unit (<c>n/a</c> for dimensionless keys).</summary>
    public const string CcsdsIncompatibleUnits = "ccsds.incompatible-units";

    /// <summary><c>ccsds.xml-not-well-formed</c>: "The XML is not well formed or not allowed: {0}."
    /// Arguments: the XML parser's reason. Line and column: where the parser stopped.</summary>
    public const string CcsdsXmlNotWellFormed = "ccsds.xml-not-well-formed";

    /// <summary><c>ccsds.json-not-well-formed</c>: "The JSON is not well formed or not an object or array of objects: {0}."
    /// Arguments: the reason. Line: where reading stopped.</summary>
    public const string CcsdsJsonNotWellFormed = "ccsds.json-not-well-formed";

    /// <summary><c>ccsds.csv-format</c>: "CSV row: {0}." Arguments: the defect (field count, unterminated quote).</summary>
    public const string CcsdsCsvFormat = "ccsds.csv-format";

    /// <summary><c>ccsds.no-message</c>: "No {0} found in the input." Arguments: the message type (<c>OMM</c>).</summary>
    public const string CcsdsNoMessage = "ccsds.no-message";

    /// <summary><c>ccsds.unsupported-time-system</c>: "TIME_SYSTEM {0} cannot be converted to {1}."
    /// Arguments: the message's time system, the target (<c>UTC</c>).</summary>
    public const string CcsdsUnsupportedTimeSystem = "ccsds.unsupported-time-system";

    /// <summary><c>ccsds.omm.not-sgp4</c>: "The OMM cannot be mapped to SGP4 elements: {0} is '{1}', expected {2}."
    /// Arguments: keyword, value, what SGP4 needs. Key: the keyword.</summary>
    public const string CcsdsOmmNotSgp4 = "ccsds.omm.not-sgp4";

    /// <summary><c>ccsds.unwritable</c>: "Value '{1}' of {0} cannot be written: {2}." Arguments: keyword, value, reason.
    /// Writer side only (line 0).</summary>
    public const string CcsdsUnwritable = "ccsds.unwritable";

    private static readonly FrozenDictionary<string, string> s_templates = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [TleLineLength] = "TLE line {0} is {1} characters long; expected 69 (longer only with whitespace at column 70).",
        [TleLineNumber] = "Expected TLE line number {0} in column 1, found '{1}'.",
        [TleMissingLine] = "TLE line {0} is missing (found {1}).",
        [TleSeparator] = "TLE line {0}: expected a blank at column {1}, found '{2}'.",
        [TleFieldFormat] = "TLE line {0}: field {1} '{2}' does not match {3}.",
        [TleChecksum] = "Line {0}: checksum {1} expected, found {2}.",
        [TleCatalogMismatch] = "Catalog number {1} on TLE line 2 differs from {0} on line 1.",
        [TleCatalogNumber] = "Catalog number '{0}' is not a 5-character number or Alpha-5 number (0 to 339999).",
        [TleOutOfRange] = "Field {0} value {1} is outside {2}.",
        [TleTrailingContent] = "TLE line {0}: text after column 69 ignored: '{1}'.",
        [TleSetCount] = "Expected exactly one element set, found {0}.",
        [TleUnrepresentable] = "Set {0}: field {1} value {2} cannot be written in a TLE: {3}.",
        [FormatUnknown] = "Cannot tell the message type from the content: {0}.",
        [FormatUnsupported] = "{0} messages are recognised but not supported yet.",
        [FormatConversion] = "A {0} cannot be converted to {1}.",
        [CcsdsMalformedLine] = "Line is not KEY = value [unit], a COMMENT or a block marker: '{0}'.",
        [CcsdsUnexpectedKeyword] = "Keyword {0} is not expected in {1}.",
        [CcsdsDuplicateKey] = "Keyword {0} appears more than once in {1}.",
        [CcsdsMissingKey] = "Required keyword {0} is missing or empty in {1}.",
        [CcsdsNumberFormat] = "Value '{1}' of {0} is not {2}.",
        [CcsdsDateFormat] = "Value '{1}' of {0} is not a CCSDS date (YYYY-MM-DDThh:mm:ss[.d…] or YYYY-DDDThh:mm:ss[.d…]).",
        [CcsdsInvalidValue] = "Value '{1}' of {0} is not allowed: {2}.",
        [CcsdsIncompatibleUnits] = "Unit [{1}] of {0} is not compatible with its standard unit [{2}].",
        [CcsdsXmlNotWellFormed] = "The XML is not well formed or not allowed: {0}.",
        [CcsdsJsonNotWellFormed] = "The JSON is not well formed or not an object or array of objects: {0}.",
        [CcsdsCsvFormat] = "CSV row: {0}.",
        [CcsdsNoMessage] = "No {0} found in the input.",
        [CcsdsUnsupportedTimeSystem] = "TIME_SYSTEM {0} cannot be converted to {1}.",
        [CcsdsOmmNotSgp4] = "The OMM cannot be mapped to SGP4 elements: {0} is '{1}', expected {2}.",
        [CcsdsUnwritable] = "Value '{1}' of {0} cannot be written: {2}.",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every code in the catalogue.</summary>
    public static IReadOnlyCollection<string> All => s_templates.Keys;

    /// <summary>The message template of <paramref name="code"/>.</summary>
    /// <exception cref="ArgumentException">The code is not in the catalogue (a caller bug).</exception>
    public static string GetTemplate(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!s_templates.TryGetValue(code, out string? template))
        {
            throw new ArgumentException($"'{code}' is not a catalogued diagnostic code.", nameof(code));
        }

        return template;
    }

    /// <summary>Looks up the message template of <paramref name="code"/>; false when the code is unknown.</summary>
    public static bool TryGetTemplate(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? template)
    {
        ArgumentNullException.ThrowIfNull(code);
        return s_templates.TryGetValue(code, out template);
    }
}
