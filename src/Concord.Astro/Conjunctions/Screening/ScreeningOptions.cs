using Concord.Astro.Time;

namespace Concord.Astro.Conjunctions.Screening;

/// <summary>What to screen: the window, the volume, and optionally the primaries.</summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed record ScreeningOptions
{
    /// <summary>The default sampling step of the filter: 90 s, the fastest on the 2022 catalogue (one day in 7.4 s,
    /// against 8.7 s at 60 s and 8.2 s at 150 s). It affects speed only, never completeness: every bound of the filter
    /// is derived for the step in use (see <see cref="ConjunctionScreener"/>).</summary>
    public static readonly Duration DefaultSampleStep = Duration.FromSeconds(90);

    /// <summary>Start of the window (inclusive).</summary>
    public required Epoch Start { get; init; }

    /// <summary>End of the window (inclusive; after <see cref="Start"/>).</summary>
    public required Epoch Stop { get; init; }

    /// <summary>The screening volume around the primary.</summary>
    public required ScreeningVolume Volume { get; init; }

    /// <summary>Indices (into the object list) of the primaries; empty for all-on-all. Pairs with no primary are not
    /// screened.</summary>
    public IReadOnlyList<int> PrimaryIndices { get; init; } = [];

    /// <summary>Sampling step of the filter (10 s to 300 s); defaults to <see cref="DefaultSampleStep"/>.</summary>
    public Duration SampleStep { get; init; } = DefaultSampleStep;

    /// <summary>Worker threads (≥ 1); defaults to the processor count.</summary>
    public int ThreadCount { get; init; } = Environment.ProcessorCount;

    /// <summary>Receives progress reports during long runs; may be <see langword="null"/>.</summary>
    public IProgress<ScreeningProgress>? Progress { get; init; }
}
