using Concord.Astro.Time;

namespace Concord.Astro.Tests.Time;

public sealed partial class EpochTests
{
    [Fact]
    public void J2000IsNoonTerrestrialTime()
    {
        Assert.Equal("2000-01-01T12:00:00.000000", Epoch.J2000.ToIsoString(TimeScale.Tt));
        // TT − TAI = 32.184 s; TAI − UTC = 32 s in 2000 (IERS tai-utc.dat).
        Assert.Equal("2000-01-01T11:59:27.816000", Epoch.J2000.ToIsoString(TimeScale.Tai));
        Assert.Equal("2000-01-01T11:58:55.816000Z", Epoch.J2000.ToIsoString(TimeScale.Utc));
    }
}
