using System.Collections.Immutable;
using System.Globalization;
using Concord.Astro.Time;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Tle;

/// <summary>Writes <see cref="Tle"/> sets in the standard 69-column layout, strictly (R11): fields right-justified,
/// catalog numbers zero-padded (Alpha-5 above 99,999), checksums computed, and anything the layout cannot hold
/// refused with a diagnostic instead of being truncated or thrown (R13).</summary>
/// <remarks>
/// <para>Rounding, documented once: angles to 4 decimals, mean motion and ṅ/2 to 8 decimals, eccentricity to
/// 7 digits (1e-7), n̈/6 and B* to 5 significant digits (an exponent below -9 is written denormalised, as in
/// <c>00123-9</c>; one above 9 is refused), the epoch to 1e-8 day (0.864 ms, half up; a time that rounds to
/// the next day is written as that day). Values read by <see cref="TleReader"/> are written back exactly, with
/// their <see cref="Tle.Notation"/>, so the only change to a conforming input is zero padding of space-padded
/// catalog numbers.</para>
/// <para>Refused (<see cref="ErrorCodes.TleCatalogNumber"/>): a catalog number outside 0-339,999. Refused
/// (<see cref="ErrorCodes.TleUnrepresentable"/>): eccentricity that rounds to 1 or more, or is negative;
/// mean motion that rounds to 0 or to 100 rev/day or more; |ṅ/2| that rounds to 1 or more; n̈/6 or B* of
/// 1e9 or more; inclination outside 0-180°, other angles outside 0-360°; an epoch year outside 1957-2056;
/// ephemeris type outside 0-9, element set number outside 0-9999, revolution number outside 0-99,999;
/// a classification other than U, C, S; a designator other than 5 digits and up to 3 capital letters; non-finite
/// values; a name that is empty, has trailing whitespace or a control character, or would read back as
/// something else. Thread-safe.</para>
/// </remarks>
public static class TleWriter
{
    private const long NanosecondsPerSecond = 1_000_000_000L;
    private const int FirstYear = 1957;
    private const int LastYear = 2056;

    /// <summary>Writes one set (name line per <see cref="TleWriteOptions.NameLine"/>, then lines 1 and 2), each
    /// line ended by <see cref="TleWriteOptions.NewLine"/>.</summary>
    /// <returns>The text, or a null text and a diagnostic per refused field.</returns>
    public static WriteResult Write(Tle tle, TleWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tle);
        options ??= TleWriteOptions.Default;
        var diagnostics = new List<Diagnostic>();
        Span<char> line1 = stackalloc char[TleLayout.LineLength];
        Span<char> line2 = stackalloc char[TleLayout.LineLength];
        string? nameLine = FormatNameLine(tle, options.NameLine, diagnostics);
        if (!TryFormat(tle, line1, line2, diagnostics) || diagnostics.Count > 0)
        {
            return new WriteResult(null, [.. diagnostics]);
        }

        string newLine = options.NewLine;
        string text = nameLine is null
            ? string.Concat(line1, newLine, line2, newLine)
            : string.Concat(nameLine, newLine, string.Concat(line1, newLine, line2, newLine));
        return new WriteResult(text, []);
    }

    /// <summary>Writes every set that can be written to <paramref name="writer"/>, in order; each refused set is
    /// left out and reported.</summary>
    /// <returns>A null text, and the diagnostics of the refused sets.</returns>
    public static WriteResult Write(IEnumerable<Tle> sets, TextWriter writer, TleWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= TleWriteOptions.Default;
        var diagnostics = new List<Diagnostic>();
        var setDiagnostics = new List<Diagnostic>();
        Span<char> line1 = stackalloc char[TleLayout.LineLength];
        Span<char> line2 = stackalloc char[TleLayout.LineLength];
        foreach (Tle tle in sets)
        {
            ArgumentNullException.ThrowIfNull(tle, nameof(sets));
            setDiagnostics.Clear();
            string? nameLine = FormatNameLine(tle, options.NameLine, setDiagnostics);
            if (!TryFormat(tle, line1, line2, setDiagnostics) || setDiagnostics.Count > 0)
            {
                diagnostics.AddRange(setDiagnostics);
                continue;
            }

            if (nameLine is not null)
            {
                writer.Write(nameLine);
                writer.Write(options.NewLine);
            }

            writer.Write(line1);
            writer.Write(options.NewLine);
            writer.Write(line2);
            writer.Write(options.NewLine);
        }

        return new WriteResult(null, [.. diagnostics]);
    }

    /// <summary>The two element lines of <paramref name="tle"/> (69 characters each, no line ends), without the name.</summary>
    /// <returns>False, with the reasons in <paramref name="diagnostics"/>, when the set cannot be written.</returns>
    public static bool TryFormatLines(Tle tle, out string line1, out string line2, out ImmutableArray<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(tle);
        var list = new List<Diagnostic>();
        Span<char> first = stackalloc char[TleLayout.LineLength];
        Span<char> second = stackalloc char[TleLayout.LineLength];
        if (!TryFormat(tle, first, second, list))
        {
            line1 = string.Empty;
            line2 = string.Empty;
            diagnostics = [.. list];
            return false;
        }

        line1 = first.ToString();
        line2 = second.ToString();
        diagnostics = [];
        return true;
    }

    private static string? FormatNameLine(Tle tle, TleNameLine style, List<Diagnostic> diagnostics)
    {
        string? name = tle.Name;
        if (name is null || style == TleNameLine.Omit)
        {
            return null;
        }

        string? reason = null;
        if (name.Length == 0 || char.IsWhiteSpace(name[^1]))
        {
            reason = "a name is not empty and has no trailing whitespace";
        }
        else if (name.Any(char.IsControl))
        {
            reason = "a name has no control characters";
        }
        else if (style == TleNameLine.Plain
            && (name[0] == '#' || name.StartsWith("0 ", StringComparison.Ordinal) || (name.Length >= 2 && name[0] is >= '1' and <= '9' && name[1] == ' ')))
        {
            reason = "a plain name line must not start with '#', '0 ' or a digit and a blank";
        }

        if (reason is not null)
        {
            diagnostics.Add(Unrepresentable(tle, nameof(Tle.Name), name, reason));
            return null;
        }

        return style == TleNameLine.ZeroPrefixed ? "0 " + name : name;
    }

    private static bool TryFormat(Tle tle, Span<char> line1, Span<char> line2, List<Diagnostic> diagnostics)
    {
        int before = diagnostics.Count;
        line1.Fill(' ');
        line2.Fill(' ');
        line1[0] = '1';
        line2[0] = '2';

        if (Alpha5.TryEncode(tle.CatalogNumber, out string? catalog))
        {
            catalog.AsSpan().CopyTo(line1[(TleLayout.CatalogNumberColumn - 1)..]);
            catalog.AsSpan().CopyTo(line2[(TleLayout.CatalogNumberColumn - 1)..]);
        }
        else
        {
            diagnostics.Add(new Diagnostic(ErrorCodes.TleCatalogNumber, DiagnosticSeverity.Error, 0, 0, nameof(Tle.CatalogNumber),
                tle.CatalogNumber.ToString(CultureInfo.InvariantCulture)));
        }

        if (tle.Classification is 'U' or 'C' or 'S')
        {
            line1[TleLayout.ClassificationColumn - 1] = tle.Classification;
        }
        else
        {
            diagnostics.Add(Unrepresentable(tle, nameof(Tle.Classification), tle.Classification.ToString(), "the classification is U, C or S"));
        }

        FormatDesignator(tle, line1.Slice(TleLayout.DesignatorColumn - 1, TleLayout.DesignatorLength), diagnostics);
        FormatEpoch(tle, line1.Slice(TleLayout.EpochColumn - 1, TleLayout.EpochLength), diagnostics);

        Span<char> dot = line1.Slice(TleLayout.MeanMotionDotColumn - 1, TleLayout.MeanMotionDotLength);
        double meanMotionDot = tle.MeanMotionDotRevolutionsPerDaySquared;
        if (TryFormatFixed(Math.Abs(meanMotionDot), 0, TleLayout.MeanMotionDotDecimals, dot[1..]))
        {
            dot[0] = Sign(meanMotionDot, tle.Notation.HasFlag(TleNotation.PlusSignMeanMotionDot));
        }
        else
        {
            diagnostics.Add(Unrepresentable(tle, nameof(Tle.MeanMotionDotRevolutionsPerDaySquared), meanMotionDot, "|value| is below 1 rev/day²"));
        }

        if (!TryFormatExponent(tle.MeanMotionDdotRevolutionsPerDayCubed, tle.Notation.HasFlag(TleNotation.PlusSignMeanMotionDdot),
            tle.Notation.HasFlag(TleNotation.MinusZeroExponentMeanMotionDdot), line1.Slice(TleLayout.MeanMotionDdotColumn - 1, TleLayout.ExponentFieldLength)))
        {
            diagnostics.Add(Unrepresentable(tle, nameof(Tle.MeanMotionDdotRevolutionsPerDayCubed), tle.MeanMotionDdotRevolutionsPerDayCubed,
                "|value| is below 1e9 (exponent at most 9)"));
        }

        if (!TryFormatExponent(tle.BstarPerEarthRadius, tle.Notation.HasFlag(TleNotation.PlusSignBstar),
            tle.Notation.HasFlag(TleNotation.MinusZeroExponentBstar), line1.Slice(TleLayout.BstarColumn - 1, TleLayout.ExponentFieldLength)))
        {
            diagnostics.Add(Unrepresentable(tle, nameof(Tle.BstarPerEarthRadius), tle.BstarPerEarthRadius, "|value| is below 1e9 (exponent at most 9)"));
        }

        if (tle.EphemerisType is { } ephemerisType)
        {
            if (ephemerisType is >= 0 and <= 9)
            {
                line1[TleLayout.EphemerisTypeColumn - 1] = (char)('0' + ephemerisType);
            }
            else
            {
                diagnostics.Add(Unrepresentable(tle, nameof(Tle.EphemerisType), ephemerisType, "the ephemeris type is one digit"));
            }
        }

        FormatOptionalInteger(tle, tle.ElementSetNumber, nameof(Tle.ElementSetNumber),
            line1.Slice(TleLayout.ElementSetNumberColumn - 1, TleLayout.ElementSetNumberLength), diagnostics);

        FormatAngle(tle, tle.InclinationDegrees, 180, nameof(Tle.InclinationDegrees), line2.Slice(TleLayout.InclinationColumn - 1, TleLayout.AngleLength), diagnostics);
        FormatAngle(tle, tle.RightAscensionOfAscendingNodeDegrees, 360, nameof(Tle.RightAscensionOfAscendingNodeDegrees),
            line2.Slice(TleLayout.RightAscensionColumn - 1, TleLayout.AngleLength), diagnostics);
        FormatEccentricity(tle, line2.Slice(TleLayout.EccentricityColumn - 1, TleLayout.EccentricityLength), diagnostics);
        FormatAngle(tle, tle.ArgumentOfPerigeeDegrees, 360, nameof(Tle.ArgumentOfPerigeeDegrees),
            line2.Slice(TleLayout.ArgumentOfPerigeeColumn - 1, TleLayout.AngleLength), diagnostics);
        FormatAngle(tle, tle.MeanAnomalyDegrees, 360, nameof(Tle.MeanAnomalyDegrees), line2.Slice(TleLayout.MeanAnomalyColumn - 1, TleLayout.AngleLength), diagnostics);

        double meanMotion = tle.MeanMotionRevolutionsPerDay;
        Span<char> meanMotionField = line2.Slice(TleLayout.MeanMotionColumn - 1, TleLayout.MeanMotionLength);
        if (!TryFormatFixed(meanMotion, TleLayout.MeanMotionIntegerDigits, TleLayout.MeanMotionDecimals, meanMotionField)
            || meanMotionField.IndexOfAnyInRange('1', '9') < 0)
        {
            diagnostics.Add(Unrepresentable(tle, nameof(Tle.MeanMotionRevolutionsPerDay), meanMotion, "the mean motion is above 0 and below 100 rev/day"));
        }

        FormatOptionalInteger(tle, tle.RevolutionNumberAtEpoch, nameof(Tle.RevolutionNumberAtEpoch),
            line2.Slice(TleLayout.RevolutionNumberColumn - 1, TleLayout.RevolutionNumberLength), diagnostics);

        if (diagnostics.Count > before)
        {
            return false;
        }

        line1[TleLayout.ChecksumColumn - 1] = (char)('0' + TleLayout.Checksum(line1));
        line2[TleLayout.ChecksumColumn - 1] = (char)('0' + TleLayout.Checksum(line2));
        return true;
    }

    private static void FormatDesignator(Tle tle, Span<char> field, List<Diagnostic> diagnostics)
    {
        string? designator = tle.InternationalDesignator;
        if (designator is null)
        {
            return;
        }

        bool valid = designator.Length is >= 5 and <= TleLayout.DesignatorLength;
        for (int i = 0; valid && i < designator.Length; i++)
        {
            valid = i < 5 ? char.IsAsciiDigit(designator[i]) : char.IsAsciiLetterUpper(designator[i]);
        }

        if (!valid)
        {
            diagnostics.Add(Unrepresentable(tle, nameof(Tle.InternationalDesignator), designator,
                "a designator is 2 digits of year, 3 of launch number and up to 3 capital letters"));
            return;
        }

        designator.AsSpan().CopyTo(field);
    }

    private static void FormatEpoch(Tle tle, Span<char> field, List<Diagnostic> diagnostics)
    {
        CalendarTime calendar = tle.Epoch.ToCalendar(TimeScale.Utc);
        long nanosecondOfDay = ((((calendar.Hour * 3600L) + (calendar.Minute * 60L) + calendar.Second) * NanosecondsPerSecond) + calendar.Nanosecond);
        long units = (nanosecondOfDay + (TleLayout.NanosecondsPerEpochUnit / 2)) / TleLayout.NanosecondsPerEpochUnit;
        int year = calendar.Year;
        int day = calendar.DayOfYear;
        Normalize(ref year, ref day, ref units);
        if (year is < FirstYear or > LastYear)
        {
            diagnostics.Add(Unrepresentable(tle, nameof(Tle.Epoch), tle.Epoch.ToString(), "a two-digit TLE year covers 1957 to 2056"));
            return;
        }

        FindNearestUnit(tle.Epoch, ref year, ref day, ref units);
        WriteDigits(field[..2], year % 100);
        WriteDigits(field.Slice(2, 3), day);
        field[5] = '.';
        WriteDigits(field[6..], units);
    }

    /// <summary>Makes (year, day, units) the field value whose reading (<see cref="Epoch.FromDayOfYear"/>, as
    /// <see cref="TleReader"/> does) is nearest to <paramref name="epoch"/>.</summary>
    /// <remarks>The calendar conversion gives the answer directly since 1972. Before, UTC drifted against TAI by
    /// fractions of a second and the UTC-to-TAI mapping of Astro is not exactly invertible (about 1 ms off in 1957),
    /// so the neighbours are searched: this keeps read → write byte-exact for old sets too.</remarks>
    private static void FindNearestUnit(Epoch epoch, ref int year, ref int day, ref long units)
    {
        if (FieldEpoch(year, day, units) == epoch)
        {
            return;
        }

        const int SearchUnits = 8;
        // Ties keep the half-up rounding of the calendar conversion.
        (int Year, int Day, long Units) best = (year, day, units);
        long bestDistance = Math.Abs((FieldEpoch(year, day, units) - epoch).TotalNanoseconds);
        for (int offset = -SearchUnits; offset <= SearchUnits; offset++)
        {
            int candidateYear = year;
            int candidateDay = day;
            long candidateUnits = units + offset;
            Normalize(ref candidateYear, ref candidateDay, ref candidateUnits);
            if (candidateYear is < FirstYear or > LastYear)
            {
                continue;
            }

            long distance = Math.Abs((FieldEpoch(candidateYear, candidateDay, candidateUnits) - epoch).TotalNanoseconds);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = (candidateYear, candidateDay, candidateUnits);
            }
        }

        (year, day, units) = best;
    }

    private static Epoch FieldEpoch(int year, int day, long units)
        => Epoch.FromDayOfYear(year, day, units * TleLayout.NanosecondsPerEpochUnit, TimeScale.Utc);

    /// <summary>Carries units of 1e-8 day below 0 or from 1e8 into the day and the year.</summary>
    private static void Normalize(ref int year, ref int day, ref long units)
    {
        long unitsPerDay = TleLayout.PowersOfTen[TleLayout.EpochDayDecimals];
        while (units >= unitsPerDay)
        {
            units -= unitsPerDay;
            day++;
            if (day > DaysInYear(year))
            {
                year++;
                day = 1;
            }
        }

        while (units < 0)
        {
            units += unitsPerDay;
            day--;
            if (day < 1)
            {
                year--;
                day = DaysInYear(year);
            }
        }
    }

    private static int DaysInYear(int year) => TleParser.IsLeapYear(year) ? 366 : 365;

    private static void FormatAngle(Tle tle, double degrees, int maxDegrees, string key, Span<char> field, List<Diagnostic> diagnostics)
    {
        if (!TryFormatFixed(degrees, TleLayout.AngleIntegerDigits, TleLayout.AngleDecimals, field, out long scaled)
            || scaled > maxDegrees * TleLayout.PowersOfTen[TleLayout.AngleDecimals])
        {
            diagnostics.Add(Unrepresentable(tle, key, degrees, string.Create(CultureInfo.InvariantCulture, $"the angle is 0 to {maxDegrees} degrees")));
        }
    }

    private static void FormatEccentricity(Tle tle, Span<char> field, List<Diagnostic> diagnostics)
    {
        double eccentricity = tle.Eccentricity;
        long scale = TleLayout.PowersOfTen[TleLayout.EccentricityLength];
        double scaled = Math.Round(eccentricity * scale, MidpointRounding.AwayFromZero);
        if (!(scaled >= 0.0 && scaled < scale))
        {
            diagnostics.Add(Unrepresentable(tle, nameof(Tle.Eccentricity), eccentricity, "the eccentricity is 0 to 0.9999999 (7 digits)"));
            return;
        }

        WriteDigits(field, (long)scaled);
    }

    private static void FormatOptionalInteger(Tle tle, int? value, string key, Span<char> field, List<Diagnostic> diagnostics)
    {
        if (value is not { } number)
        {
            return;
        }

        long max = TleLayout.PowersOfTen[field.Length] - 1;
        if (number < 0 || number > max)
        {
            diagnostics.Add(Unrepresentable(tle, key, number, string.Create(CultureInfo.InvariantCulture, $"the field holds 0 to {max}")));
            return;
        }

        int i = field.Length - 1;
        do
        {
            field[i--] = (char)('0' + (number % 10));
            number /= 10;
        }
        while (number > 0);
    }

    private static bool TryFormatFixed(double value, int integerDigits, int decimals, Span<char> field) => TryFormatFixed(value, integerDigits, decimals, field, out _);

    /// <summary>Writes a non-negative value right-justified as <c>[blanks][digits].decimals</c>, rounded half away
    /// from zero; false when it is negative, not finite, or needs more integer digits.</summary>
    private static bool TryFormatFixed(double value, int integerDigits, int decimals, Span<char> field, out long scaled)
    {
        scaled = 0;
        long limit = TleLayout.PowersOfTen[integerDigits + decimals];
        // value × 10^decimals is within 1 ulp of the decimal the value was read from, so rounding restores it.
        double rounded = Math.Round(value * TleLayout.PowersOfTen[decimals], MidpointRounding.AwayFromZero);
        if (!(rounded >= 0.0 && rounded < limit))
        {
            return false;
        }

        scaled = (long)rounded;
        long remaining = scaled;
        int point = field.Length - decimals - 1;
        for (int i = field.Length - 1; i > point; i--)
        {
            field[i] = (char)('0' + (remaining % 10));
            remaining /= 10;
        }

        field[point] = '.';
        for (int i = point - 1; i >= 0; i--)
        {
            bool leading = i < point - 1 && remaining == 0;
            field[i] = leading ? ' ' : (char)('0' + (remaining % 10));
            remaining /= 10;
        }

        return true;
    }

    /// <summary>Writes <c>[sign][5 digits][exponent sign][exponent digit]</c>, the value being 0.ddddd × 10^exponent.</summary>
    private static bool TryFormatExponent(double value, bool plusSign, bool minusZeroExponent, Span<char> field)
    {
        if (!double.IsFinite(value))
        {
            return false;
        }

        double magnitude = Math.Abs(value);
        long mantissa = 0;
        int exponent = 0;
        if (magnitude != 0.0)
        {
            // Normalised 0.10000-0.99999; below 1e-10 the exponent stays at -9 and the mantissa loses digits.
            exponent = Math.Max(-9, (int)Math.Floor(Math.Log10(magnitude)) + 1);
            if (exponent > 9)
            {
                return false; // beyond the field (and the scale table): found by the csv fuzzing campaign (a BSTAR of 7.7e32)
            }

            mantissa = ScaleMantissa(magnitude, exponent);
            if (mantissa >= 100_000)
            {
                exponent++;
                mantissa = ScaleMantissa(magnitude, exponent);
            }

            if (exponent > 9)
            {
                return false;
            }

            if (mantissa == 0)
            {
                exponent = 0;
            }
        }

        field[0] = Sign(value, plusSign);
        WriteDigits(field.Slice(1, 5), mantissa);
        field[6] = exponent < 0 || (exponent == 0 && minusZeroExponent) ? '-' : '+';
        field[7] = (char)('0' + Math.Abs(exponent));
        return true;
    }

    private static long ScaleMantissa(double magnitude, int exponent)
    {
        int scale = 5 - exponent;
        double scaled = scale >= 0 ? magnitude * TleLayout.PowersOfTen[scale] : magnitude / TleLayout.PowersOfTen[-scale];
        return (long)Math.Round(scaled, MidpointRounding.AwayFromZero);
    }

    private static char Sign(double value, bool plusSign) => double.IsNegative(value) ? '-' : plusSign ? '+' : ' ';

    private static void WriteDigits(Span<char> field, long value)
    {
        for (int i = field.Length - 1; i >= 0; i--)
        {
            field[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    private static Diagnostic Unrepresentable(Tle tle, string key, double value, string reason)
        => Unrepresentable(tle, key, value.ToString("R", CultureInfo.InvariantCulture), reason);

    private static Diagnostic Unrepresentable(Tle tle, string key, string value, string reason)
        => new(ErrorCodes.TleUnrepresentable, DiagnosticSeverity.Error, 0, 0, key, tle.CatalogNumberText, key, value, reason);
}
