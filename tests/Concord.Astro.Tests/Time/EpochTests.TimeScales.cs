using Concord.Astro.Time;

namespace Concord.Astro.Tests.Time;

public sealed partial class EpochTests
{
    [Theory]
    // TAI − UTC from the IERS/USNO table tai-utc.dat: 10 s at 1972-01-01, 32 s during 2000, 37 s since 2017-01-01.
    [InlineData("1972-01-01T00:00:00Z", 10)]
    [InlineData("2000-06-28T00:00:00Z", 32)]
    [InlineData("2016-12-31T23:59:59Z", 36)]
    [InlineData("2017-01-01T00:00:00Z", 37)]
    [InlineData("2026-11-25T00:00:00Z", 37)]
    public void TaiMinusUtcFollowsTheLeapSecondTable(string utc, int expectedSeconds)
    {
        Epoch epoch = Epoch.ParseIso(utc, TimeScale.Utc, LeapSecondHandling.Reject);
        CalendarTime tai = epoch.ToCalendar(TimeScale.Tai);
        CalendarTime asUtc = epoch.ToCalendar(TimeScale.Utc);
        long difference = ((tai.Hour * 3600L) + (tai.Minute * 60L) + tai.Second) - ((asUtc.Hour * 3600L) + (asUtc.Minute * 60L) + asUtc.Second);
        if (tai.Day != asUtc.Day)
        {
            difference += 86_400;
        }

        Assert.Equal(expectedSeconds, difference);
    }

    [Fact]
    public void ElapsedTimeAcrossALeapSecondCountsIt()
    {
        Epoch before = Epoch.ParseIso("2016-12-31T23:59:59Z", TimeScale.Utc, LeapSecondHandling.Reject);
        Epoch leap = Epoch.ParseIso("2016-12-31T23:59:60Z", TimeScale.Utc, LeapSecondHandling.AcceptAnnounced);
        Epoch after = Epoch.ParseIso("2017-01-01T00:00:00Z", TimeScale.Utc, LeapSecondHandling.Reject);

        Assert.Equal(Duration.FromSeconds(1), leap - before);
        Assert.Equal(Duration.FromSeconds(2), after - before);
        Assert.Equal("2016-12-31T23:59:60.500Z", (leap + Duration.FromSeconds(0.5)).ToIsoString(TimeScale.Utc, 3));
    }

    [Theory]
    [InlineData("2016-12-31T23:59:60Z", LeapSecondHandling.Reject)]
    [InlineData("2016-06-30T23:59:60Z", LeapSecondHandling.AcceptAnnounced)]
    [InlineData("2016-12-31T23:58:60Z", LeapSecondHandling.AcceptAnnounced)]
    public void UnannouncedOrRejectedLeapSecondsDoNotParse(string text, LeapSecondHandling handling)
    {
        Assert.False(Epoch.TryParseIso(text, TimeScale.Utc, handling, out _));
    }

    [Fact]
    public void TerrestrialTimeIsTaiPlus32Point184Seconds()
    {
        Epoch epoch = Epoch.FromCalendar(2020, 5, 17, 3, 0, 0, 0, TimeScale.Tai);
        Assert.Equal("2020-05-17T03:00:32.184000000", epoch.ToIsoString(TimeScale.Tt, 9));
    }

    [Fact]
    public void Ut1EqualsUtcWithoutEarthOrientationData()
    {
        Epoch epoch = Epoch.ParseIso("2004-04-06T07:51:28.386009Z", TimeScale.Utc, LeapSecondHandling.Reject);
        Assert.Equal(epoch.ToJulianDate(TimeScale.Utc).Value, epoch.ToJulianDate(TimeScale.Ut1).Value);
        // Vallado (2013) Example 3-15: DUT1 = −0.4399619 s.
        JulianDate ut1 = epoch.ToUt1JulianDate(-0.4399619);
        JulianDate utc = epoch.ToJulianDate(TimeScale.Utc);
        double shiftSeconds = ((ut1.Day - utc.Day) + (ut1.Fraction - utc.Fraction)) * 86_400.0;
        Assert.Equal(-0.4399619, shiftSeconds, 1e-9);
    }

    [Fact]
    public void Pre1972UtcUsesTheDriftFormula()
    {
        // tai-utc.dat: 1968 FEB 1 onward, TAI−UTC = 4.2131700 s + (MJD − 39126) × 0.002592 s. At 1970-01-01 (MJD 40587): 8.0000820 s.
        Epoch epoch = Epoch.FromCalendar(1970, 1, 1, 0, 0, 0, 0, TimeScale.Utc);
        Epoch tai = Epoch.FromCalendar(1970, 1, 1, 0, 0, 0, 0, TimeScale.Tai);
        Assert.Equal(8.0000820, (epoch - tai).TotalSeconds, 1e-6);
        Assert.Equal("1970-01-01T00:00:00.000000Z", epoch.ToIsoString(TimeScale.Utc));
    }

    [Theory]
    [InlineData(1957, 10, 4, 19, 28, 34)]
    [InlineData(1960, 12, 31, 23, 59, 59)]
    [InlineData(1965, 3, 1, 0, 0, 0)]
    [InlineData(1971, 12, 31, 23, 59, 59)]
    public void EarlyUtcRoundTripsToTheNanosecond(int year, int month, int day, int hour, int minute, int second)
    {
        // Before 1961 the drift formula is extrapolated and TAI − UTC is negative, so the UTC day can be the day after the TAI day.
        Epoch epoch = Epoch.FromCalendar(year, month, day, hour, minute, second, 123_456_789, TimeScale.Utc);
        CalendarTime back = epoch.ToCalendar(TimeScale.Utc);
        Assert.Equal(new CalendarTime(year, month, day, hour, minute, second, 123_456_789, back.DayOfYear), back);
    }
}
