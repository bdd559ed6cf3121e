using System.Globalization;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds.Omm;

/// <summary>Value conversions of the OMM parser, each reporting its own diagnostic and returning null on failure.</summary>
internal sealed class OmmParseContext(List<Diagnostic> diagnostics)
{
    private const string FiniteNumber = "a finite number";
    private const string Integer = "an integer";

    public List<Diagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>A text value; a bracketed tail taken for a unit by the lexer is part of a text (<c>COSMOS 2433 [GLONASS-M]</c>).</summary>
    public static string Text(in CcsdsToken token) => token.Unit is null ? token.Value : token.Value + " [" + token.Unit + "]";

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
}
