using System.Globalization;

namespace Concord.Astro.Time;

/// <summary>An instant on the TAI time line, exact to the nanosecond over tens of thousands of years.</summary>
/// <remarks>
/// Stored as two integers: whole TAI days since 2000-01-01T00:00:00 TAI and nanoseconds into that day
/// (never as one <see cref="double"/>, which loses microseconds within decades). Every conversion to or from
/// a calendar or Julian date names its <see cref="TimeScale"/>: TAI, TT = TAI + 32.184 s, UTC via
/// <see cref="LeapSeconds"/>, and UT1 (= UTC here; supply DUT1 through <see cref="ToUt1JulianDate"/>).
/// Subtracting two epochs gives a <see cref="Duration"/> in SI seconds, so leap seconds are counted.
/// Immutable and thread-safe.
/// </remarks>
public readonly struct Epoch : IEquatable<Epoch>, IComparable<Epoch>
{
    /// <summary>TT − TAI, exactly 32.184 s (IAU 1991 Recommendation IV).</summary>
    public const long TtMinusTaiNanoseconds = 32_184_000_000L;

    private const long NanosecondsPerDay = Duration.NanosecondsPerDay;
    private const long NanosecondsPerSecond = Duration.NanosecondsPerSecond;
    private const double ModifiedJulianDate2000 = 51_544.0;
    private const double JulianDate2000Midnight = 2_451_544.5;

    private readonly int _days;
    private readonly long _nanosecondOfDay;

    private Epoch(int days, long nanosecondOfDay)
    {
        _days = days;
        _nanosecondOfDay = nanosecondOfDay;
    }

    /// <summary>2000-01-01T12:00:00 TT, the J2000.0 reference epoch.</summary>
    public static Epoch J2000 { get; } = FromCalendar(2000, 1, 1, 12, 0, 0, 0, TimeScale.Tt);

    /// <summary>Nanoseconds since 2000-01-01T00:00:00 TAI; sorts like the epoch, fits a <see cref="long"/> for years 1708-2292.</summary>
    public long TaiNanosecondsSince2000 => checked((_days * NanosecondsPerDay) + _nanosecondOfDay);

    /// <summary>Creates an epoch from nanoseconds since 2000-01-01T00:00:00 TAI (see <see cref="TaiNanosecondsSince2000"/>).</summary>
    public static Epoch FromTaiNanosecondsSince2000(long nanoseconds) => FromTotal(nanoseconds);

    /// <summary>Creates an epoch from a <see cref="DateTimeOffset"/>, read as UTC (100 ns resolution).</summary>
    public static Epoch FromUtc(DateTimeOffset value)
    {
        DateTime utc = value.UtcDateTime;
        long nanoOfDay = utc.TimeOfDay.Ticks * 100L;
        int day = CivilCalendar.DayNumber(utc.Year, utc.Month, utc.Day);
        return FromScaleDay(day, nanoOfDay, TimeScale.Utc);
    }

    /// <summary>Creates an epoch from a calendar date and time in the given scale.</summary>
    /// <param name="second">0-59, or 60 for a UTC leap second on a day that has one.</param>
    /// <param name="nanosecond">0 to 999,999,999.</param>
    /// <exception cref="ArgumentOutOfRangeException">A field is out of range.</exception>
    public static Epoch FromCalendar(int year, int month, int day, int hour, int minute, int second, long nanosecond, TimeScale scale)
    {
        if (!TryFromCalendar(year, month, day, hour, minute, second, nanosecond, scale, LeapSecondHandling.AcceptAnnounced, out Epoch result))
        {
            throw new ArgumentOutOfRangeException(nameof(year), $"{year:D4}-{month:D2}-{day:D2}T{hour:D2}:{minute:D2}:{second:D2} is not a valid {scale} time.");
        }

        return result;
    }

    /// <summary>Creates an epoch from a year, a day of the year (1 = January 1) and nanoseconds into that day.</summary>
    /// <remarks>This is the epoch form of TLEs and of CCSDS <c>YYYY-DDDThh:mm:ss</c>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The day of year or the time of day is out of range.</exception>
    public static Epoch FromDayOfYear(int year, int dayOfYear, long nanosecondOfDay, TimeScale scale)
    {
        int daysInYear = CivilCalendar.IsLeapYear(year) ? 366 : 365;
        ArgumentOutOfRangeException.ThrowIfLessThan(dayOfYear, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dayOfYear, daysInYear);
        ArgumentOutOfRangeException.ThrowIfNegative(nanosecondOfDay);
        int day = CivilCalendar.DayNumber(year, 1, 1) + dayOfYear - 1;
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(nanosecondOfDay, DayLength(day, scale));
        return FromScaleDay(day, nanosecondOfDay, scale);
    }

    /// <summary>Creates an epoch from a two-part Julian date.</summary>
    public static Epoch FromJulianDate(JulianDate date)
    {
        double whole = Math.Floor(date.Day - JulianDate2000Midnight);
        double fraction = (date.Day - JulianDate2000Midnight - whole) + date.Fraction;
        double extraDays = Math.Floor(fraction);
        fraction -= extraDays;
        int day = checked((int)(whole + extraDays));
        long nanoOfDay = (long)Math.Round(fraction * NanosecondsPerDay);
        return FromScaleDay(day, nanoOfDay, date.Scale);
    }

    /// <summary>Creates an epoch from a Modified Julian Date (one <see cref="double"/>: about 1 µs resolution today).</summary>
    public static Epoch FromModifiedJulianDate(double modifiedJulianDate, TimeScale scale)
        => FromJulianDate(new JulianDate(JulianDate2000Midnight, modifiedJulianDate - ModifiedJulianDate2000, scale));

    /// <summary>This epoch as a two-part Julian date in <paramref name="scale"/> (UT1 = UTC).</summary>
    /// <remarks>During a UTC leap second the fraction runs over a day of 86,401 s, as in SOFA.</remarks>
    public JulianDate ToJulianDate(TimeScale scale)
    {
        (int day, long nanoOfDay) = ToScaleDay(scale);
        return new JulianDate(JulianDate2000Midnight + day, nanoOfDay / (double)DayLength(day, scale), scale);
    }

    /// <summary>This epoch as a UT1 Julian date, with UT1 − UTC from Earth orientation data (IERS Bulletin A/B).</summary>
    public JulianDate ToUt1JulianDate(double ut1MinusUtcSeconds)
    {
        JulianDate utc = ToJulianDate(TimeScale.Utc);
        return new JulianDate(utc.Day, utc.Fraction + (ut1MinusUtcSeconds / Duration.SecondsPerDay), TimeScale.Ut1);
    }

    /// <summary>This epoch as a Modified Julian Date in <paramref name="scale"/> (one <see cref="double"/>).</summary>
    public double ToModifiedJulianDate(TimeScale scale)
    {
        JulianDate jd = ToJulianDate(scale);
        return (jd.Day - JulianDate2000Midnight + ModifiedJulianDate2000) + jd.Fraction;
    }

    /// <summary>Calendar fields of this epoch in <paramref name="scale"/>; the second is 60 during a UTC leap second.</summary>
    public CalendarTime ToCalendar(TimeScale scale)
    {
        (int day, long nanoOfDay) = ToScaleDay(scale);
        return CalendarTime.From(day, nanoOfDay);
    }

    /// <summary>Parses ISO 8601 <c>YYYY-MM-DDThh:mm:ss[.f…][Z]</c> or the CCSDS day-of-year form <c>YYYY-DDDThh:mm:ss[.f…][Z]</c>.</summary>
    /// <remarks>The time may be omitted (midnight); up to 9 fraction digits are kept, further digits are ignored.
    /// A trailing <c>Z</c> is accepted only when <paramref name="scale"/> is UTC.</remarks>
    /// <exception cref="FormatException">The text is not such a date in this scale.</exception>
    public static Epoch ParseIso(string text, TimeScale scale, LeapSecondHandling leapSeconds)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryParseIso(text, scale, leapSeconds, out Epoch result))
        {
            throw new FormatException($"'{text}' is not an ISO 8601 {scale} date-time.");
        }

        return result;
    }

    /// <inheritdoc cref="ParseIso"/>
    public static bool TryParseIso(ReadOnlySpan<char> text, TimeScale scale, LeapSecondHandling leapSeconds, out Epoch result)
        => IsoDateParser.TryParse(text.Trim(), scale, leapSeconds, out result);

    /// <summary>Formats as ISO 8601 in <paramref name="scale"/>, rounded to <paramref name="fractionDigits"/> (0-9)
    /// decimals of a second, with a trailing <c>Z</c> for UTC only.</summary>
    public string ToIsoString(TimeScale scale, int fractionDigits = 6)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fractionDigits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fractionDigits, 9);
        (int day, long nanoOfDay) = ToScaleDay(scale);
        long unit = 1;
        for (int i = fractionDigits; i < 9; i++)
        {
            unit *= 10;
        }

        nanoOfDay = (nanoOfDay + (unit / 2)) / unit * unit;
        if (nanoOfDay >= DayLength(day, scale))
        {
            day++;
            nanoOfDay = 0;
        }

        CalendarTime c = CalendarTime.From(day, nanoOfDay);
        string fraction = fractionDigits == 0
            ? string.Empty
            : "." + (c.Nanosecond / unit).ToString(CultureInfo.InvariantCulture).PadLeft(fractionDigits, '0');
        string suffix = scale == TimeScale.Utc ? "Z" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{c.Year:D4}-{c.Month:D2}-{c.Day:D2}T{c.Hour:D2}:{c.Minute:D2}:{c.Second:D2}{fraction}{suffix}");
    }

    /// <summary>The instant <paramref name="duration"/> after <paramref name="epoch"/>.</summary>
    public static Epoch operator +(Epoch epoch, Duration duration) => FromTotal(checked(epoch.TaiTotal + duration.TotalNanoseconds));

    /// <summary>The instant <paramref name="duration"/> before <paramref name="epoch"/>.</summary>
    public static Epoch operator -(Epoch epoch, Duration duration) => FromTotal(checked(epoch.TaiTotal - duration.TotalNanoseconds));

    /// <summary>The elapsed SI time from <paramref name="right"/> to <paramref name="left"/>.</summary>
    public static Duration operator -(Epoch left, Epoch right)
    {
        Int128 difference = left.TaiTotal - right.TaiTotal;
        return Duration.FromNanoseconds(checked((long)difference));
    }

    /// <summary>Earlier than.</summary>
    public static bool operator <(Epoch left, Epoch right) => left.CompareTo(right) < 0;

    /// <summary>Later than.</summary>
    public static bool operator >(Epoch left, Epoch right) => left.CompareTo(right) > 0;

    /// <summary>Earlier than or equal.</summary>
    public static bool operator <=(Epoch left, Epoch right) => left.CompareTo(right) <= 0;

    /// <summary>Later than or equal.</summary>
    public static bool operator >=(Epoch left, Epoch right) => left.CompareTo(right) >= 0;

    /// <summary>Same instant.</summary>
    public static bool operator ==(Epoch left, Epoch right) => left.Equals(right);

    /// <summary>Different instants.</summary>
    public static bool operator !=(Epoch left, Epoch right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Epoch other) => _days == other._days && _nanosecondOfDay == other._nanosecondOfDay;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Epoch other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_days, _nanosecondOfDay);

    /// <inheritdoc/>
    public int CompareTo(Epoch other)
    {
        int byDay = _days.CompareTo(other._days);
        return byDay != 0 ? byDay : _nanosecondOfDay.CompareTo(other._nanosecondOfDay);
    }

    /// <summary>ISO 8601 UTC with nanoseconds, e.g. <c>2026-03-10T12:00:00.000000000Z</c>.</summary>
    public override string ToString() => ToIsoString(TimeScale.Utc, 9);

    internal static bool TryFromCalendar(int year, int month, int day, int hour, int minute, int second, long nanosecond,
        TimeScale scale, LeapSecondHandling leapSeconds, out Epoch result)
    {
        result = default;
        if (year is < -9999 or > 99999 || month is < 1 or > 12 || day < 1 || day > CivilCalendar.DaysInMonth(year, month)
            || hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 60 || nanosecond is < 0 or >= NanosecondsPerSecond)
        {
            return false;
        }

        int dayNumber = CivilCalendar.DayNumber(year, month, day);
        if (second == 60)
        {
            bool allowed = leapSeconds == LeapSecondHandling.AcceptAnnounced && scale == TimeScale.Utc
                && hour == 23 && minute == 59 && LeapSeconds.HasLeapSecondAtEnd(dayNumber);
            if (!allowed)
            {
                return false;
            }
        }

        long nanoOfDay = (((hour * 3600L) + (minute * 60L) + second) * NanosecondsPerSecond) + nanosecond;
        result = FromScaleDay(dayNumber, nanoOfDay, scale);
        return true;
    }

    private Int128 TaiTotal => ((Int128)_days * NanosecondsPerDay) + _nanosecondOfDay;

    private static Epoch FromTotal(Int128 taiNanoseconds)
    {
        Int128 days = Int128.DivRem(taiNanoseconds, NanosecondsPerDay).Quotient;
        Int128 remainder = taiNanoseconds - (days * NanosecondsPerDay);
        if (remainder < 0)
        {
            days -= 1;
            remainder += NanosecondsPerDay;
        }

        return new Epoch(checked((int)days), (long)remainder);
    }

    private static long DayLength(int day, TimeScale scale)
        => scale == TimeScale.Utc && LeapSeconds.HasLeapSecondAtEnd(day) ? NanosecondsPerDay + NanosecondsPerSecond : NanosecondsPerDay;

    private static long TaiMinusUtcNanoseconds(int utcDay, long utcNanoOfDay)
        => (long)Math.Round(LeapSeconds.TaiMinusUtcSeconds(utcDay, utcNanoOfDay / (double)NanosecondsPerSecond) * NanosecondsPerSecond);

    /// <summary>The epoch whose calendar day in <paramref name="scale"/> is <paramref name="day"/> (since 2000-01-01)
    /// at <paramref name="nanoOfDay"/> (which may exceed one day; it is carried).</summary>
    private static Epoch FromScaleDay(int day, long nanoOfDay, TimeScale scale)
    {
        Int128 total = ((Int128)day * NanosecondsPerDay) + nanoOfDay;
        return scale switch
        {
            TimeScale.Tai => FromTotal(total),
            TimeScale.Tt => FromTotal(total - TtMinusTaiNanoseconds),
            TimeScale.Utc or TimeScale.Ut1 => FromTotal(total + TaiMinusUtcNanoseconds(day, nanoOfDay)),
            _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, null),
        };
    }

    private (int Day, long NanoOfDay) ToScaleDay(TimeScale scale)
    {
        switch (scale)
        {
            case TimeScale.Tai:
                return (_days, _nanosecondOfDay);
            case TimeScale.Tt:
                Epoch shifted = FromTotal(TaiTotal + TtMinusTaiNanoseconds);
                return (shifted._days, shifted._nanosecondOfDay);
            case TimeScale.Utc:
            case TimeScale.Ut1:
                (int day, long nanoOfDay) = ToUtcDay();
                if (scale == TimeScale.Ut1 && nanoOfDay >= NanosecondsPerDay)
                {
                    // UT1 has no leap seconds: with UT1 = UTC, the leap second maps to the end of the day.
                    nanoOfDay = NanosecondsPerDay - 1;
                }

                return (day, nanoOfDay);
            default:
                throw new ArgumentOutOfRangeException(nameof(scale), scale, null);
        }
    }

    private (int Day, long NanoOfDay) ToUtcDay()
    {
        Int128 total = TaiTotal;
        // |TAI − UTC| is under 40 s, so the UTC day is the TAI day or a neighbour (the day after only before
        // 1961, where the extrapolated drift formula makes TAI − UTC negative).
        for (int day = _days - 1; day <= _days + 1; day++)
        {
            long offset = TaiMinusUtcNanoseconds(day, 0);
            long nanoOfDay = (long)(total - ((Int128)day * NanosecondsPerDay) - offset);
            // Pre-1972 the offset drifts within the day; one refinement reaches nanosecond accuracy.
            offset = TaiMinusUtcNanoseconds(day, Math.Max(0, nanoOfDay));
            nanoOfDay = (long)(total - ((Int128)day * NanosecondsPerDay) - offset);
            if (nanoOfDay >= 0 && nanoOfDay < DayLength(day, TimeScale.Utc))
            {
                return (day, nanoOfDay);
            }
        }

        // Only reachable inside the small pre-1972 steps where UTC repeated or skipped a fraction of a second.
        long fallback = (long)(total - ((Int128)_days * NanosecondsPerDay) - TaiMinusUtcNanoseconds(_days, 0));
        return fallback < 0 ? (_days - 1, fallback + NanosecondsPerDay) : (_days, fallback);
    }
}
