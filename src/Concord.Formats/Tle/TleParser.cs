using System.Globalization;
using Concord.Astro.Time;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Tle;

/// <summary>Second layer of the TLE reader (R10): checks the fixed columns of a raw set and builds the
/// <see cref="Tle"/> model, or reports why it cannot.</summary>
/// <remarks>Each element line is checked from column 1 rightwards and reports its first problem only: once a field
/// is shifted (say an 8-digit eccentricity), every later column is wrong too, and the first column is the one
/// that explains it. Checksums, catalog numbers and ranges are checked once both lines are well formed.
/// Numbers are parsed from spans as scaled integers and divided by an exact power of ten, which is correctly
/// rounded (the same double as <see cref="double.Parse(string)"/>) without allocating.</remarks>
internal static class TleParser
{
    private const string PatternCatalog = "5 digits or a letter and 4 digits";
    private const string PatternClassification = "U, C or S";
    private const string PatternDesignator = "YYNNNPPP (digits, then up to 3 letters)";
    private const string PatternEpoch = "YYDDD.DDDDDDDD";
    private const string PatternMeanMotionDot = "±.dddddddd";
    private const string PatternExponent = "±ddddd±d";
    private const string PatternDigitOrBlank = "a digit or a blank";
    private const string PatternInteger = "right-justified digits";
    private const string PatternChecksum = "a digit";
    private const string PatternAngle = "ddd.dddd";
    private const string PatternEccentricity = "7 digits";
    private const string PatternMeanMotion = "dd.dddddddd";

    /// <summary>Parses a raw set; null (with at least one error added) when the set is defective.</summary>
    public static Tle? Parse(in TleRawSet raw, ChecksumPolicy checksumPolicy, List<Diagnostic> diagnostics,
        out string? line1Trailing, out string? line2Trailing)
    {
        var line1 = new LineContext(1, raw.Line1Number, diagnostics);
        var line2 = new LineContext(2, raw.Line2Number, diagnostics);
        bool line1Ok = TryParseLine1(raw.Line1, line1, out Line1Fields f1, out line1Trailing);
        bool line2Ok = TryParseLine2(raw.Line2, line2, out Line2Fields f2, out line2Trailing);
        bool nameOk = CheckName(raw, diagnostics);
        if (!line1Ok || !line2Ok || !nameOk)
        {
            return null;
        }

        bool ok = true;
        if (f1.CatalogNumber != f2.CatalogNumber)
        {
            diagnostics.Add(new Diagnostic(ErrorCodes.TleCatalogMismatch, DiagnosticSeverity.Error, raw.Line2Number,
                TleLayout.CatalogNumberColumn, nameof(Tle.CatalogNumber),
                FieldText(raw.Line1, TleLayout.CatalogNumberColumn, TleLayout.CatalogNumberLength),
                FieldText(raw.Line2, TleLayout.CatalogNumberColumn, TleLayout.CatalogNumberLength)));
            ok = false;
        }

        ok &= CheckChecksum(raw.Line1, line1, f1.Checksum, checksumPolicy);
        ok &= CheckChecksum(raw.Line2, line2, f2.Checksum, checksumPolicy);

        int year = f1.TwoDigitYear >= TleLayout.FirstTwentiethCenturyYear ? 1900 + f1.TwoDigitYear : 2000 + f1.TwoDigitYear;
        int daysInYear = IsLeapYear(year) ? 366 : 365;
        ok &= CheckRange(line1, f1.DayOfYear is >= 1 && f1.DayOfYear <= daysInYear, TleLayout.EpochColumn + 2, nameof(Tle.Epoch),
            raw.Line1, TleLayout.EpochColumn, TleLayout.EpochLength, string.Create(CultureInfo.InvariantCulture, $"day 1 to {daysInYear} of {year}"));
        ok &= CheckRange(line2, f2.InclinationDegrees <= 180.0, TleLayout.InclinationColumn, nameof(Tle.InclinationDegrees),
            raw.Line2, TleLayout.InclinationColumn, TleLayout.AngleLength, "0 to 180 degrees");
        ok &= CheckRange(line2, f2.RightAscensionDegrees <= 360.0, TleLayout.RightAscensionColumn, nameof(Tle.RightAscensionOfAscendingNodeDegrees),
            raw.Line2, TleLayout.RightAscensionColumn, TleLayout.AngleLength, "0 to 360 degrees");
        ok &= CheckRange(line2, f2.ArgumentOfPerigeeDegrees <= 360.0, TleLayout.ArgumentOfPerigeeColumn, nameof(Tle.ArgumentOfPerigeeDegrees),
            raw.Line2, TleLayout.ArgumentOfPerigeeColumn, TleLayout.AngleLength, "0 to 360 degrees");
        ok &= CheckRange(line2, f2.MeanAnomalyDegrees <= 360.0, TleLayout.MeanAnomalyColumn, nameof(Tle.MeanAnomalyDegrees),
            raw.Line2, TleLayout.MeanAnomalyColumn, TleLayout.AngleLength, "0 to 360 degrees");
        ok &= CheckRange(line2, f2.MeanMotionRevolutionsPerDay > 0.0, TleLayout.MeanMotionColumn, nameof(Tle.MeanMotionRevolutionsPerDay),
            raw.Line2, TleLayout.MeanMotionColumn, TleLayout.MeanMotionLength, "above 0 revolutions per day");
        if (!ok)
        {
            return null;
        }

        return new Tle
        {
            Name = raw.Name,
            CatalogNumber = f1.CatalogNumber,
            Classification = f1.Classification,
            InternationalDesignator = f1.Designator,
            Epoch = Epoch.FromDayOfYear(year, f1.DayOfYear, f1.DayUnits * TleLayout.NanosecondsPerEpochUnit, TimeScale.Utc),
            MeanMotionDotRevolutionsPerDaySquared = f1.MeanMotionDot,
            MeanMotionDdotRevolutionsPerDayCubed = f1.MeanMotionDdot,
            BstarPerEarthRadius = f1.Bstar,
            EphemerisType = f1.EphemerisType,
            ElementSetNumber = f1.ElementSetNumber,
            InclinationDegrees = f2.InclinationDegrees,
            RightAscensionOfAscendingNodeDegrees = f2.RightAscensionDegrees,
            Eccentricity = f2.Eccentricity,
            ArgumentOfPerigeeDegrees = f2.ArgumentOfPerigeeDegrees,
            MeanAnomalyDegrees = f2.MeanAnomalyDegrees,
            MeanMotionRevolutionsPerDay = f2.MeanMotionRevolutionsPerDay,
            RevolutionNumberAtEpoch = f2.RevolutionNumber,
            Notation = f1.Notation,
        };
    }

    internal static bool IsLeapYear(int year) => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

    private static bool TryParseLine1(string line, in LineContext context, out Line1Fields fields, out string? trailing)
    {
        fields = default;
        trailing = null;
        if (!CheckLength(line, context) || !CheckLineNumber(line, context, '1') || !CheckSeparator(line, context, 2, nameof(Tle.CatalogNumber)))
        {
            return false;
        }

        if (!TryCatalogNumber(line, context, out fields.CatalogNumber))
        {
            return false;
        }

        char classification = line[TleLayout.ClassificationColumn - 1];
        if (classification is not ('U' or 'C' or 'S'))
        {
            return FieldFormat(context, TleLayout.ClassificationColumn, nameof(Tle.Classification), line, TleLayout.ClassificationColumn, 1, PatternClassification);
        }

        fields.Classification = classification;
        if (!CheckSeparator(line, context, 9, nameof(Tle.InternationalDesignator)) || !TryDesignator(line, context, out fields.Designator)
            || !CheckSeparator(line, context, 18, nameof(Tle.Epoch)))
        {
            return false;
        }

        ReadOnlySpan<char> epoch = Field(line, TleLayout.EpochColumn, TleLayout.EpochLength);
        int bad = -1;
        long dayScaled = 0;
        if (!char.IsAsciiDigit(epoch[0]))
        {
            bad = 0;
        }
        else if (!char.IsAsciiDigit(epoch[1]))
        {
            bad = 1;
        }
        else
        {
            int dayBad = ParseFixed(epoch[2..], 3, out dayScaled);
            bad = dayBad == -1 ? -1 : dayBad + 2;
        }

        if (bad != -1)
        {
            return FieldFormat(context, TleLayout.EpochColumn + bad, nameof(Tle.Epoch), line, TleLayout.EpochColumn, TleLayout.EpochLength, PatternEpoch);
        }

        fields.TwoDigitYear = ((epoch[0] - '0') * 10) + (epoch[1] - '0');
        long unitsPerDay = TleLayout.PowersOfTen[TleLayout.EpochDayDecimals];
        fields.DayOfYear = (int)(dayScaled / unitsPerDay);
        fields.DayUnits = dayScaled % unitsPerDay;

        if (!CheckSeparator(line, context, 33, nameof(Tle.MeanMotionDotRevolutionsPerDaySquared)))
        {
            return false;
        }

        ReadOnlySpan<char> dot = Field(line, TleLayout.MeanMotionDotColumn, TleLayout.MeanMotionDotLength);
        if (dot[0] is not (' ' or '+' or '-'))
        {
            return FieldFormat(context, TleLayout.MeanMotionDotColumn, nameof(Tle.MeanMotionDotRevolutionsPerDaySquared), line,
                TleLayout.MeanMotionDotColumn, TleLayout.MeanMotionDotLength, PatternMeanMotionDot);
        }

        bad = ParseFixed(dot[1..], 0, out long dotScaled);
        if (bad != -1)
        {
            return FieldFormat(context, TleLayout.MeanMotionDotColumn + 1 + bad, nameof(Tle.MeanMotionDotRevolutionsPerDaySquared), line,
                TleLayout.MeanMotionDotColumn, TleLayout.MeanMotionDotLength, PatternMeanMotionDot);
        }

        fields.MeanMotionDot = Signed(dotScaled / (double)TleLayout.PowersOfTen[TleLayout.MeanMotionDotDecimals], dot[0]);
        if (dot[0] == '+')
        {
            fields.Notation |= TleNotation.PlusSignMeanMotionDot;
        }

        if (!CheckSeparator(line, context, 44, nameof(Tle.MeanMotionDdotRevolutionsPerDayCubed))
            || !TryExponent(line, context, TleLayout.MeanMotionDdotColumn, nameof(Tle.MeanMotionDdotRevolutionsPerDayCubed),
                TleNotation.PlusSignMeanMotionDdot, TleNotation.MinusZeroExponentMeanMotionDdot, ref fields.Notation, out fields.MeanMotionDdot)
            || !CheckSeparator(line, context, 53, nameof(Tle.BstarPerEarthRadius))
            || !TryExponent(line, context, TleLayout.BstarColumn, nameof(Tle.BstarPerEarthRadius),
                TleNotation.PlusSignBstar, TleNotation.MinusZeroExponentBstar, ref fields.Notation, out fields.Bstar)
            || !CheckSeparator(line, context, 62, nameof(Tle.EphemerisType)))
        {
            return false;
        }

        char ephemerisType = line[TleLayout.EphemerisTypeColumn - 1];
        if (ephemerisType != ' ' && !char.IsAsciiDigit(ephemerisType))
        {
            return FieldFormat(context, TleLayout.EphemerisTypeColumn, nameof(Tle.EphemerisType), line, TleLayout.EphemerisTypeColumn, 1, PatternDigitOrBlank);
        }

        fields.EphemerisType = ephemerisType == ' ' ? null : ephemerisType - '0';
        if (!CheckSeparator(line, context, 64, nameof(Tle.ElementSetNumber))
            || !TryOptionalInteger(line, context, TleLayout.ElementSetNumberColumn, TleLayout.ElementSetNumberLength, nameof(Tle.ElementSetNumber), out fields.ElementSetNumber)
            || !TryChecksumDigit(line, context, out fields.Checksum))
        {
            return false;
        }

        return CheckTrailing(line, context, out trailing);
    }

    private static bool TryParseLine2(string line, in LineContext context, out Line2Fields fields, out string? trailing)
    {
        fields = default;
        trailing = null;
        if (!CheckLength(line, context) || !CheckLineNumber(line, context, '2') || !CheckSeparator(line, context, 2, nameof(Tle.CatalogNumber))
            || !TryCatalogNumber(line, context, out fields.CatalogNumber)
            || !CheckSeparator(line, context, 8, nameof(Tle.InclinationDegrees))
            || !TryFixed(line, context, TleLayout.InclinationColumn, TleLayout.AngleLength, TleLayout.AngleIntegerDigits, nameof(Tle.InclinationDegrees), PatternAngle, out fields.InclinationDegrees)
            || !CheckSeparator(line, context, 17, nameof(Tle.RightAscensionOfAscendingNodeDegrees))
            || !TryFixed(line, context, TleLayout.RightAscensionColumn, TleLayout.AngleLength, TleLayout.AngleIntegerDigits, nameof(Tle.RightAscensionOfAscendingNodeDegrees), PatternAngle, out fields.RightAscensionDegrees)
            || !CheckSeparator(line, context, 26, nameof(Tle.Eccentricity)))
        {
            return false;
        }

        ReadOnlySpan<char> eccentricity = Field(line, TleLayout.EccentricityColumn, TleLayout.EccentricityLength);
        long eccentricityScaled = 0;
        for (int i = 0; i < eccentricity.Length; i++)
        {
            if (!char.IsAsciiDigit(eccentricity[i]))
            {
                return FieldFormat(context, TleLayout.EccentricityColumn + i, nameof(Tle.Eccentricity), line,
                    TleLayout.EccentricityColumn, TleLayout.EccentricityLength, PatternEccentricity);
            }

            eccentricityScaled = (eccentricityScaled * 10) + (eccentricity[i] - '0');
        }

        fields.Eccentricity = eccentricityScaled / (double)TleLayout.PowersOfTen[TleLayout.EccentricityLength];
        if (!CheckSeparator(line, context, 34, nameof(Tle.ArgumentOfPerigeeDegrees))
            || !TryFixed(line, context, TleLayout.ArgumentOfPerigeeColumn, TleLayout.AngleLength, TleLayout.AngleIntegerDigits, nameof(Tle.ArgumentOfPerigeeDegrees), PatternAngle, out fields.ArgumentOfPerigeeDegrees)
            || !CheckSeparator(line, context, 43, nameof(Tle.MeanAnomalyDegrees))
            || !TryFixed(line, context, TleLayout.MeanAnomalyColumn, TleLayout.AngleLength, TleLayout.AngleIntegerDigits, nameof(Tle.MeanAnomalyDegrees), PatternAngle, out fields.MeanAnomalyDegrees)
            || !CheckSeparator(line, context, 52, nameof(Tle.MeanMotionRevolutionsPerDay))
            || !TryFixed(line, context, TleLayout.MeanMotionColumn, TleLayout.MeanMotionLength, TleLayout.MeanMotionIntegerDigits, nameof(Tle.MeanMotionRevolutionsPerDay), PatternMeanMotion, out fields.MeanMotionRevolutionsPerDay)
            || !TryOptionalInteger(line, context, TleLayout.RevolutionNumberColumn, TleLayout.RevolutionNumberLength, nameof(Tle.RevolutionNumberAtEpoch), out fields.RevolutionNumber)
            || !TryChecksumDigit(line, context, out fields.Checksum))
        {
            return false;
        }

        return CheckTrailing(line, context, out trailing);
    }

    private static bool CheckLength(string line, in LineContext context)
    {
        if (line.Length >= TleLayout.LineLength)
        {
            return true;
        }

        context.Diagnostics.Add(new Diagnostic(ErrorCodes.TleLineLength, DiagnosticSeverity.Error, context.InputLine, line.Length + 1, null,
            Invariant(context.TleLine), Invariant(line.Length)));
        return false;
    }

    private static bool CheckTrailing(string line, in LineContext context, out string? trailing)
    {
        trailing = null;
        if (line.Length == TleLayout.LineLength)
        {
            return true;
        }

        if (!char.IsWhiteSpace(line[TleLayout.LineLength]))
        {
            context.Diagnostics.Add(new Diagnostic(ErrorCodes.TleLineLength, DiagnosticSeverity.Error, context.InputLine, TleLayout.LineLength + 1, null,
                Invariant(context.TleLine), Invariant(line.Length)));
            return false;
        }

        ReadOnlySpan<char> rest = line.AsSpan(TleLayout.LineLength);
        int start = TleLayout.LineLength + (rest.Length - rest.TrimStart().Length);
        trailing = line[start..];
        context.Diagnostics.Add(new Diagnostic(ErrorCodes.TleTrailingContent, DiagnosticSeverity.Warning, context.InputLine, start + 1, null,
            Invariant(context.TleLine), trailing));
        return true;
    }

    private static bool CheckLineNumber(string line, in LineContext context, char expected)
    {
        if (line[0] == expected)
        {
            return true;
        }

        context.Diagnostics.Add(new Diagnostic(ErrorCodes.TleLineNumber, DiagnosticSeverity.Error, context.InputLine, 1, null,
            expected.ToString(), line[..1]));
        return false;
    }

    private static bool CheckSeparator(string line, in LineContext context, int column, string nextKey)
    {
        char c = line[column - 1];
        if (c == ' ')
        {
            return true;
        }

        context.Diagnostics.Add(new Diagnostic(ErrorCodes.TleSeparator, DiagnosticSeverity.Error, context.InputLine, column, nextKey,
            Invariant(context.TleLine), Invariant(column), c.ToString()));
        return false;
    }

    private static bool TryCatalogNumber(string line, in LineContext context, out int value)
    {
        ReadOnlySpan<char> field = Field(line, TleLayout.CatalogNumberColumn, TleLayout.CatalogNumberLength);
        if (Alpha5.TryDecode(field, out value))
        {
            return true;
        }

        context.Diagnostics.Add(new Diagnostic(ErrorCodes.TleCatalogNumber, DiagnosticSeverity.Error, context.InputLine,
            TleLayout.CatalogNumberColumn, nameof(Tle.CatalogNumber), field.ToString()));
        return false;
    }

    private static bool TryDesignator(string line, in LineContext context, out string? designator)
    {
        designator = null;
        ReadOnlySpan<char> field = Field(line, TleLayout.DesignatorColumn, TleLayout.DesignatorLength);
        if (field.IsWhiteSpace())
        {
            return true;
        }

        // Launch year (2 digits) and launch number (3 digits), then a piece of up to 3 letters, left-justified.
        int i = 0;
        for (; i < 5; i++)
        {
            if (!char.IsAsciiDigit(field[i]))
            {
                return FieldFormat(context, TleLayout.DesignatorColumn + i, nameof(Tle.InternationalDesignator), line,
                    TleLayout.DesignatorColumn, TleLayout.DesignatorLength, PatternDesignator);
            }
        }

        while (i < field.Length && char.IsAsciiLetterUpper(field[i]))
        {
            i++;
        }

        int end = i;
        while (i < field.Length && field[i] == ' ')
        {
            i++;
        }

        if (i < field.Length)
        {
            return FieldFormat(context, TleLayout.DesignatorColumn + i, nameof(Tle.InternationalDesignator), line,
                TleLayout.DesignatorColumn, TleLayout.DesignatorLength, PatternDesignator);
        }

        designator = field[..end].ToString();
        return true;
    }

    private static bool TryFixed(string line, in LineContext context, int column, int length, int integerDigits, string key, string pattern, out double value)
    {
        ReadOnlySpan<char> field = Field(line, column, length);
        int bad = ParseFixed(field, integerDigits, out long scaled);
        if (bad != -1)
        {
            value = 0;
            return FieldFormat(context, column + bad, key, line, column, length, pattern);
        }

        value = scaled / (double)TleLayout.PowersOfTen[length - integerDigits - 1];
        return true;
    }

    /// <summary>Parses <c>[blanks][digits].digits</c> with the point after <paramref name="integerDigits"/> characters
    /// into an integer scaled by 10^decimals; returns -1, or the 0-based index of the first bad character.</summary>
    private static int ParseFixed(ReadOnlySpan<char> field, int integerDigits, out long scaled)
    {
        scaled = 0;
        int i = 0;
        while (i < integerDigits && field[i] == ' ')
        {
            i++;
        }

        for (; i < integerDigits; i++)
        {
            if (!char.IsAsciiDigit(field[i]))
            {
                return i;
            }

            scaled = (scaled * 10) + (field[i] - '0');
        }

        if (field[integerDigits] != '.')
        {
            return integerDigits;
        }

        for (i = integerDigits + 1; i < field.Length; i++)
        {
            if (!char.IsAsciiDigit(field[i]))
            {
                return i;
            }

            scaled = (scaled * 10) + (field[i] - '0');
        }

        return -1;
    }

    private static bool TryExponent(string line, in LineContext context, int column, string key, TleNotation plusFlag, TleNotation minusZeroFlag,
        ref TleNotation notation, out double value)
    {
        // [sign][5 mantissa digits, implied leading point][exponent sign][exponent digit]: " 12345-5" = 0.12345e-5.
        value = 0;
        ReadOnlySpan<char> field = Field(line, column, TleLayout.ExponentFieldLength);
        int bad = -1;
        if (field[0] is not (' ' or '+' or '-'))
        {
            bad = 0;
        }

        long mantissa = 0;
        for (int i = 1; i <= 5 && bad == -1; i++)
        {
            if (!char.IsAsciiDigit(field[i]))
            {
                bad = i;
            }
            else
            {
                mantissa = (mantissa * 10) + (field[i] - '0');
            }
        }

        if (bad == -1 && field[6] is not ('+' or '-'))
        {
            bad = 6;
        }

        if (bad == -1 && !char.IsAsciiDigit(field[7]))
        {
            bad = 7;
        }

        if (bad != -1)
        {
            return FieldFormat(context, column + bad, key, line, column, TleLayout.ExponentFieldLength, PatternExponent);
        }

        int exponent = field[6] == '-' ? -(field[7] - '0') : field[7] - '0';
        int scale = 5 - exponent;
        double magnitude = scale >= 0
            ? mantissa / (double)TleLayout.PowersOfTen[scale]
            : mantissa * (double)TleLayout.PowersOfTen[-scale];
        value = Signed(magnitude, field[0]);
        if (field[0] == '+')
        {
            notation |= plusFlag;
        }

        if (exponent == 0 && field[6] == '-')
        {
            notation |= minusZeroFlag;
        }

        return true;
    }

    private static bool TryOptionalInteger(string line, in LineContext context, int column, int length, string key, out int? value)
    {
        value = null;
        ReadOnlySpan<char> field = Field(line, column, length);
        int i = 0;
        while (i < field.Length && field[i] == ' ')
        {
            i++;
        }

        if (i == field.Length)
        {
            return true;
        }

        int result = 0;
        for (; i < field.Length; i++)
        {
            if (!char.IsAsciiDigit(field[i]))
            {
                return FieldFormat(context, column + i, key, line, column, length, PatternInteger);
            }

            result = (result * 10) + (field[i] - '0');
        }

        value = result;
        return true;
    }

    private static bool TryChecksumDigit(string line, in LineContext context, out int checksum)
    {
        char c = line[TleLayout.ChecksumColumn - 1];
        checksum = c - '0';
        if (char.IsAsciiDigit(c))
        {
            return true;
        }

        return FieldFormat(context, TleLayout.ChecksumColumn, "Checksum", line, TleLayout.ChecksumColumn, 1, PatternChecksum);
    }

    private static bool CheckChecksum(string line, in LineContext context, int found, ChecksumPolicy policy)
    {
        if (policy == ChecksumPolicy.Ignore)
        {
            return true;
        }

        int expected = TleLayout.Checksum(line);
        if (expected == found)
        {
            return true;
        }

        bool reject = policy == ChecksumPolicy.Reject;
        context.Diagnostics.Add(new Diagnostic(ErrorCodes.TleChecksum, reject ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            context.InputLine, TleLayout.ChecksumColumn, "Checksum", Invariant(context.TleLine), Invariant(expected), Invariant(found)));
        return !reject;
    }

    private static bool CheckRange(in LineContext context, bool inRange, int column, string key, string line, int fieldColumn, int fieldLength, string range)
    {
        if (inRange)
        {
            return true;
        }

        context.Diagnostics.Add(new Diagnostic(ErrorCodes.TleOutOfRange, DiagnosticSeverity.Error, context.InputLine, column, key,
            key, FieldText(line, fieldColumn, fieldLength), range));
        return false;
    }

    /// <summary>A name line may hold any text but control characters (see <see cref="TextCharacters"/>); it is line 0 of
    /// a 3LE.</summary>
    private static bool CheckName(in TleRawSet raw, List<Diagnostic> diagnostics)
    {
        if (raw.Name is not { } name || TextCharacters.IndexOfDisallowed(name) is not (>= 0 and int index))
        {
            return true;
        }

        diagnostics.Add(new Diagnostic(ErrorCodes.TleFieldFormat, DiagnosticSeverity.Error, raw.FirstLine, 0, nameof(Tle.Name),
            "0", nameof(Tle.Name), TextCharacters.Escape(name), "text without control characters: " + TextCharacters.Rule(name, index)));
        return false;
    }

    private static bool FieldFormat(in LineContext context, int column, string key, string line, int fieldColumn, int fieldLength, string pattern)
    {
        context.Diagnostics.Add(new Diagnostic(ErrorCodes.TleFieldFormat, DiagnosticSeverity.Error, context.InputLine, column, key,
            Invariant(context.TleLine), key, FieldText(line, fieldColumn, fieldLength), pattern));
        return false;
    }

    private static double Signed(double magnitude, char sign) => sign == '-' ? -magnitude : magnitude;

    private static ReadOnlySpan<char> Field(string line, int column, int length) => line.AsSpan(column - 1, length);

    private static string FieldText(string line, int column, int length) => line.Substring(column - 1, length);

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private readonly record struct LineContext(int TleLine, int InputLine, List<Diagnostic> Diagnostics);

    private struct Line1Fields
    {
        public int CatalogNumber;
        public char Classification;
        public string? Designator;
        public int TwoDigitYear;
        public int DayOfYear;
        public long DayUnits;
        public double MeanMotionDot;
        public double MeanMotionDdot;
        public double Bstar;
        public int? EphemerisType;
        public int? ElementSetNumber;
        public int Checksum;
        public TleNotation Notation;
    }

    private struct Line2Fields
    {
        public int CatalogNumber;
        public double InclinationDegrees;
        public double RightAscensionDegrees;
        public double Eccentricity;
        public double ArgumentOfPerigeeDegrees;
        public double MeanAnomalyDegrees;
        public double MeanMotionRevolutionsPerDay;
        public int? RevolutionNumber;
        public int Checksum;
    }
}
