using Concord.Astro.Time;

namespace Concord.Astro.Tests.Time;

public sealed partial class EpochTests
{
    [Fact]
    public void NanosecondsSurviveDecades()
    {
        Epoch start = Epoch.FromCalendar(1980, 1, 1, 0, 0, 0, 1, TimeScale.Tai);
        Duration fiftyYears = Duration.FromDays(365.25 * 50);
        Epoch later = start + fiftyYears + Duration.FromNanoseconds(1);
        Assert.Equal(fiftyYears + Duration.FromNanoseconds(1), later - start);
        Assert.Equal(2, later.ToCalendar(TimeScale.Tai).Nanosecond);
    }

    [Fact]
    public void SubtractionAndComparisonAreConsistent()
    {
        Epoch a = Epoch.FromCalendar(2026, 3, 10, 0, 0, 0, 0, TimeScale.Utc);
        Epoch b = a + Duration.FromMinutes(-1440);
        Assert.True(b < a);
        Assert.Equal(-1440.0, (b - a).TotalMinutes);
        Assert.Equal(a, b + Duration.FromDays(1));
        Assert.Equal(a.TaiNanosecondsSince2000, Epoch.FromTaiNanosecondsSince2000(a.TaiNanosecondsSince2000).TaiNanosecondsSince2000);
    }

    [Fact]
    public void FromUtcDateTimeOffsetKeepsTicks()
    {
        var value = new DateTimeOffset(2026, 11, 25, 20, 44, 45, TimeSpan.FromHours(1)).AddTicks(1234567);
        Assert.Equal("2026-11-25T19:44:45.1234567Z", Epoch.FromUtc(value).ToIsoString(TimeScale.Utc, 7));
    }

    [Fact]
    public void DurationOverflowThrowsInsteadOfWrapping()
    {
        Assert.Throws<OverflowException>(() => Duration.FromNanoseconds(long.MaxValue) + Duration.FromNanoseconds(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Duration.FromSeconds(double.NaN));
    }
}
