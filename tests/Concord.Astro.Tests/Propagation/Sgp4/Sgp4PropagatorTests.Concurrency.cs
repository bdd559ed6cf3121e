using Concord.Astro.Mathematics;
using Concord.Astro.Propagation.Sgp4;

namespace Concord.Astro.Tests.Propagation.Sgp4;

/// <content>Call-order independence and thread safety (the reference mutates its record; ours must not).</content>
public sealed partial class Sgp4PropagatorTests
{
    public static TheoryData<string> ResonantCases() => new() { nameof(Geo), nameof(Molniya) };

    private static Sgp4Elements Named(string name) => name == nameof(Geo) ? Geo : Molniya;

    [Theory]
    [MemberData(nameof(ResonantCases))]
    public void ResultsDoNotDependOnCallOrder(string name)
    {
        Sgp4Propagator shared = Create(Named(name));

        Vector3d first = shared.Propagate(1440.0).PositionMeters;
        Vector3d atEpoch = shared.Propagate(0.0).PositionMeters;
        Vector3d again = shared.Propagate(1440.0).PositionMeters;
        Vector3d backwards = shared.Propagate(-2000.0).PositionMeters;

        // Bit-identical to fresh propagators: no hidden state.
        Assert.Equal(Create(Named(name)).Propagate(1440.0).PositionMeters, first);
        Assert.Equal(Create(Named(name)).Propagate(0.0).PositionMeters, atEpoch);
        Assert.Equal(first, again);
        Assert.Equal(Create(Named(name)).Propagate(-2000.0).PositionMeters, backwards);
    }

    [Fact]
    public void ConcurrentCallsGiveTheSequentialResults()
    {
        Sgp4Propagator[] propagators = [Create(Leo), Create(Geo), Create(Molniya)];
        const int Count = 2000;
        var expected = new Vector3d[propagators.Length, Count];
        for (int p = 0; p < propagators.Length; p++)
        {
            for (int i = 0; i < Count; i++)
            {
                expected[p, i] = propagators[p].Propagate(i * 7.0).PositionMeters;
            }
        }

        var actual = new Vector3d[propagators.Length, Count];
        Parallel.For(0, propagators.Length * Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, k =>
        {
            // Reversed, interleaved order across threads.
            int index = (propagators.Length * Count) - 1 - k;
            int p = index % propagators.Length;
            int i = index / propagators.Length;
            actual[p, i] = propagators[p].Propagate(i * 7.0).PositionMeters;
        });

        for (int p = 0; p < propagators.Length; p++)
        {
            for (int i = 0; i < Count; i++)
            {
                Assert.Equal(expected[p, i], actual[p, i]);
            }
        }
    }
}
