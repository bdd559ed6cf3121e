namespace Concord.Astro.Time;

/// <summary>The offset TAI − UTC, from the IERS/USNO table <c>tai-utc.dat</c>.</summary>
/// <remarks>
/// From 1972-01-01 the offset is a whole number of seconds that changes only at the leap seconds listed
/// here (the last one at 2017-01-01, 37 s; IERS Bulletin C has announced none since). Between 1961 and
/// 1972 UTC ran at an offset rate; the table's linear formulas are used. Before 1961-01-01 UTC is not
/// defined; the 1961 formula is extrapolated, which is documented behaviour rather than a standard.
/// A new leap second needs a new row in <see cref="s_integerSteps"/>. Thread-safe (immutable data).
/// </remarks>
public static class LeapSeconds
{
    /// <summary>Days from 2000-01-01 to the UTC day a whole-second offset takes effect, and the offset in seconds.</summary>
    private static readonly (int DayNumber, int TaiMinusUtcSeconds)[] s_integerSteps = BuildIntegerSteps();

    /// <summary>Pre-1972 rows: first UTC day (MJD), offset at reference MJD, reference MJD, rate in seconds per day.</summary>
    private static readonly (int StartMjd, double OffsetSeconds, double ReferenceMjd, double RateSecondsPerDay)[] s_driftRows =
    [
        (37300, 1.4228180, 37300, 0.001296),
        (37512, 1.3728180, 37300, 0.001296),
        (37665, 1.8458580, 37665, 0.0011232),
        (38334, 1.9458580, 37665, 0.0011232),
        (38395, 3.2401300, 38761, 0.001296),
        (38486, 3.3401300, 38761, 0.001296),
        (38639, 3.4401300, 38761, 0.001296),
        (38761, 3.5401300, 38761, 0.001296),
        (38820, 3.6401300, 38761, 0.001296),
        (38942, 3.7401300, 38761, 0.001296),
        (39004, 3.8401300, 38761, 0.001296),
        (39126, 4.3131700, 39126, 0.002592),
        (39887, 4.2131700, 39126, 0.002592),
    ];

    /// <summary>Modified Julian Date of 2000-01-01 (the day number origin used by <see cref="Epoch"/>).</summary>
    internal const int Mjd2000 = 51544;

    /// <summary>MJD of 1972-01-01, the start of whole-second leap seconds.</summary>
    internal const int Mjd1972 = 41317;

    /// <summary>The latest UTC date covered by an announced entry of the table.</summary>
    public static DateOnly LastEntry => new(2017, 1, 1);

    private static (int, int)[] BuildIntegerSteps()
    {
        (int Year, int Month, int Seconds)[] rows =
        [
            (1972, 1, 10), (1972, 7, 11), (1973, 1, 12), (1974, 1, 13), (1975, 1, 14), (1976, 1, 15),
            (1977, 1, 16), (1978, 1, 17), (1979, 1, 18), (1980, 1, 19), (1981, 7, 20), (1982, 7, 21),
            (1983, 7, 22), (1985, 7, 23), (1988, 1, 24), (1990, 1, 25), (1991, 1, 26), (1992, 7, 27),
            (1993, 7, 28), (1994, 7, 29), (1996, 1, 30), (1997, 7, 31), (1999, 1, 32), (2006, 1, 33),
            (2009, 1, 34), (2012, 7, 35), (2015, 7, 36), (2017, 1, 37),
        ];
        return rows.Select(r => (CivilCalendar.DayNumber(r.Year, r.Month, 1), r.Seconds)).ToArray();
    }

    /// <summary>TAI − UTC in seconds at the given UTC day (days since 2000-01-01) and UTC second of day.</summary>
    /// <remarks>For days from 1972 the value is the one in force at the start of that day, so a leap second
    /// (23:59:60) belongs to the day before the step.</remarks>
    public static double TaiMinusUtcSeconds(int utcDayNumber, double utcSecondOfDay)
    {
        int mjd = utcDayNumber + Mjd2000;
        if (mjd >= Mjd1972)
        {
            return WholeSecondsAt(utcDayNumber);
        }

        var row = s_driftRows[0];
        foreach (var candidate in s_driftRows)
        {
            if (mjd >= candidate.StartMjd)
            {
                row = candidate;
            }
        }

        double mjdUtc = mjd + (utcSecondOfDay / Duration.SecondsPerDay);
        return row.OffsetSeconds + ((mjdUtc - row.ReferenceMjd) * row.RateSecondsPerDay);
    }

    /// <summary>Whether the UTC day ends with a positive leap second (a minute of 61 seconds).</summary>
    public static bool HasLeapSecondAtEnd(int utcDayNumber)
        => utcDayNumber + Mjd2000 >= Mjd1972 && WholeSecondsAt(utcDayNumber + 1) > WholeSecondsAt(utcDayNumber);

    private static int WholeSecondsAt(int utcDayNumber)
    {
        int result = s_integerSteps[0].TaiMinusUtcSeconds;
        foreach (var (dayNumber, seconds) in s_integerSteps)
        {
            if (utcDayNumber < dayNumber)
            {
                break;
            }

            result = seconds;
        }

        return result;
    }
}
