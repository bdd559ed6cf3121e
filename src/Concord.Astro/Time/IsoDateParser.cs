namespace Concord.Astro.Time;

/// <summary>Parser for ISO 8601 calendar and ordinal date-times (CCSDS 301.0-B ASCII time code A and B).</summary>
internal static class IsoDateParser
{
    internal static bool TryParse(ReadOnlySpan<char> s, TimeScale scale, LeapSecondHandling leapSeconds, out Epoch result)
    {
        result = default;
        int pos = 0;
        if (!TryDigits(s, ref pos, 4, out int year) || !TryChar(s, ref pos, '-'))
        {
            return false;
        }

        int month;
        int day;
        // Calendar form YYYY-MM-DD or ordinal form YYYY-DDD: tell them apart by the digits before the next separator.
        int run = CountDigits(s, pos);
        if (run == 3)
        {
            TryDigits(s, ref pos, 3, out int dayOfYear);
            if (dayOfYear < 1 || dayOfYear > (CivilCalendar.IsLeapYear(year) ? 366 : 365))
            {
                return false;
            }

            (_, month, day) = CivilCalendar.FromDayNumber(CivilCalendar.DayNumber(year, 1, 1) + dayOfYear - 1);
        }
        else if (!TryDigits(s, ref pos, 2, out month) || !TryChar(s, ref pos, '-') || !TryDigits(s, ref pos, 2, out day))
        {
            return false;
        }

        int hour = 0;
        int minute = 0;
        int second = 0;
        long nanosecond = 0;
        if (pos < s.Length && (s[pos] == 'T' || s[pos] == 't'))
        {
            pos++;
            if (!TryDigits(s, ref pos, 2, out hour) || !TryChar(s, ref pos, ':') || !TryDigits(s, ref pos, 2, out minute))
            {
                return false;
            }

            if (pos < s.Length && s[pos] == ':')
            {
                pos++;
                if (!TryDigits(s, ref pos, 2, out second))
                {
                    return false;
                }

                if (pos < s.Length && s[pos] == '.')
                {
                    pos++;
                    int digits = CountDigits(s, pos);
                    if (digits == 0)
                    {
                        return false;
                    }

                    for (int i = 0; i < 9; i++)
                    {
                        nanosecond = (nanosecond * 10) + (i < digits ? s[pos + i] - '0' : 0);
                    }

                    pos += digits;
                }
            }
        }

        if (pos < s.Length && (s[pos] == 'Z' || s[pos] == 'z'))
        {
            if (scale != TimeScale.Utc)
            {
                return false;
            }

            pos++;
        }

        return pos == s.Length
            && Epoch.TryFromCalendar(year, month, day, hour, minute, second, nanosecond, scale, leapSeconds, out result);
    }

    private static int CountDigits(ReadOnlySpan<char> s, int pos)
    {
        int count = 0;
        while (pos + count < s.Length && char.IsAsciiDigit(s[pos + count]))
        {
            count++;
        }

        return count;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, ref int pos, int count, out int value)
    {
        value = 0;
        if (pos + count > s.Length)
        {
            return false;
        }

        for (int i = 0; i < count; i++)
        {
            char c = s[pos + i];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        pos += count;
        return true;
    }

    private static bool TryChar(ReadOnlySpan<char> s, ref int pos, char expected)
    {
        if (pos < s.Length && s[pos] == expected)
        {
            pos++;
            return true;
        }

        return false;
    }
}
