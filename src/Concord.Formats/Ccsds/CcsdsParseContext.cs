using System.Globalization;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds;

/// <summary>The state every CCSDS message parser shares (R10, R13): the diagnostics of the message, the lines it spans,
/// the value conversions (each reporting its own diagnostic and returning null on failure) and the structural
/// diagnostics (missing, unexpected, duplicate keyword).</summary>
/// <remarks>One instance per message being parsed; not thread-safe.</remarks>
internal sealed class CcsdsParseContext(List<Diagnostic> diagnostics)
{
    private const string FiniteNumber = "a finite number";
    private const string Integer = "an integer";

    /// <summary>The diagnostics of the message (the lexer's among them): any error fails the message.</summary>
    public List<Diagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>1-based line of the first token seen by <see cref="Observe"/>; 0 before any.</summary>
    public int FirstLine { get; private set; }

    /// <summary>1-based line of the last token seen by <see cref="Observe"/>; 0 before any.</summary>
    public int LastLine { get; private set; }

    /// <summary>Records the line of a token fed to the parser.</summary>
    public void Observe(in CcsdsToken token)
    {
        if (FirstLine == 0)
        {
            FirstLine = token.Line;
        }

        LastLine = token.Line;
    }

    /// <summary>The number of errors reported so far.</summary>
    public int ErrorCount()
    {
        int count = 0;
        foreach (Diagnostic diagnostic in Diagnostics)
        {
            if (diagnostic.IsError)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>True when an error was reported for <paramref name="key"/> (searched from the latest).</summary>
    public bool HasError(string key)
    {
        for (int i = Diagnostics.Count - 1; i >= 0; i--)
        {
            if (Diagnostics[i].Key == key && Diagnostics[i].IsError)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A text value; a bracketed tail taken for a unit by the lexer is part of a text (<c>COSMOS 2433 [GLONASS-M]</c>).</summary>
    public static string Text(in CcsdsToken token) => token.Unit is null ? token.Value : token.Value + " [" + token.Unit + "]";

    /// <summary>A finite number, converted to <paramref name="unit"/> when the token gives a compatible unit.</summary>
    public double? Double(in CcsdsToken token, CcsdsUnit? unit)
    {
        // NumberStyles.Float accepts the catalogues' leading-dot numbers (.1845686, -.22483E-4).
        if (!double.TryParse(token.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            Diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsNumberFormat, DiagnosticSeverity.Error, token.Line, token.Column, token.Key,
                token.Key, token.Value, FiniteNumber));
            return null;
        }

        if (token.Unit is { } given && unit is { } standard)
        {
            if (!standard.TryConvertFrom(given, value, out double converted))
            {
                Diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsIncompatibleUnits, DiagnosticSeverity.Error, token.Line, token.Column, token.Key,
                    token.Key, given, standard.Name));
                return null;
            }

            return converted;
        }

        return value;
    }

    /// <summary>An integer (blanks around it allowed).</summary>
    public int? Int(in CcsdsToken token)
    {
        if (!int.TryParse(token.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
            CultureInfo.InvariantCulture, out int value))
        {
            Diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsNumberFormat, DiagnosticSeverity.Error, token.Line, token.Column, token.Key,
                token.Key, token.Value, Integer));
            return null;
        }

        return value;
    }

    /// <summary>A CCSDS date (calendar or day-of-year form).</summary>
    public CcsdsDate? Date(in CcsdsToken token)
    {
        if (!CcsdsDate.TryParse(token.Value, out CcsdsDate date))
        {
            Diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsDateFormat, DiagnosticSeverity.Error, token.Line, token.Column, token.Key,
                token.Key, token.Value));
            return null;
        }

        return date;
    }

    /// <summary>Reports <see cref="ErrorCodes.CcsdsMissingKey"/>: <paramref name="key"/> is required in <paramref name="where"/>.</summary>
    public void Missing(string key, string where, int line)
        => Diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsMissingKey, DiagnosticSeverity.Error, line, 0, key, key, where));

    /// <summary>Reports <see cref="ErrorCodes.CcsdsUnexpectedKeyword"/>: the token's keyword has no place in <paramref name="where"/>.</summary>
    public void Unexpected(in CcsdsToken token, string where)
        => Diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsUnexpectedKeyword, DiagnosticSeverity.Error, token.Line, token.Column, token.Key, token.Key, where));

    /// <summary>Reports <see cref="ErrorCodes.CcsdsDuplicateKey"/>: the token's keyword was already given in <paramref name="where"/>.</summary>
    public void Duplicate(in CcsdsToken token, string where)
        => Diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsDuplicateKey, DiagnosticSeverity.Error, token.Line, token.Column, token.Key, token.Key, where));

    /// <summary>Reports <see cref="ErrorCodes.CcsdsInvalidValue"/>: <paramref name="value"/> of <paramref name="key"/> is not
    /// <paramref name="expected"/>.</summary>
    public void Invalid(int line, int column, string key, string value, string expected)
        => Diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsInvalidValue, DiagnosticSeverity.Error, line, column, key, key, value, expected));

    /// <summary>Reports <see cref="ErrorCodes.CcsdsMalformedLine"/>: a line that is neither a keyword, a comment nor data where data belongs.</summary>
    public void Malformed(in CcsdsToken token)
        => Diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsMalformedLine, DiagnosticSeverity.Error, token.Line, token.Column, null, token.Value));
}
