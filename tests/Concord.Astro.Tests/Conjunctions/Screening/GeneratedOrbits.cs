using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;

namespace Concord.Astro.Tests.Conjunctions.Screening;

/// <summary>Element sets generated for the screening tests (no external data): crowded shells, eccentric and GEO
/// objects, formation flyers, a decaying object.</summary>
internal static class GeneratedOrbits
{
    public static readonly Epoch Epoch = Epoch.ParseIso("2026-01-01T00:00:00Z", TimeScale.Utc, LeapSecondHandling.Reject);
    private const double Mu = 398600.8; // km³/s², WGS-72
    private const double Degrees = Math.PI / 180.0;

    public static Sgp4Elements Elements(double semiMajorAxisKm, double eccentricity, double inclinationDeg, double raanDeg,
        double argumentOfPerigeeDeg, double meanAnomalyDeg, double bstar = 1.0e-5, Epoch? epoch = null)
    {
        double meanMotionRadPerMin = Math.Sqrt(Mu / (semiMajorAxisKm * semiMajorAxisKm * semiMajorAxisKm)) * 60.0;
        return new Sgp4Elements
        {
            Epoch = epoch ?? Epoch,
            MeanMotionRadiansPerMinute = meanMotionRadPerMin,
            Eccentricity = eccentricity,
            InclinationRadians = inclinationDeg * Degrees,
            RightAscensionOfAscendingNodeRadians = raanDeg * Degrees,
            ArgumentOfPerigeeRadians = argumentOfPerigeeDeg * Degrees,
            MeanAnomalyRadians = meanAnomalyDeg * Degrees,
            BstarPerEarthRadius = bstar,
        };
    }

    public static ScreeningObject Object(string id, Sgp4Elements elements) =>
        ScreeningObject.FromSgp4(id, Sgp4Propagator.Create(elements, Sgp4Options.Default).Propagator);

    /// <summary>A crowded LEO shell (random planes at 7000 ± 5 km), a few eccentric objects crossing it, and a GEO
    /// cluster; ids are 1000 + index.</summary>
    public static List<ScreeningObject> Crowded(int seed, int shell, int eccentric, int geo)
    {
        var random = new Random(seed);
        var objects = new List<ScreeningObject>();
        for (int i = 0; i < shell; i++)
        {
            objects.Add(Object((1000 + objects.Count).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Elements(7000.0 + (random.NextDouble() * 10.0) - 5.0, random.NextDouble() * 0.002, 40.0 + (random.NextDouble() * 60.0),
                    random.NextDouble() * 360.0, random.NextDouble() * 360.0, random.NextDouble() * 360.0)));
        }

        for (int i = 0; i < eccentric; i++)
        {
            double perigee = 6995.0 + (random.NextDouble() * 10.0);
            double e = 0.3 + (random.NextDouble() * 0.4);
            objects.Add(Object((1000 + objects.Count).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Elements(perigee / (1.0 - e), e, 20.0 + (random.NextDouble() * 60.0), random.NextDouble() * 360.0,
                    random.NextDouble() * 360.0, random.NextDouble() * 360.0)));
        }

        for (int i = 0; i < geo; i++)
        {
            objects.Add(Object((1000 + objects.Count).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Elements(42164.0 + (random.NextDouble() * 20.0) - 10.0, random.NextDouble() * 0.0005, random.NextDouble() * 0.1,
                    80.0, 0.0, random.NextDouble() * 0.2)));
        }

        return objects;
    }
}
