using Concord.Astro.Frames;
using Concord.Astro.Mathematics;

namespace Concord.Astro.Tests.Frames;

public sealed class GeodeticPointTests
{
    private const double Deg = AngleUnits.RadiansPerDegree;

    [Fact]
    public void ItrfToGeodetic_MatchesVallado2013Example33()
    {
        // Vallado (2013) Example 3-3: r_ITRF = (6524.834, 6862.875, 6448.296) km -> φ_gd = 34.352496°, λ = 46.4464°,
        // h = 5085.22 km. Tolerances: one unit of each published digit. Measured: 8.5e-7° (Vallado's iterative
        // Algorithm 12 stops short of the exact value in the 6th decimal), 1.7e-5°, 1.3 m.
        GeodeticPoint point = GeodeticPoint.FromItrfPositionMeters(new Vector3d(6_524_834.0, 6_862_875.0, 6_448_296.0));

        Assert.Equal(34.352496, point.LatitudeRadians / Deg, 1e-6);
        Assert.Equal(46.4464, point.LongitudeRadians / Deg, 1e-4);
        Assert.Equal(5_085_220.0, point.HeightMeters, 10.0);
    }

    public static TheoryData<double, double, double> RoundTripPoints() => new()
    {
        { 0.0, 0.0, 0.0 },
        { 0.0, 180.0, 35_786_000.0 },
        { 45.0, -120.0, 400_000.0 },
        { -33.9, 18.4, -100.0 },
        { 89.999999, 10.0, 800_000.0 },
        { -89.9, -179.9, 20_200_000.0 },
        { 60.0, 90.0, -5_000.0 },
        { 1e-9, 1e-9, 1.0 },
    };

    [Theory]
    [MemberData(nameof(RoundTripPoints))]
    public void RoundTripThroughItrf(double latitudeDegrees, double longitudeDegrees, double heightMeters)
    {
        // Brief: converge to < 1e-9 rad and < 1 mm. Measured over these points (surface to GEO): 1.1e-16 rad, 9e-10 m.
        var point = new GeodeticPoint(latitudeDegrees * Deg, longitudeDegrees * Deg, heightMeters);

        GeodeticPoint back = GeodeticPoint.FromItrfPositionMeters(point.ToItrfPositionMeters());

        Assert.Equal(point.LatitudeRadians, back.LatitudeRadians, 1e-12);
        Assert.Equal(point.HeightMeters, back.HeightMeters, 1e-6);
        Assert.Equal(0.0, Math.IEEERemainder(point.LongitudeRadians - back.LongitudeRadians, 2.0 * Math.PI), 1e-12);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(-1.0)]
    public void PoleIsExact(double sign)
    {
        // On the axis: φ = ±90°, h = |z| − b, longitude 0 by convention.
        double z = sign * (Wgs84Ellipsoid.SemiMinorAxisMeters + 1_000.0);

        GeodeticPoint point = GeodeticPoint.FromItrfPositionMeters(new Vector3d(0.0, 0.0, z));

        Assert.Equal(sign * Math.PI / 2.0, point.LatitudeRadians, 1e-15);
        Assert.Equal(0.0, point.LongitudeRadians);
        Assert.Equal(1_000.0, point.HeightMeters, 1e-6);
    }

    [Fact]
    public void EquatorIsExact()
    {
        GeodeticPoint point = GeodeticPoint.FromItrfPositionMeters(new Vector3d(0.0, -(Wgs84Ellipsoid.SemiMajorAxisMeters + 500.0), 0.0));

        Assert.Equal(0.0, point.LatitudeRadians, 1e-15);
        Assert.Equal(-Math.PI / 2.0, point.LongitudeRadians, 1e-15);
        Assert.Equal(500.0, point.HeightMeters, 1e-6);
    }

    [Fact]
    public void Wgs84ConstantsMatchNimaTr8350()
    {
        // NIMA TR8350.2 Table 3.1/3.3: b = 6356752.3142 m, e² = 6.69437999014e-3.
        Assert.Equal(6_356_752.3142, Wgs84Ellipsoid.SemiMinorAxisMeters, 1e-4);
        Assert.Equal(6.69437999014e-3, Wgs84Ellipsoid.EccentricitySquared, 1e-14);
    }
}
