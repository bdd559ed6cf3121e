using System.Runtime.Intrinsics;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;

namespace Concord.Astro.Tests.Propagation.Sgp4;

/// <summary>The vector path against its scalar oracle (house style R20), on every hardware path this machine has.</summary>
public sealed class Sgp4BatchPropagationTests
{
    // Non-regression against the scalar oracle: 1 cm and 1e-5 m/s, the product requirement. The expected
    // differences are ~1e-9 km (vector sin/cos and fmod round differently), so this is not tight.
    private const double PositionToleranceKm = 1e-5;
    private const double VelocityToleranceKmPerS = 1e-8;

    public static TheoryData<string> Widths() => new() { nameof(Sgp4VectorWidth.Vector512), nameof(Sgp4VectorWidth.Vector256), nameof(Sgp4VectorWidth.Scalar) };

    private static Sgp4VectorWidth RequireWidth(string name)
    {
        Sgp4VectorWidth width = Enum.Parse<Sgp4VectorWidth>(name);
        if (width == Sgp4VectorWidth.Vector512 && !Vector512.IsHardwareAccelerated)
        {
            Assert.Skip("Vector512 is not hardware-accelerated here.");
        }

        if (width == Sgp4VectorWidth.Vector256 && !Vector256.IsHardwareAccelerated)
        {
            Assert.Skip("Vector256 is not hardware-accelerated here.");
        }

        return width;
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void MatchesScalarOnEveryVerificationCase(string widthName)
    {
        Sgp4VectorWidth width = RequireWidth(widthName);
        foreach (VerificationTleCase run in VerificationTleCases.All)
        {
            Sgp4InitResult init = Sgp4Propagator.Create(run.Elements, Sgp4Options.Default);
            if (!init.Success)
            {
                continue;
            }

            int count = (int)Math.Floor((run.StopMinutes - run.StartMinutes) / run.StepMinutes) + 1;
            CompareWithScalar([init.Propagator], [run.StartMinutes], run.StepMinutes, count, width, run.SatelliteNumber);
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void MatchesScalarOnGeneratedOrbits(string widthName)
    {
        Sgp4VectorWidth width = RequireWidth(widthName);
        List<Sgp4Propagator> propagators = GeneratedOrbits();
        double[] start = new double[propagators.Count];
        for (int i = 0; i < start.Length; i++)
        {
            start[i] = -720.0 + (i % 7 * 100.0);
        }

        Sgp4BatchSummary summary = CompareWithScalar(propagators, start, 10.0, 3 * 144, width, "generated");

        // The set includes high-drag objects that decay mid-run, and both near-earth and deep-space objects.
        Assert.NotEmpty(summary.Failures);
        Assert.InRange(summary.DeepSpaceObjects, 1, propagators.Count - 1);
    }

    [Fact]
    public void CountGridCountsEveryStateAndReportsFailures()
    {
        List<Sgp4Propagator> propagators = GeneratedOrbits();
        Epoch start = propagators[0].Elements.Epoch;

        Sgp4BatchSummary vector = Sgp4BatchPropagation.CountGrid(propagators, start, Duration.FromSeconds(60.0), 1440, Sgp4Path.Auto, 2);
        Sgp4BatchSummary scalar = Sgp4BatchPropagation.CountGrid(propagators, start, Duration.FromSeconds(60.0), 1440, Sgp4Path.Scalar, 1);

        Assert.Equal(scalar.Propagations, vector.Propagations);
        Assert.Equal(scalar.Failures, vector.Failures);
        long failedSteps = 0;
        foreach (Sgp4BatchFailure failure in scalar.Failures)
        {
            failedSteps += 1440 - (long)Math.Round(failure.MinutesSinceEpoch);
        }

        Assert.Equal((propagators.Count * 1440L) - failedSteps, scalar.Propagations);
        Assert.Equal(scalar.PositionXChecksumMeters, vector.PositionXChecksumMeters, 1.0);
    }

    private static Sgp4BatchSummary CompareWithScalar(IReadOnlyList<Sgp4Propagator> propagators, double[] start,
        double step, int count, Sgp4VectorWidth width, string label)
    {
        var batch = new Sgp4Batch(propagators);
        double[] expected = new double[propagators.Count * count * 6];
        double[] actual = new double[expected.Length];
        Sgp4BatchSummary oracle = Sgp4BatchPropagation.Run(batch, start, step, count, Sgp4VectorWidth.Scalar, 1, expected);
        Sgp4BatchSummary summary = Sgp4BatchPropagation.Run(batch, start, step, count, width, 2, actual);

        Assert.Equal(oracle.Failures, summary.Failures);
        Assert.Equal(oracle.Propagations, summary.Propagations);
        double worstR = 0.0, worstV = 0.0;
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(double.IsNaN(expected[i]), double.IsNaN(actual[i]));
            if (double.IsNaN(expected[i]))
            {
                continue;
            }

            double difference = Math.Abs(expected[i] - actual[i]);
            if (i % 6 < 3)
            {
                worstR = Math.Max(worstR, difference);
            }
            else
            {
                worstV = Math.Max(worstV, difference);
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{label} ({width}): worst |Δr| {worstR:E2} km, |Δv| {worstV:E2} km/s");
        Assert.True(worstR <= PositionToleranceKm && worstV <= VelocityToleranceKmPerS,
            $"{label} ({width}): worst |Δr| {worstR:E2} km, |Δv| {worstV:E2} km/s");
        return summary;
    }

    /// <summary>A deterministic mix: LEO, high-drag LEO, MEO, Molniya (12 h resonant), GEO (24 h resonant),
    /// retrograde and near-equatorial orbits, and random others.</summary>
    internal static List<Sgp4Propagator> GeneratedOrbits()
    {
        var elements = new List<Sgp4Elements>
        {
            Sgp4PropagatorTests.Leo,
            Sgp4PropagatorTests.Geo,
            Sgp4PropagatorTests.Molniya,
            Sgp4PropagatorTests.Elements(2.0056, 0.001, 55.0),               // MEO (GPS-like, 12 h resonant, low e)
            Sgp4PropagatorTests.Elements(16.3, 0.002, 97.0, bstar: 2e-3),     // high drag: decays within days
            Sgp4PropagatorTests.Elements(16.1, 0.0005, 51.6, bstar: 5e-4),
            Sgp4PropagatorTests.Elements(14.2, 0.0001, 179.9),                // retrograde equatorial
            Sgp4PropagatorTests.Elements(13.0, 0.1, 0.01),                    // near-equatorial, eccentric
            Sgp4PropagatorTests.Elements(6.4, 0.0, 30.0, bstar: 0.0),          // period 225 min boundary region
        };
        var random = new Random(20260101);
        for (int i = 0; i < 60; i++)
        {
            double meanMotion = 1.0 + (random.NextDouble() * 15.5);
            double eccentricity = random.NextDouble() * (meanMotion > 10.0 ? 0.05 : 0.7);
            double bstar = (random.NextDouble() - 0.2) * 1e-3;
            elements.Add(Sgp4PropagatorTests.Elements(meanMotion, eccentricity, random.NextDouble() * 180.0, bstar,
                random.NextDouble() * 360.0, random.NextDouble() * 360.0, random.NextDouble() * 360.0));
        }

        var propagators = new List<Sgp4Propagator>();
        foreach (Sgp4Elements e in elements)
        {
            Sgp4InitResult init = Sgp4Propagator.Create(e, Sgp4Options.Default);
            if (init.Success)
            {
                propagators.Add(init.Propagator);
            }
        }

        return propagators;
    }
}
