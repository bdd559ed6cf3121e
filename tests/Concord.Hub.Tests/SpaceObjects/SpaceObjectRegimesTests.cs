using Concord.Hub.SpaceObjects;

namespace Concord.Hub.Tests.SpaceObjects;

public sealed class SpaceObjectRegimesTests
{
    private static SpaceObject Orbit(double? perigeeKilometers, double? apogeeKilometers, double? nodalPeriodMinutes = null) =>
        new()
        {
            CatalogNumber = 1,
            Name = "X",
            Owner = "AAA",
            Originator = "AAA",
            PerigeeKilometers = perigeeKilometers,
            ApogeeKilometers = apogeeKilometers,
            NodalPeriodMinutes = nodalPeriodMinutes,
        };

    [Theory]
    [InlineData(400.0, 420.0, SpaceObjectRegime.Leo)]          // ISS-like
    [InlineData(1999.0, 1999.9, SpaceObjectRegime.Leo)]
    [InlineData(2000.0, 2000.0, SpaceObjectRegime.Meo)]        // boundary belongs to MEO
    [InlineData(20_180.0, 20_200.0, SpaceObjectRegime.Meo)]    // GPS-like
    [InlineData(35_780.0, 35_790.0, SpaceObjectRegime.Geo)]
    [InlineData(34_286.0, 37_286.0, SpaceObjectRegime.Geo)]    // band edges included
    [InlineData(250.0, 35_786.0, SpaceObjectRegime.Heo)]       // GTO
    [InlineData(600.0, 39_700.0, SpaceObjectRegime.Heo)]       // Molniya
    [InlineData(20_000.0, 36_000.0, SpaceObjectRegime.Heo)]    // crosses into the GEO band
    [InlineData(40_000.0, 40_100.0, SpaceObjectRegime.Heo)]    // graveyard and above
    public void Altitudes_Classify(double perigee, double apogee, SpaceObjectRegime expected)
    {
        Assert.Equal(expected, SpaceObjectRegimes.Classify(Orbit(perigee, apogee)));
    }

    [Theory]
    [InlineData(92.7, SpaceObjectRegime.Leo)]
    [InlineData(718.0, SpaceObjectRegime.Meo)]       // a Molniya period looks like MEO: the period shows no eccentricity
    [InlineData(1436.1, SpaceObjectRegime.Geo)]      // sidereal day
    [InlineData(2000.0, SpaceObjectRegime.Heo)]
    public void PeriodOnly_Classifies(double minutes, SpaceObjectRegime expected)
    {
        Assert.Equal(expected, SpaceObjectRegimes.Classify(Orbit(null, 500.0, minutes)));
    }

    [Fact]
    public void AltitudesWinOverPeriod_AndNothingMeansNoRegime()
    {
        Assert.Equal(SpaceObjectRegime.Leo, SpaceObjectRegimes.Classify(Orbit(500.0, 510.0, 1436.0)));
        Assert.Null(SpaceObjectRegimes.Classify(Orbit(null, null)));
    }

    [Fact]
    public void PeriodThresholds_AreCircularOrbitPeriodsAtTheBoundaryAltitudes()
    {
        // Two-body period at 35 786 km is one sidereal day, 1436.07 min; 0.1 min tolerance covers WGS 84 GM rounding.
        Assert.Equal(1436.07, SpaceObjectRegimes.CircularPeriodMinutes(SpaceObjectRegimes.GeoAltitudeKilometers), 0.1);
        Assert.Equal(127.2, SpaceObjectRegimes.CircularPeriodMinutes(SpaceObjectRegimes.LeoMaxAltitudeKilometers), 0.1);
    }

    [Theory]
    [InlineData("leo", SpaceObjectRegime.Leo)]
    [InlineData("meo", SpaceObjectRegime.Meo)]
    [InlineData("geo", SpaceObjectRegime.Geo)]
    [InlineData("heo", SpaceObjectRegime.Heo)]
    public void WireNames_RoundTrip(string wireName, SpaceObjectRegime regime)
    {
        Assert.True(SpaceObjectRegimes.TryParse(wireName, out SpaceObjectRegime? parsed));
        Assert.Equal(regime, parsed);
        Assert.Equal(wireName, regime.ToWireName());
        Assert.False(SpaceObjectRegimes.TryParse(wireName.ToUpperInvariant(), out _));
    }
}
