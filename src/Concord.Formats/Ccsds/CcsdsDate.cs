using System.Globalization;
using Concord.Astro.Time;

namespace Concord.Formats.Ccsds;

/// <summary>A CCSDS date as written in a message (<c>YYYY-MM-DDThh:mm:ss[.d…]</c> or day-of-year
/// <c>YYYY-DDDThh:mm:ss[.d…]</c>), in the time system that the message's <c>TIME_SYSTEM</c> names.</summary>
/// <remarks>
/// <para>The message model keeps dates as calendar fields, not as an <see cref="Epoch"/>, because a message's
/// time system may be one that <see cref="TimeScale"/> does not model (MRT, GPS, TDB, MET…); the mapper applies the
/// time system once with <see cref="TryToEpoch"/>. Both written forms of the same instant compare equal. Up to 9
/// fraction digits are kept (1 ns); further digits are ignored. A second of 60 is accepted (UTC leap second).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public readonly record struct CcsdsDate
{
    private const int NanosecondDigits = 9;

    private CcsdsDate(int year, int month, int day, int hour, int minute, int second, int nanosecond)
    {
        Year = year;
        Month = month;
        Day = day;
        Hour = hour;
        Minute = minute;
        Second = second;
        Nanosecond = nanosecond;
    }

    /// <summary>Year, 0 to 9999.</summary>
    public int Year { get; }

    /// <summary>Month, 1 to 12.</summary>
    public int Month { get; }

    /// <summary>Day of the month, 1 to 31.</summary>
    public int Day { get; }

    /// <summary>Hour, 0 to 23.</summary>
    public int Hour { get; }

    /// <summary>Minute, 0 to 59.</summary>
    public int Minute { get; }

    /// <summary>Second, 0 to 60 (60 only in a UTC leap second).</summary>
    public int Second { get; }

    /// <summary>Nanoseconds into the second, 0 to 999,999,999.</summary>
    public int Nanosecond { get; }

    /// <summary>Parses the calendar or day-of-year form, with an optional time (midnight) and an optional trailing
    /// <c>Z</c>; false for anything else, including dates that do not exist (2010-04-31).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out CcsdsDate date)
    {
        date = default;
        text = text.Trim();
        if (text.Length > 0 && text[^1] == 'Z')
        {
            text = text[..^1];
        }

        int tIndex = text.IndexOf('T');
        ReadOnlySpan<char> datePart = tIndex < 0 ? text : text[..tIndex];
        ReadOnlySpan<char> timePart = tIndex < 0 ? [] : text[(tIndex + 1)..];
        if (datePart.Length < 8 || datePart[4] != '-' || !TryDigits(datePart[..4], out int year))
        {
            return false;
        }

        int month;
        int day;
        if (datePart.Length == 10 && datePart[7] == '-')
        {
            if (!TryDigits(datePart.Slice(5, 2), out month) || !TryDigits(datePart.Slice(8, 2), out day)
                || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(year, 1), month))
            {
                return false;
            }
        }
        else if (datePart.Length == 8)
        {
            int daysInYear = DateTime.IsLeapYear(Math.Max(year, 1)) ? 366 : 365;
            if (!TryDigits(datePart.Slice(5, 3), out int dayOfYear) || dayOfYear < 1 || dayOfYear > daysInYear || year < 1)
            {
                return false;
            }

            DateOnly calendar = new DateOnly(year, 1, 1).AddDays(dayOfYear - 1);
            month = calendar.Month;
            day = calendar.Day;
        }
        else
        {
            return false;
        }

        int hour = 0;
        int minute = 0;
        int second = 0;
        int nanosecond = 0;
        if (tIndex >= 0)
        {
            if (timePart.Length < 8 || timePart[2] != ':' || timePart[5] != ':'
                || !TryDigits(timePart[..2], out hour) || !TryDigits(timePart.Slice(3, 2), out minute)
                || !TryDigits(timePart.Slice(6, 2), out second) || hour > 23 || minute > 59 || second > 60)
            {
                return false;
            }

            ReadOnlySpan<char> fraction = timePart[8..];
            if (fraction.Length > 0)
            {
                if (fraction[0] != '.' || fraction.Length == 1)
                {
                    return false;
                }

                fraction = fraction[1..];
                int scale = 100_000_000;
                for (int i = 0; i < fraction.Length; i++)
                {
                    char c = fraction[i];
                    if (!char.IsAsciiDigit(c))
                    {
                        return false;
                    }

                    if (i < NanosecondDigits)
                    {
                        nanosecond += (c - '0') * scale;
                        scale /= 10;
                    }
                }
            }
        }

        date = new CcsdsDate(year, month, day, hour, minute, second, nanosecond);
        return true;
    }

    /// <summary>The calendar fields of <paramref name="epoch"/> in <paramref name="scale"/>.</summary>
    public static CcsdsDate FromEpoch(Epoch epoch, TimeScale scale)
    {
        CalendarTime c = epoch.ToCalendar(scale);
        return new CcsdsDate(c.Year, c.Month, c.Day, c.Hour, c.Minute, c.Second, (int)c.Nanosecond);
    }

    /// <summary>This date read in <paramref name="scale"/>; false when it does not exist there (a leap second
    /// that UTC did not have, or a second of 60 outside UTC).</summary>
    public bool TryToEpoch(TimeScale scale, out Epoch epoch)
        => Epoch.TryParseIso(FormatCalendar(), scale, LeapSecondHandling.AcceptAnnounced, out epoch);

    /// <summary>The calendar form <c>YYYY-MM-DDThh:mm:ss[.d…]</c>, with the fewest fraction digits that keep the
    /// value (none for a whole second): the form the writers emit.</summary>
    public override string ToString() => FormatCalendar();

    private string FormatCalendar()
    {
        string text = string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}T{Hour:D2}:{Minute:D2}:{Second:D2}");
        if (Nanosecond == 0)
        {
            return text;
        }

        string fraction = Nanosecond.ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0');
        return text + "." + fraction;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return text.Length > 0;
    }
}
