using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;
using Concord.Formats.Tle;

namespace Concord.Formats.Tests.Tle;

public sealed class TleTests
{
    [Fact]
    public void ToSgp4Elements_ConvertsUnits()
    {
        Formats.Tle.Tle iss = Assert.Single(TleReader.Parse(TleSamples.Iss3le).Sets);

        Sgp4Elements elements = iss.ToSgp4Elements();

        Assert.Equal(iss.Epoch, elements.Epoch);
        Assert.Equal(15.49594026 * 2.0 * Math.PI / 1440.0, elements.MeanMotionRadiansPerMinute, 15);
        Assert.Equal(0.0676138, elements.MeanMotionRadiansPerMinute, 7);
        Assert.Equal(51.6445 * Math.PI / 180.0, elements.InclinationRadians, 15);
        Assert.Equal(336.0056 * Math.PI / 180.0, elements.RightAscensionOfAscendingNodeRadians, 15);
        Assert.Equal(51.7508 * Math.PI / 180.0, elements.ArgumentOfPerigeeRadians, 15);
        Assert.Equal(17.5213 * Math.PI / 180.0, elements.MeanAnomalyRadians, 15);
        Assert.Equal(0.0006830, elements.Eccentricity);
        Assert.Equal(0.11386e-3, elements.BstarPerEarthRadius);
    }

    [Fact]
    public void FromSgp4Elements_ConvertsUnits_WrapsAngles_AndDefaults()
    {
        var elements = new Sgp4Elements
        {
            Epoch = Epoch.FromDayOfYear(2026, 68, 0, TimeScale.Utc),
            MeanMotionRadiansPerMinute = 15.0 * 2.0 * Math.PI / 1440.0,
            Eccentricity = 0.001,
            InclinationRadians = Math.PI / 2.0,
            RightAscensionOfAscendingNodeRadians = -Math.PI / 2.0,
            ArgumentOfPerigeeRadians = 5.0 * Math.PI,
            MeanAnomalyRadians = 0.0,
            BstarPerEarthRadius = 1.0e-4,
        };

        Formats.Tle.Tle tle = Formats.Tle.Tle.FromSgp4Elements(elements, 270_001);

        Assert.Equal(270_001, tle.CatalogNumber);
        Assert.Equal("T0001", tle.CatalogNumberText);
        Assert.Equal(15.0, tle.MeanMotionRevolutionsPerDay, 12);
        Assert.Equal(90.0, tle.InclinationDegrees, 12);
        Assert.Equal(270.0, tle.RightAscensionOfAscendingNodeDegrees, 12);
        Assert.Equal(180.0, tle.ArgumentOfPerigeeDegrees, 12);
        Assert.Equal('U', tle.Classification);
        Assert.Equal(0, tle.EphemerisType);
        Assert.Null(tle.Name);
        Assert.Null(tle.ElementSetNumber);
        Assert.Equal(TleNotation.Standard, tle.Notation);
        Assert.True(TleWriter.TryFormatLines(tle, out string line1, out string line2, out _));
        Assert.Equal(TleSamples.WithChecksum("1 T0001U          26068.00000000  .00000000  00000+0  10000-3 0     0"), line1);
        Assert.Equal(TleSamples.WithChecksum("2 T0001  90.0000 270.0000 0010000 180.0000   0.0000 15.00000000     0"), line2);
    }
}
