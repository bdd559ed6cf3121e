using Concord.Astro.Frames;
using Concord.Astro.Orbits;
using Concord.Astro.Propagation.Sgp4;

namespace Concord.Astro.Tests.Orbits;

public sealed class EarthConstantsTests
{
    [Fact]
    public void Wgs72_IsSgp4sModel()
    {
        // Vallado et al. 2006 (AIAA 2006-6753), getgravconst 'wgs72': mu = 398600.8 km³/s², radiusearthkm = 6378.135 km.
        Assert.Equal(398600.8, EarthConstants.Wgs72GravitationalParameterKm3PerS2);
        Assert.Equal(398_600_800_000_000.0, EarthConstants.Wgs72GravitationalParameterM3PerS2);
        Assert.Equal(6378.135, EarthConstants.Wgs72EquatorialRadiusKilometers);
        Assert.Equal(6_378_135.0, EarthConstants.Wgs72EquatorialRadiusMeters);

        Sgp4GravityConstants sgp4 = Sgp4GravityConstants.Get(GravityModel.Wgs72);
        Assert.Equal(EarthConstants.Wgs72GravitationalParameterKm3PerS2, sgp4.mu);
        Assert.Equal(EarthConstants.Wgs72EquatorialRadiusKilometers, sgp4.radiusearthkm);
    }

    [Fact]
    public void Wgs84_IsNimaTr8350()
    {
        // NIMA TR8350.2 (3rd ed., amendment 1): a = 6378137 m (table 3.1), GM = 3986004.418e8 m³/s² (table 3.4).
        Assert.Equal(398600.4418, EarthConstants.Wgs84GravitationalParameterKm3PerS2);
        Assert.Equal(398_600_441_800_000.0, EarthConstants.Wgs84GravitationalParameterM3PerS2);
        Assert.Equal(6378.137, EarthConstants.Wgs84EquatorialRadiusKilometers);
        Assert.Equal(6_378_137.0, EarthConstants.Wgs84EquatorialRadiusMeters);
        Assert.Equal(Wgs84Ellipsoid.SemiMajorAxisMeters, EarthConstants.Wgs84EquatorialRadiusMeters);
    }

    [Fact]
    public void MetreAndKilometreValues_AreTheSameNumber()
    {
        // Each pair is one published value in two units; the conversion is exact in decimal, so the doubles agree to
        // within one rounding of the product.
        Assert.Equal(EarthConstants.Wgs72GravitationalParameterM3PerS2, EarthConstants.Wgs72GravitationalParameterKm3PerS2 * 1e9, 1e-6);
        Assert.Equal(EarthConstants.Wgs84GravitationalParameterM3PerS2, EarthConstants.Wgs84GravitationalParameterKm3PerS2 * 1e9, 1e-6);
        Assert.Equal(EarthConstants.Wgs72EquatorialRadiusMeters, EarthConstants.Wgs72EquatorialRadiusKilometers * 1e3, 1e-9);
        Assert.Equal(EarthConstants.Wgs84EquatorialRadiusMeters, EarthConstants.Wgs84EquatorialRadiusKilometers * 1e3, 1e-9);
    }
}
