namespace Concord.Astro.Conjunctions.Probability;

/// <summary>How a Monte Carlo collision probability is sampled (<see cref="EncounterPlaneMonteCarlo"/>).</summary>
/// <remarks>Immutable; thread-safe. The defaults (documented per property) keep one estimate near or under a second on
/// one core, and stop early once the estimate is good to ±10% at 95% confidence.</remarks>
public sealed record MonteCarloOptions
{
    /// <summary>Seed of the random streams. The same seed and options give the same hits on any machine and any number
    /// of cores. Default 1.</summary>
    public ulong Seed { get; init; } = 1UL;

    /// <summary>The most trials to run (≥ 1). Default 10 000 000: measured at about 1 s wall for the full budget on a
    /// 2-core CI machine (Debug build), reached only when Pc is below about 4e-5 (at that level ±10% needs ~1e7 trials).</summary>
    public long MaxTrials { get; init; } = 10_000_000L;

    /// <summary>Stop once the 95% Wilson interval's half-width is at most this fraction of the estimate (checked every
    /// <see cref="EncounterPlaneMonteCarlo.TrialsPerRound"/> trials). 0 disables early stopping so exactly
    /// <see cref="MaxTrials"/> trials run. Default 0.1.</summary>
    public double TargetRelativeHalfWidth { get; init; } = 0.1;

    /// <summary>The defaults.</summary>
    public static MonteCarloOptions Default { get; } = new();
}
