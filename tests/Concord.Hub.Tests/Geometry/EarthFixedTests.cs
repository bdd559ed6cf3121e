using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Time;
using Concord.Hub.Geometry;

namespace Concord.Hub.Tests.Geometry;

/// <summary>The Earth rotation angle and sub-point the console's globe and ground track use.</summary>
public sealed class EarthFixedTests
{
    private const double DegreesPerRadian = 180.0 / Math.PI;

    /// <summary>Vallado 2013, Example 3-5: GMST at 1992 August 20, 12:14 UT1 is 152.578 787 886°. UT1 is taken as UTC here
    /// (no EOP), so the example's UT1 is given as UTC. Tolerance 1e-6° (3.6 mas): the printed digits.</summary>
    [Fact]
    public void Gmst_MatchesValladoExample3_5()
    {
        Epoch epoch = Epoch.FromCalendar(1992, 8, 20, 12, 14, 0, 0, TimeScale.Utc);

        double gmst = EarthFixed.GmstRadians(epoch) * DegreesPerRadian;

        Assert.Equal(152.578787886, gmst, 6);
    }

    /// <summary>A point on the ground put into TEME by turning it +GMST about z comes back to the same latitude, longitude
    /// and height: the sub-point undoes the rotation in the right direction (a wrong sign would move it by 2 GMST).</summary>
    [Theory]
    [InlineData(0.0, 0.0, 400_000.0)]
    [InlineData(51.6, -120.3, 420_000.0)]
    [InlineData(-33.9, 151.2, 35_786_000.0)]
    public void SubPoint_OfAGroundPointTurnedIntoTeme_IsThatPoint(double latitudeDeg, double longitudeDeg, double heightMeters)
    {
        Epoch epoch = Epoch.FromCalendar(2026, 11, 26, 8, 0, 0, 0, TimeScale.Utc);
        var point = new GeodeticPoint(latitudeDeg / DegreesPerRadian, longitudeDeg / DegreesPerRadian, heightMeters);
        Vector3d teme = Matrix3x3d.RotationZ(-EarthFixed.GmstRadians(epoch)) * point.ToItrfPositionMeters();

        GeodeticPoint below = EarthFixed.SubPoint(epoch, teme);

        // 1e-7° is about 1 cm on the ground: the round trip is exact up to rounding.
        Assert.Equal(latitudeDeg, below.LatitudeRadians * DegreesPerRadian, 7);
        Assert.Equal(longitudeDeg, below.LongitudeRadians * DegreesPerRadian, 7);
        Assert.Equal(heightMeters, below.HeightMeters, 3);
    }
}
