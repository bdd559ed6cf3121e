namespace Concord.Astro.Conjunctions.Probability;

/// <summary>How a Monte Carlo collision probability is sampled (<see cref="EncounterPlaneMonteCarlo"/>).</summary>
/// <remarks>Immutable; thread-safe. The defaults (documented per property) keep one estimate near or under a second on
/// one core, and stop early once the estimate is good to ±10% at 95% confidence.</remarks>
public sealed record MonteCarloOptions
{
    /// <summary>Seed of the random streams. The same seed and options give the same hits on any machine and any number
    /// of cores. Default 1.</summary>
    public ulong Seed { get; init; } = 1UL;

    /// <summary>The most trials to run (≥ 1). Default 20 000 000 (about 0.5 s per core-second budget on a 2020s x64 core).</summary>
    public long MaxTrials { get; init; } = 20_000_000L;

    /// <summary>Stop once the 95% Wilson interval's half-width is at most this fraction of the estimate (checked every
    /// <see cref="EncounterPlaneMonteCarlo.TrialsPerRound"/> trials). 0 disables early stopping so exactly
    /// <see cref="MaxTrials"/> trials run. Default 0.1.</summary>
    public double TargetRelativeHalfWidth { get; init; } = 0.1;

    /// <summary>The defaults.</summary>
    public static MonteCarloOptions Default { get; } = new();
}
