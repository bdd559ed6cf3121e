using Concord.Astro.Time;

namespace Concord.Astro.Tests.Time;

public sealed partial class EpochTests
{
    [Fact]
    public void JulianDateMatchesVallado2013Example3_4()
    {
        // Vallado (2013) Example 3-4: 1996 October 26, 14:20:00 UT → JD 2450383.09722222 (8 decimals published).
        Epoch epoch = Epoch.FromCalendar(1996, 10, 26, 14, 20, 0, 0, TimeScale.Utc);
        JulianDate jd = epoch.ToJulianDate(TimeScale.Utc);
        Assert.Equal(2450383.5 - 1.0, jd.Day);
        Assert.Equal(2450383.09722222, jd.Value, 5e-9);
    }

    [Fact]
    public void JulianDateRoundTripsToTheNanosecond()
    {
        Epoch epoch = Epoch.FromCalendar(2031, 7, 4, 23, 59, 59, 999_999_999, TimeScale.Tt);
        Epoch back = Epoch.FromJulianDate(epoch.ToJulianDate(TimeScale.Tt));
        // Two-part JD: the fraction is a double of a number < 1, resolution ~1e-16 day ≈ 10 ps.
        Assert.True(Math.Abs((back - epoch).TotalNanoseconds) <= 1);
    }

    [Fact]
    public void ModifiedJulianDateOfJ2000Midnight()
    {
        Assert.Equal(51544.0, Epoch.FromCalendar(2000, 1, 1, 0, 0, 0, 0, TimeScale.Tt).ToModifiedJulianDate(TimeScale.Tt));
    }

    [Theory]
    [InlineData("2026-03-10T12:34:56.123456Z", "2026-03-10T12:34:56.123456Z")]
    [InlineData("2026-069T12:34:56.123456Z", "2026-03-10T12:34:56.123456Z")]
    [InlineData("2024-366T00:00:00Z", "2024-12-31T00:00:00.000000Z")]
    [InlineData("2026-03-10", "2026-03-10T00:00:00.000000Z")]
    [InlineData("2026-03-10T12:34Z", "2026-03-10T12:34:00.000000Z")]
    [InlineData("1999-12-31T23:59:59.9999996Z", "2000-01-01T00:00:00.000000Z")]
    public void IsoParseAndFormat(string text, string expected)
    {
        Assert.Equal(expected, Epoch.ParseIso(text, TimeScale.Utc, LeapSecondHandling.AcceptAnnounced).ToIsoString(TimeScale.Utc));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-13-01T00:00:00Z")]
    [InlineData("2026-02-29T00:00:00Z")]
    [InlineData("2025-366T00:00:00Z")]
    [InlineData("2026-03-10T24:00:00Z")]
    [InlineData("2026-03-10T12:00:00.Z")]
    [InlineData("2026-03-10T12:00:00+01:00")]
    [InlineData("26-03-10T12:00:00Z")]
    public void MalformedIsoIsRejected(string text)
    {
        Assert.False(Epoch.TryParseIso(text, TimeScale.Utc, LeapSecondHandling.AcceptAnnounced, out _));
    }

    [Fact]
    public void ZuluSuffixIsRejectedForNonUtcScales()
    {
        Assert.False(Epoch.TryParseIso("2026-03-10T00:00:00Z", TimeScale.Tai, LeapSecondHandling.Reject, out _));
        Assert.True(Epoch.TryParseIso("2026-03-10T00:00:00", TimeScale.Tai, LeapSecondHandling.Reject, out _));
    }

    [Fact]
    public void DayOfYearEpochIsExact()
    {
        // TLE epoch 22022.91470718: 8 decimals of a day are multiples of 864 µs, exactly representable in nanoseconds.
        Epoch epoch = Epoch.FromDayOfYear(2022, 22, 91_470_718L * 864_000L, TimeScale.Utc);
        Assert.Equal("2022-01-22T21:57:10.700352000Z", epoch.ToIsoString(TimeScale.Utc, 9));
        Assert.Equal(22, epoch.ToCalendar(TimeScale.Utc).DayOfYear);
    }
}
