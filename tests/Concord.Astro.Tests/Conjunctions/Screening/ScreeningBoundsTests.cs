using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Mathematics;
using Concord.Astro.Propagation.Sgp4;

namespace Concord.Astro.Tests.Conjunctions.Screening;

public sealed class ScreeningBoundsTests
{
    public static TheoryData<string, Sgp4Elements> Regimes() => new()
    {
        { "LEO 200 km, high drag", GeneratedOrbits.Elements(6578.0, 0.001, 51.6, 10.0, 0.0, 0.0, bstar: 5e-4) },
        { "LEO sun-synchronous", GeneratedOrbits.Elements(7078.0, 0.0012, 98.2, 200.0, 90.0, 30.0) },
        { "LEO polar, J2 extremes", GeneratedOrbits.Elements(6700.0, 0.0, 90.0, 0.0, 0.0, 0.0) },
        { "GTO", GeneratedOrbits.Elements(24400.0, 0.73, 7.0, 50.0, 180.0, 0.0) },
        { "Molniya (12 h resonance)", GeneratedOrbits.Elements(26600.0, 0.74, 63.4, 300.0, 270.0, 0.0) },
        { "GNSS", GeneratedOrbits.Elements(26560.0, 0.01, 55.0, 120.0, 0.0, 0.0) },
        { "GEO (24 h resonance)", GeneratedOrbits.Elements(42164.0, 0.0002, 0.05, 80.0, 0.0, 0.0) },
    };

    // The filter's proof assumes an SGP4 trajectory's acceleration differs from point-mass gravity by at most
    // PerturbationKmPerS2 (J2-sized). Checked by central differences (δ = 1 s: truncation ~1e-9 km/s², rounding
    // ~1e-8 km/s², both far below the 5e-5 bound) every 37 s over two days.
    [Theory]
    [MemberData(nameof(Regimes))]
    public void Sgp4AccelerationStaysWithinThePerturbationBound(string regime, Sgp4Elements elements)
    {
        Sgp4Propagator propagator = Sgp4Propagator.Create(elements, Sgp4Options.Default).Propagator;
        double worst = 0.0;
        for (double seconds = 1.0; seconds < 2 * 86400.0; seconds += 37.0)
        {
            Vector3d before = PositionKm(propagator, seconds - 1.0), now = PositionKm(propagator, seconds), after = PositionKm(propagator, seconds + 1.0);
            Vector3d acceleration = before + after - (2.0 * now);
            double r = now.Length;
            Vector3d gravity = now * (-ScreeningBounds.MuKm3PerS2 / (r * r * r));
            worst = Math.Max(worst, (acceleration - gravity).Length);
            Assert.True(acceleration.Length <= ScreeningBounds.MaxAccelerationKmPerS2, regime);
        }

        Assert.True(worst <= ScreeningBounds.PerturbationKmPerS2, $"{regime}: {worst:E3} km/s²");
        Assert.True(2.0 * ScreeningBounds.PerturbationKmPerS2 <= ScreeningBounds.PerturbationDifferenceKmPerS2);
    }

    private static Vector3d PositionKm(Sgp4Propagator propagator, double seconds) =>
        propagator.Propagate(seconds / 60.0).PositionMeters / 1000.0;
}
