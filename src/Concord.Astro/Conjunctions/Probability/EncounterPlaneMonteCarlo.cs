using System.Diagnostics;

namespace Concord.Astro.Conjunctions.Probability;

/// <summary>Monte Carlo collision probability under the short-term encounter model: the relative position at TCA is
/// sampled from the combined Gaussian, each sample moves on a straight line along the relative velocity, and it is a hit
/// when that line passes within the hard-body radius.</summary>
/// <remarks>
/// <para>Sampling in the encounter plane is exact for this model: a straight line along v passes within R of the primary
/// exactly when its crossing of the plane normal to v lies inside the disc, and the component of the error along v only
/// shifts the time of closest approach. So each trial draws the plane crossing from N((xm, ym), diag(σx², σy²)) (the
/// <see cref="EncounterPlaneProjection"/>), which is the same as drawing the relative position from the combined 3×3
/// covariance and projecting it along v. The estimate therefore converges to
/// <see cref="EncounterPlaneProbability.Foster(double, double, double, double, double)"/>; its value is an independent
/// check of the quadrature and a route to models the integral cannot take. It does not capture non-linear relative
/// motion (Alfano 2009, "Satellite Conjunction Monte Carlo Analysis", AAS 09-233, cases 1, 2, 4, 7–12).</para>
/// <para>Normals by the Box–Muller transform (Box &amp; Muller 1958, Ann. Math. Stat. 29, 610–611), uniforms by
/// xoshiro256** (Blackman &amp; Vigna 2018). Trials run in batches of <see cref="TrialsPerBatch"/>, each with its own
/// stream derived from the seed and the batch index, so results do not depend on the number of threads. Batches run in
/// rounds of <see cref="TrialsPerRound"/> trials in parallel; the stopping rule is checked between rounds.</para>
/// <para>Thread-safe: pure functions (uses the thread pool).</para>
/// </remarks>
public static class EncounterPlaneMonteCarlo
{
    /// <summary>Trials per independent random stream.</summary>
    public const int TrialsPerBatch = 1 << 16;

    private const int BatchesPerRound = 16;

    /// <summary>Trials between two checks of the stopping rule (<see cref="MonteCarloOptions.TargetRelativeHalfWidth"/>).</summary>
    public const long TrialsPerRound = (long)TrialsPerBatch * BatchesPerRound;

    /// <summary>Estimates the probability by sampling.</summary>
    /// <param name="projection">The encounter in the principal axes of the combined covariance (m).</param>
    /// <param name="hardBodyRadiusMeters">Combined hard-body radius, in m (≥ 0, finite).</param>
    /// <param name="options">Seed, trial budget and stopping rule.</param>
    /// <returns>The hits and trials, or a status with no trials when a sigma is not positive and finite.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A miss component or the radius is not finite, the radius is
    /// negative, or the options are out of range.</exception>
    public static MonteCarloProbability Estimate(EncounterPlaneProjection projection, double hardBodyRadiusMeters, MonteCarloOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!double.IsFinite(projection.MissXMeters) || !double.IsFinite(projection.MissYMeters))
        {
            throw new ArgumentOutOfRangeException(nameof(projection), projection, "The miss components must be finite.");
        }

        if (!double.IsFinite(hardBodyRadiusMeters) || hardBodyRadiusMeters < 0.0)
        {
            throw new ArgumentOutOfRangeException(nameof(hardBodyRadiusMeters), hardBodyRadiusMeters, "The hard-body radius must be finite and ≥ 0.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxTrials, 1L, nameof(options));
        if (!(options.TargetRelativeHalfWidth >= 0.0) || !double.IsFinite(options.TargetRelativeHalfWidth))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.TargetRelativeHalfWidth, "TargetRelativeHalfWidth must be finite and ≥ 0.");
        }

        double sx = projection.SigmaXMeters;
        double sy = projection.SigmaYMeters;
        if (!(sx > 0.0) || !(sy > 0.0) || !double.IsFinite(sx) || !double.IsFinite(sy))
        {
            return new MonteCarloProbability(CollisionProbabilityStatus.CovarianceNotPositiveDefinite, 0, 0, options.Seed);
        }

        long totalBatches = ((options.MaxTrials - 1) / TrialsPerBatch) + 1;
        long hits = 0;
        long trials = 0;
        var roundHits = new long[BatchesPerRound];
        for (long firstBatch = 0; firstBatch < totalBatches; firstBatch += BatchesPerRound)
        {
            int batchesThisRound = (int)Math.Min(BatchesPerRound, totalBatches - firstBatch);
            long roundStart = firstBatch;
            long maxTrials = options.MaxTrials;
            Parallel.For(0, batchesThisRound, i =>
            {
                long batch = roundStart + i;
                long count = Math.Min(TrialsPerBatch, maxTrials - (batch * TrialsPerBatch));
                roundHits[i] = CountHits(StreamSeed(options.Seed, batch), (int)count,
                    projection.MissXMeters, projection.MissYMeters, sx, sy, hardBodyRadiusMeters);
            });

            for (int i = 0; i < batchesThisRound; i++)
            {
                hits += roundHits[i];
                trials += Math.Min(TrialsPerBatch, maxTrials - ((roundStart + i) * TrialsPerBatch));
            }

            if (options.TargetRelativeHalfWidth > 0.0 && hits > 0)
            {
                var sofar = new MonteCarloProbability(CollisionProbabilityStatus.Ok, trials, hits, options.Seed);
                (double lower, double upper) = sofar.WilsonInterval(MonteCarloProbability.StandardNormalQuantile95);
                if (0.5 * (upper - lower) <= options.TargetRelativeHalfWidth * sofar.Value!.Value)
                {
                    break;
                }
            }
        }

        Debug.Assert(trials <= options.MaxTrials);
        return new MonteCarloProbability(CollisionProbabilityStatus.Ok, trials, hits, options.Seed);
    }

    private static ulong StreamSeed(ulong seed, long batch)
    {
        ulong state = seed ^ unchecked((ulong)batch * 0xD1B54A32D192ED03UL);
        return Xoshiro256StarStar.SplitMix64(ref state);
    }

    // Hot loop: one Box–Muller pair per trial gives both in-plane coordinates.
    private static long CountHits(ulong seed, int count, double xm, double ym, double sx, double sy, double radius)
    {
        var random = new Xoshiro256StarStar(seed);
        double radiusSquared = radius * radius;
        long hits = 0;
        for (int i = 0; i < count; i++)
        {
            double rho = Math.Sqrt(-2.0 * Math.Log(random.NextOpenClosedUnit()));
            (double sin, double cos) = Math.SinCos(2.0 * Math.PI * random.NextUnit());
            double x = xm + (sx * rho * cos);
            double y = ym + (sy * rho * sin);
            if ((x * x) + (y * y) <= radiusSquared)
            {
                hits++;
            }
        }

        return hits;
    }
}
