using Concord.Astro.Orbits;

namespace Concord.Astro.Tests.Orbits;

public sealed class TwoBodyTests
{
    // Mean sidereal day, 23 h 56 min 4.0905 s = 86164.0905 s (the standard value, as in the Astronomical Almanac).
    private const double SiderealDaySeconds = 86164.0905;

    [Fact]
    public void GeostationaryRadius_HasAPeriodOfOneSiderealDay()
    {
        // a = 42164.17 km is the geostationary radius ∛(μ/ω²) for ω = 2π / 86164.0905 s and WGS-84 GM (42164.1696 km).
        // Hand check: 2π √(42164.17³ / 398600.4418) = 86164.0917 s; 1 s is generous for a rounded to 10 m (0.0012 s).
        Assert.Equal(SiderealDaySeconds, TwoBody.PeriodSeconds(42164.17, EarthConstants.Wgs84GravitationalParameterKm3PerS2), 1.0);
        Assert.Equal(SiderealDaySeconds, TwoBody.PeriodSeconds(42_164_170.0, EarthConstants.Wgs84GravitationalParameterM3PerS2), 1.0);
    }

    [Fact]
    public void MeanMotion_OfAnIssLikeOrbit()
    {
        // 15.5 rev/day: n = 15.5 · 2π / 86400 = 1.1271884e-3 rad/s, a = ∛(398600.8 / n²) = 6794.865 km (hand/calculator).
        const double n = 15.5 * 2.0 * Math.PI / 86400.0;
        double a = TwoBody.SemiMajorAxis(n, EarthConstants.Wgs72GravitationalParameterKm3PerS2);

        Assert.Equal(6794.865, a, 1e-3);
        Assert.Equal(86400.0 / 15.5, TwoBody.PeriodSeconds(n), 1e-9);
        Assert.Equal(TwoBody.PeriodSeconds(n), TwoBody.PeriodSeconds(a, EarthConstants.Wgs72GravitationalParameterKm3PerS2), 1e-9);
    }

    [Theory]
    [InlineData(6678.0)]
    [InlineData(26560.0)]
    [InlineData(42164.17)]
    public void SemiMajorAxis_AndMeanMotion_RoundTrip(double semiMajorAxisKilometers)
    {
        // Relative 1e-14: two square/cube roots and a handful of roundings, each below 1.2e-16.
        double n = TwoBody.MeanMotionRadiansPerSecond(semiMajorAxisKilometers, EarthConstants.Wgs84GravitationalParameterKm3PerS2);
        double back = TwoBody.SemiMajorAxis(n, EarthConstants.Wgs84GravitationalParameterKm3PerS2);

        Assert.Equal(semiMajorAxisKilometers, back, semiMajorAxisKilometers * 1e-14);
        Assert.Equal(TwoBody.PeriodSeconds(semiMajorAxisKilometers, EarthConstants.Wgs84GravitationalParameterKm3PerS2),
            TwoBody.PeriodSeconds(n), 1e-9);
    }

    [Fact]
    public void Apsides_OfAMolniyaLikeOrbit()
    {
        // a = 26600 km, e = 0.74: r_p = 26600 · 0.26 = 6916 km, r_a = 26600 · 1.74 = 46284 km; altitudes over the
        // WGS-84 radius 6378.137 km: 537.863 km and 39905.863 km (hand arithmetic).
        Assert.Equal(6916.0, TwoBody.PerigeeRadius(26600.0, 0.74), 1e-9);
        Assert.Equal(46284.0, TwoBody.ApogeeRadius(26600.0, 0.74), 1e-9);
        Assert.Equal(537.863, TwoBody.PerigeeAltitude(26600.0, 0.74, EarthConstants.Wgs84EquatorialRadiusKilometers), 1e-9);
        Assert.Equal(39905.863, TwoBody.ApogeeAltitude(26600.0, 0.74, EarthConstants.Wgs84EquatorialRadiusKilometers), 1e-9);
    }

    [Fact]
    public void Apsides_OfACircularOrbit_AreItsRadius()
    {
        Assert.Equal(7000.0, TwoBody.PerigeeRadius(7000.0, 0.0));
        Assert.Equal(7000.0, TwoBody.ApogeeRadius(7000.0, 0.0));
        Assert.Equal(7000.0 - 6378.135, TwoBody.PerigeeAltitude(7000.0, 0.0, EarthConstants.Wgs72EquatorialRadiusKilometers));
    }

    [Fact]
    public void VisViva_RecoversTheSemiMajorAxis()
    {
        const double mu = EarthConstants.Wgs84GravitationalParameterM3PerS2;
        const double a = 26_600_000.0, e = 0.74;
        double perigee = TwoBody.PerigeeRadius(a, e), apogee = TwoBody.ApogeeRadius(a, e);

        // v² = μ(2/r − 1/a) at both apsides; circular: v² = μ/r. Relative 1e-12 covers the cancellation in 2/r − v²/μ.
        Assert.Equal(a, TwoBody.SemiMajorAxisFromVisViva(perigee, mu * ((2.0 / perigee) - (1.0 / a)), mu), a * 1e-12);
        Assert.Equal(a, TwoBody.SemiMajorAxisFromVisViva(apogee, mu * ((2.0 / apogee) - (1.0 / a)), mu), a * 1e-12);
        Assert.Equal(7.0e6, TwoBody.SemiMajorAxisFromVisViva(7.0e6, mu / 7.0e6, mu), 1e-6);

        // Above escape speed (v² > 2μ/r) the orbit is hyperbolic: a < 0.
        Assert.True(TwoBody.SemiMajorAxisFromVisViva(7.0e6, 2.1 * mu / 7.0e6, mu) < 0.0);
    }
}
