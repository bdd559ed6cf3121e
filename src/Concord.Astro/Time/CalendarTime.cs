namespace Concord.Astro.Time;

/// <summary>Calendar fields of an epoch in some time scale (see <see cref="Epoch.ToCalendar"/>).</summary>
/// <param name="Year">Proleptic Gregorian year.</param>
/// <param name="Month">1-12.</param>
/// <param name="Day">1-31.</param>
/// <param name="Hour">0-23.</param>
/// <param name="Minute">0-59.</param>
/// <param name="Second">0-59, or 60 during a UTC leap second.</param>
/// <param name="Nanosecond">0-999,999,999.</param>
/// <param name="DayOfYear">1-366.</param>
public readonly record struct CalendarTime(int Year, int Month, int Day, int Hour, int Minute, int Second, long Nanosecond, int DayOfYear)
{
    internal static CalendarTime From(int dayNumber, long nanoOfDay)
    {
        (int year, int month, int day) = CivilCalendar.FromDayNumber(dayNumber);
        int dayOfYear = dayNumber - CivilCalendar.DayNumber(year, 1, 1) + 1;
        long secondOfDay = nanoOfDay / Duration.NanosecondsPerSecond;
        long nanosecond = nanoOfDay % Duration.NanosecondsPerSecond;
        int hour = (int)Math.Min(secondOfDay / 3600, 23);
        int minute = (int)Math.Min((secondOfDay - (hour * 3600L)) / 60, 59);
        int second = (int)(secondOfDay - (hour * 3600L) - (minute * 60L));
        return new CalendarTime(year, month, day, hour, minute, second, nanosecond, dayOfYear);
    }
}
