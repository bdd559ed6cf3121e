using System.Collections.Immutable;

namespace Concord.Astro.Propagation.Sgp4;

/// <summary>What a batch run did: how many states were computed and which objects stopped with an error.</summary>
public sealed record Sgp4BatchSummary
{
    /// <summary>Successful propagations (states computed), over all objects and times.</summary>
    public required long Propagations { get; init; }

    /// <summary>First error of each object that failed, ordered by object index.</summary>
    public required ImmutableArray<Sgp4BatchFailure> Failures { get; init; }

    /// <summary>The path that ran (<see cref="Sgp4Path.Auto"/> resolved).</summary>
    public required Sgp4Path Path { get; init; }

    /// <summary>SIMD lanes per vector on the vector path (8 for Vector512, 4 for Vector256); 1 on the scalar path.</summary>
    public required int VectorLanes { get; init; }

    /// <summary>Objects propagated with the deep-space (SDP4) terms (period of 225 minutes or more).</summary>
    public required int DeepSpaceObjects { get; init; }

    /// <summary>Sum of the x coordinates of all computed positions, metres: a cheap fingerprint of a run that also
    /// keeps the computation observable to the JIT in count-only benchmarks.</summary>
    public required double PositionXChecksumMeters { get; init; }
}
