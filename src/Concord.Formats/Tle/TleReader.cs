using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Tle;

/// <summary>Reads two-line and three-line element sets leniently (R11) and reports every problem with a stable
/// code, the input line and column (R13, R14).</summary>
/// <remarks>
/// <para>Accepted: 2-line sets and 3-line sets (name line optional per set, with or without the 3LE <c>0 </c>
/// prefix), CRLF or LF, blank lines and <c>#</c> comment lines, trailing whitespace, space-padded or Alpha-5
/// catalog numbers, blank international designators, element set numbers and revolution numbers, explicit
/// <c>+</c> signs, and text after column 69 when column 70 is whitespace (reported as
/// <see cref="ErrorCodes.TleTrailingContent"/> and kept in <see cref="TleReadEntry"/>).</para>
/// <para>Never guessed: every fixed column is checked (line numbers, blanks between fields, decimal points,
/// digits, a 7-digit eccentricity, equal catalog numbers, ranges). A defective set is skipped with an error and
/// reading goes on with the next one. Checksums follow <see cref="TleReadOptions.ChecksumPolicy"/>.</para>
/// <para>Pipeline (R10): <see cref="TleLexer"/> (lines to raw sets) → <see cref="TleParser"/> (columns to
/// <see cref="Tle"/>) → <see cref="Tle.ToSgp4Elements"/> (domain). Thread-safe: every call is independent.
/// The 23,939-set Space-Track catalog reads in 50-150 ms warm (0.36 s on the first, JIT-compiling call), measured
/// with a stopwatch on a shared 2-core machine; no regular expressions, fields are parsed from spans.</para>
/// </remarks>
public static class TleReader
{
    /// <summary>Reads every set from <paramref name="reader"/> to its end.</summary>
    public static TleReadResult Read(TextReader reader, TleReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        options ??= TleReadOptions.Default;
        var lexer = new TleLexer(reader);
        var diagnostics = new List<Diagnostic>();
        var entries = ImmutableArray.CreateBuilder<TleReadEntry>();
        while (lexer.TryReadSet(diagnostics, out TleRawSet raw))
        {
            Tle? tle = TleParser.Parse(raw, options.ChecksumPolicy, diagnostics, out string? trailing1, out string? trailing2);
            if (tle is not null)
            {
                entries.Add(new TleReadEntry(tle, raw.FirstLine, trailing1, trailing2));
            }
        }

        // A set's cross-line checks come after both lines' own; report in input order (stable).
        ImmutableArray<Diagnostic> ordered = [.. diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column)];
        return new TleReadResult(entries.ToImmutable(), ordered);
    }

    /// <summary>Reads every set from <paramref name="stream"/> (ASCII/UTF-8) to its end; the stream is left open.</summary>
    public static TleReadResult Read(Stream stream, TleReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 65_536, leaveOpen: true);
        return Read(reader, options);
    }

    /// <summary>Reads every set in <paramref name="text"/>.</summary>
    public static TleReadResult Parse(string text, TleReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Read(reader, options);
    }

    /// <summary>Reads exactly one set (2 or 3 lines) from <paramref name="text"/>, for inputs that carry a single
    /// element set, such as an API request.</summary>
    /// <returns>The set; or a null value with the errors, plus <see cref="ErrorCodes.TleSetCount"/> when the text
    /// is well formed but holds no set or several.</returns>
    public static ParseResult<Tle> ParseSingle(string text, TleReadOptions? options = null)
    {
        TleReadResult result = Parse(text, options);
        if (!result.Success)
        {
            return new ParseResult<Tle>(null, result.Diagnostics);
        }

        if (result.Sets.Length != 1)
        {
            var count = new Diagnostic(ErrorCodes.TleSetCount, DiagnosticSeverity.Error, 0, 0, null,
                result.Sets.Length.ToString(CultureInfo.InvariantCulture));
            return new ParseResult<Tle>(null, result.Diagnostics.Add(count));
        }

        return new ParseResult<Tle>(result.Sets[0], result.Diagnostics);
    }
}
