using System.Collections.Immutable;
using Concord.Astro.Conjunctions.Assessment;
using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Ephemerides;
using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Tests.Conjunctions.Screening;
using Concord.Astro.Time;

namespace Concord.Astro.Tests.Conjunctions.Assessment;

/// <summary>Two LEO objects in perpendicular planes through the same node, 0.5 km apart in semi-major axis: they pass
/// each other at every node crossing (about every 48.6 min), some km apart and drifting apart (J2 turns the two planes differently), so the scene screens with a 200 km sphere. Object B also has an operator
/// ephemeris (its own SGP4 states, TEME, 60 s) over <see cref="EphemerisStart"/>-<see cref="EphemerisStop"/>, which covers
/// the second crossing only, with an RTN covariance every 10 minutes.</summary>
internal static class EngineScene
{
    public static readonly Sgp4Elements A = GeneratedOrbits.Elements(7000.0, 0.001, 0.0, 0.0, 0.0, 0.0);
    public static readonly Sgp4Elements B = GeneratedOrbits.Elements(7000.5, 0.001, 90.0, 0.0, 0.0, 0.0);
    public static readonly Epoch WindowStart = GeneratedOrbits.Epoch + Duration.FromMinutes(20);
    public static readonly Epoch WindowStop = GeneratedOrbits.Epoch + Duration.FromMinutes(180);
    public static readonly Epoch EphemerisStart = GeneratedOrbits.Epoch + Duration.FromMinutes(30);
    public static readonly Epoch EphemerisStop = GeneratedOrbits.Epoch + Duration.FromMinutes(70);
    public static readonly FrameTransformer Frames = new(EarthOrientationParameters.Zero);

    /// <summary>1-sigma 100 m radial, 300 m transverse, 50 m normal, small velocity terms (SI).</summary>
    public static readonly ImmutableArray<double> Covariance = [1.0e4, 0.0, 9.0e4, 0.0, 0.0, 2.5e3, 0, 0, 0, 1e-2, 0, 0, 0, 0, 1e-2, 0, 0, 0, 0, 0, 1e-2];

    public static Ephemeris EphemerisOfB()
    {
        Sgp4Propagator propagator = Sgp4Propagator.Create(B, Sgp4Options.Default).Propagator;
        var epochs = ImmutableArray.CreateBuilder<Epoch>();
        var positions = ImmutableArray.CreateBuilder<Vector3d>();
        var velocities = ImmutableArray.CreateBuilder<Vector3d>();
        var covariances = ImmutableArray.CreateBuilder<EphemerisCovariance>();
        for (Epoch t = EphemerisStart; t <= EphemerisStop; t += Duration.FromMinutes(1))
        {
            Sgp4Result state = propagator.Propagate((t - B.Epoch).TotalMinutes);
            epochs.Add(t);
            positions.Add(state.PositionMeters);
            velocities.Add(state.VelocityMetersPerSecond);
            if ((t - EphemerisStart).TotalMinutes % 10.0 == 0.0)
            {
                covariances.Add(new EphemerisCovariance(t, "RTN", Covariance));
            }
        }

        return Ephemeris.Create(ReferenceFrame.Teme, epochs.ToImmutable(), positions.ToImmutable(), velocities.ToImmutable(),
            EphemerisInterpolation.Lagrange, 7, covariances: covariances.ToImmutable());
    }

    public static ConjunctionCatalog Catalog() => ConjunctionCatalog.Create(
        [new ConjunctionCatalogObject { Id = "1", Elements = A }, new ConjunctionCatalogObject { Id = "2", Elements = B, Ephemeris = EphemerisOfB() }],
        Frames);

    public static ScreeningResult Screen(ConjunctionCatalog catalog) => catalog.Screen(new ScreeningOptions
    {
        Start = WindowStart,
        Stop = WindowStop,
        Volume = ScreeningVolume.Sphere(200_000.0),
    });
}
