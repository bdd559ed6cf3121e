namespace Concord.Astro.Conjunctions.Probability;

/// <summary>xoshiro256** pseudo-random generator (Blackman &amp; Vigna 2018, "Scrambled linear pseudorandom number
/// generators", arXiv:1805.01407), seeded through SplitMix64 as its authors recommend. Chosen over
/// <see cref="Random"/> because its output for a given seed is fixed by the published algorithm, not by a runtime
/// version, so Monte Carlo results are reproducible across .NET releases.</summary>
/// <remarks>A mutable struct on purpose: one per batch, owned by one thread, never shared.</remarks>
internal struct Xoshiro256StarStar
{
    private const double UnitScale = 1.0 / (1UL << 53);
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Xoshiro256StarStar(ulong seed)
    {
        ulong x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>SplitMix64 (Steele, Lea &amp; Flood 2014), used to expand a 64-bit seed into generator state.</summary>
    public static ulong SplitMix64(ref ulong state)
    {
        unchecked
        {
            ulong z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    public ulong NextUInt64()
    {
        unchecked
        {
            ulong result = ulong.RotateLeft(_s1 * 5UL, 7) * 9UL;
            ulong t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = ulong.RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>Uniform in (0, 1]: never 0, so its logarithm is finite.</summary>
    public double NextOpenClosedUnit() => ((NextUInt64() >> 11) + 1UL) * UnitScale;

    /// <summary>Uniform in [0, 1).</summary>
    public double NextUnit() => (NextUInt64() >> 11) * UnitScale;
}
