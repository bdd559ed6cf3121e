namespace Concord.Astro.Time;

/// <summary>Proleptic Gregorian calendar arithmetic on day numbers counted from 2000-01-01.</summary>
/// <remarks>The day-number conversion follows the civil-from-days derivation of H. Hinnant,
/// "chrono-Compatible Low-Level Date Algorithms" (2013), written here from the published equations.</remarks>
internal static class CivilCalendar
{
    /// <summary>Days from 0000-03-01 to 2000-01-01 in the proleptic Gregorian calendar.</summary>
    private const int DaysFromEra0To2000 = 730_425;

    internal static int DayNumber(int year, int month, int day)
    {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yearOfEra = y - (era * 400);
        int dayOfYear = ((153 * (month + (month > 2 ? -3 : 9))) + 2) / 5 + day - 1;
        int dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146_097) + dayOfEra - DaysFromEra0To2000;
    }

    internal static (int Year, int Month, int Day) FromDayNumber(int dayNumber)
    {
        int z = dayNumber + DaysFromEra0To2000;
        int era = (z >= 0 ? z : z - 146_096) / 146_097;
        int dayOfEra = z - (era * 146_097);
        int yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36_524) - (dayOfEra / 146_096)) / 365;
        int dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        int mp = ((5 * dayOfYear) + 2) / 153;
        int day = dayOfYear - (((153 * mp) + 2) / 5) + 1;
        int month = mp < 10 ? mp + 3 : mp - 9;
        int year = yearOfEra + (era * 400) + (month <= 2 ? 1 : 0);
        return (year, month, day);
    }

    internal static bool IsLeapYear(int year) => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

    internal static int DaysInMonth(int year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
