using System.Collections.Immutable;

namespace Concord.Astro.Conjunctions.Screening;

/// <summary>The outcome of a screening run.</summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed record ScreeningResult
{
    /// <summary>The approaches found, sorted by TCA, then primary and secondary identifier.</summary>
    public required ImmutableArray<ScreenedConjunction> Conjunctions { get; init; }

    /// <summary>Objects excluded for part or all of the window, in object order.</summary>
    public required ImmutableArray<ScreeningExclusion> Exclusions { get; init; }

    /// <summary>Number of objects screened.</summary>
    public required int ObjectCount { get; init; }

    /// <summary>Number of object pairs screened (n(n−1)/2 all-on-all; pairs with at least one primary otherwise).</summary>
    public required long PairCount { get; init; }

    /// <summary>Pair-intervals that passed the filter and were examined with the exact trajectories.</summary>
    public required long CandidateIntervals { get; init; }
}
