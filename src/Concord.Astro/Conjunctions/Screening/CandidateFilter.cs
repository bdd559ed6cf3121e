using System.Runtime.CompilerServices;

namespace Concord.Astro.Conjunctions.Screening;

/// <summary>One worker's filter: for one sampling interval [t_k, t_k+1], every object pair whose trajectories can come
/// within the screening radius during it. Conservative (never drops such a pair); see <see cref="ConjunctionScreener"/>
/// for the proof. Not thread-safe: one instance per worker.</summary>
internal sealed class CandidateFilter
{
    private static readonly ulong HashMultiplier = 0x9E3779B97F4A7C15UL;
    private const int AxisBits = 21;
    private const long AxisMask = (1L << AxisBits) - 1;

    private readonly int _n;
    private readonly double _thresholdKm;
    private readonly bool[]? _isPrimary;
    private readonly int _tableBits;
    private readonly long[] _slotKeys;
    private readonly int[] _slotHeads;
    private readonly int[] _slotStamps;
    private readonly int[] _next;
    private readonly double[] _mx;
    private readonly double[] _my;
    private readonly double[] _mz;
    private readonly double[] _ballKm;
    private readonly double[] _deviationKm;
    private readonly bool[] _live;
    private readonly List<int> _big = [];
    private int _stamp;

    public CandidateFilter(int objectCount, double thresholdKm, bool[]? isPrimary)
    {
        _n = objectCount;
        _thresholdKm = thresholdKm;
        _isPrimary = isPrimary;
        _tableBits = Math.Max(10, 2 + (int)Math.Ceiling(Math.Log2(Math.Max(2, objectCount))));
        int slots = 1 << _tableBits;
        _slotKeys = new long[slots];
        _slotHeads = new int[slots];
        _slotStamps = new int[slots];
        _next = new int[objectCount];
        _mx = new double[objectCount];
        _my = new double[objectCount];
        _mz = new double[objectCount];
        _ballKm = new double[objectCount];
        _deviationKm = new double[objectCount];
        _live = new bool[objectCount];
    }

    /// <summary>Appends the candidate pairs (lower index first) of the interval between samples
    /// <paramref name="sample"/> and <paramref name="sample"/> + 1 of <paramref name="data"/> to <paramref name="output"/>.</summary>
    /// <param name="data">Samples laid out [sample][component][object], km and km/s, NaN where absent.</param>
    /// <param name="stepSeconds">Length h of the interval.</param>
    /// <param name="interval">Interval number, stored with each candidate.</param>
    public void FindCandidates(double[] data, int sample, double stepSeconds, int interval, List<Candidate> output)
    {
        int n = _n;
        int a = sample * ScreeningTrajectories.Components * n;
        int b = a + (ScreeningTrajectories.Components * n);
        double h = stepSeconds;
        double curvature = h * h / 8.0;
        double typicalBallKm = (ScreeningBounds.TypicalSpeedKmPerS * h / 2.0) + (ScreeningBounds.MaxAccelerationKmPerS2 * curvature);
        double cellKm = (2.0 * typicalBallKm) + _thresholdKm;
        double inverseCell = 1.0 / cellKm;
        _stamp++;
        _big.Clear();
        int tableMask = (1 << _tableBits) - 1;

        for (int i = 0; i < n; i++)
        {
            double x0 = data[a + i], y0 = data[a + n + i], z0 = data[a + (2 * n) + i];
            double x1 = data[b + i], y1 = data[b + n + i], z1 = data[b + (2 * n) + i];
            if (double.IsNaN(x0) || double.IsNaN(x1))
            {
                _live[i] = false;
                continue;
            }

            _live[i] = true;
            double dvx = data[b + (3 * n) + i] - data[a + (3 * n) + i];
            double dvy = data[b + (4 * n) + i] - data[a + (4 * n) + i];
            double dvz = data[b + (5 * n) + i] - data[a + (5 * n) + i];

            // |r(t) − chord(t)| ≤ max|r̈|·h²/8 (linear interpolation error). The mean acceleration |Δv|/h is a lower bound
            // of max|r̈|; should it exceed the physical bound (it never has), twice it is used instead.
            double meanAcceleration = Math.Sqrt((dvx * dvx) + (dvy * dvy) + (dvz * dvz)) / h;
            double deviation = Math.Max(ScreeningBounds.MaxAccelerationKmPerS2, 2.0 * meanAcceleration) * curvature;
            double hx = (x1 - x0) / 2.0, hy = (y1 - y0) / 2.0, hz = (z1 - z0) / 2.0;
            double ball = Math.Sqrt((hx * hx) + (hy * hy) + (hz * hz)) + deviation;
            double mx = x0 + hx, my = y0 + hy, mz = z0 + hz;
            _mx[i] = mx;
            _my[i] = my;
            _mz[i] = mz;
            _ballKm[i] = ball;
            _deviationKm[i] = deviation;
            if (ball > typicalBallKm)
            {
                _big.Add(i);
            }

            long key = CellKey(Cell(mx, inverseCell), Cell(my, inverseCell), Cell(mz, inverseCell));
            int slot = FindSlot(key, tableMask, insert: true);
            _next[i] = _slotHeads[slot];
            _slotHeads[slot] = i;
        }

        // Normal objects search the 27 cells around them (cell ≥ 2·typical ball + threshold): every other normal object
        // whose ball can touch theirs is there. Pairs with a big object are left to the big object's wider search.
        for (int i = 0; i < n; i++)
        {
            if (!_live[i] || _ballKm[i] > typicalBallKm || (_isPrimary is not null && !_isPrimary[i]))
            {
                continue;
            }

            long cx = Cell(_mx[i], inverseCell), cy = Cell(_my[i], inverseCell), cz = Cell(_mz[i], inverseCell);
            for (long dx = -1; dx <= 1; dx++)
            {
                for (long dy = -1; dy <= 1; dy++)
                {
                    for (long dz = -1; dz <= 1; dz++)
                    {
                        int slot = FindSlot(CellKey(cx + dx, cy + dy, cz + dz), tableMask, insert: false);
                        if (slot < 0)
                        {
                            continue;
                        }

                        for (int j = _slotHeads[slot]; j >= 0; j = _next[j])
                        {
                            if (j == i || _ballKm[j] > typicalBallKm)
                            {
                                continue;
                            }

                            // All-on-all: each pair is met from both sides, keep one. Primaries: only primaries search,
                            // so a primary–primary pair is met twice, a primary–secondary pair once.
                            if (j < i && (_isPrimary is null || _isPrimary[j]))
                            {
                                continue;
                            }

                            TestPair(data, a, b, i, j, h, curvature, interval, output);
                        }
                    }
                }
            }
        }

        // Big objects: search every cell their reach can touch; then big–big pairs directly.
        foreach (int big in _big)
        {
            double reach = _ballKm[big] + typicalBallKm + _thresholdKm;
            long span = (long)Math.Ceiling(reach * inverseCell);
            long cx = Cell(_mx[big], inverseCell), cy = Cell(_my[big], inverseCell), cz = Cell(_mz[big], inverseCell);
            for (long dx = -span; dx <= span; dx++)
            {
                for (long dy = -span; dy <= span; dy++)
                {
                    for (long dz = -span; dz <= span; dz++)
                    {
                        int slot = FindSlot(CellKey(cx + dx, cy + dy, cz + dz), tableMask, insert: false);
                        if (slot < 0)
                        {
                            continue;
                        }

                        for (int j = _slotHeads[slot]; j >= 0; j = _next[j])
                        {
                            if (_ballKm[j] > typicalBallKm || !Wanted(big, j))
                            {
                                continue;
                            }

                            TestPair(data, a, b, big, j, h, curvature, interval, output);
                        }
                    }
                }
            }
        }

        for (int p = 0; p < _big.Count; p++)
        {
            for (int q = p + 1; q < _big.Count; q++)
            {
                if (Wanted(_big[p], _big[q]))
                {
                    TestPair(data, a, b, _big[p], _big[q], h, curvature, interval, output);
                }
            }
        }
    }

    private bool Wanted(int i, int j) => _isPrimary is null || _isPrimary[i] || _isPrimary[j];

    // The exact test of one pair over the interval. With d(t) = r_j(t) − r_i(t), the relative chord c(t) between
    // d(t_k) and d(t_k+1) is within max|d̈|·h²/8 of d(t), and |d̈| ≤ G·max|d| + ε (gravity gradient and perturbation
    // bounds, ScreeningBounds). So if min|c| > threshold + that deviation, |d(t)| > threshold on the whole interval.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void TestPair(double[] data, int a, int b, int i, int j, double h, double curvature, int interval, List<Candidate> output)
    {
        double ex = _mx[j] - _mx[i], ey = _my[j] - _my[i], ez = _mz[j] - _mz[i];
        double reach = _ballKm[i] + _ballKm[j] + _thresholdKm;
        if ((ex * ex) + (ey * ey) + (ez * ez) > reach * reach)
        {
            return;
        }

        int n = _n;
        double d0x = data[a + j] - data[a + i];
        double d0y = data[a + n + j] - data[a + n + i];
        double d0z = data[a + (2 * n) + j] - data[a + (2 * n) + i];
        double d1x = data[b + j] - data[b + i];
        double d1y = data[b + n + j] - data[b + n + i];
        double d1z = data[b + (2 * n) + j] - data[b + (2 * n) + i];
        double sx = d1x - d0x, sy = d1y - d0y, sz = d1z - d0z;
        double ss = (sx * sx) + (sy * sy) + (sz * sz);
        double u = ss > 0.0 ? Math.Clamp(-((d0x * sx) + (d0y * sy) + (d0z * sz)) / ss, 0.0, 1.0) : 0.0;
        double cx = d0x + (u * sx), cy = d0y + (u * sy), cz = d0z + (u * sz);
        double chordMin2 = (cx * cx) + (cy * cy) + (cz * cz);

        double end0 = Math.Sqrt((d0x * d0x) + (d0y * d0y) + (d0z * d0z));
        double end1 = Math.Sqrt((d1x * d1x) + (d1y * d1y) + (d1z * d1z));
        double maxDistance = Math.Max(end0, end1) + _deviationKm[i] + _deviationKm[j];
        double relativeAcceleration = Math.Min(
            (ScreeningBounds.GravityGradientPerS2 * maxDistance) + ScreeningBounds.PerturbationDifferenceKmPerS2,
            (_deviationKm[i] + _deviationKm[j]) / curvature);
        double limit = _thresholdKm + (relativeAcceleration * curvature);
        if (chordMin2 <= limit * limit)
        {
            output.Add(i < j ? new Candidate(i, j, interval) : new Candidate(j, i, interval));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Cell(double coordinateKm, double inverseCell) => (long)Math.Floor(coordinateKm * inverseCell);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long CellKey(long x, long y, long z) =>
        ((x & AxisMask) << (2 * AxisBits)) | ((y & AxisMask) << AxisBits) | (z & AxisMask);

    // Open addressing with linear probing; slots from earlier intervals are stale (stamp) and count as empty.
    private int FindSlot(long key, int mask, bool insert)
    {
        int slot = (int)((ulong)key * HashMultiplier >> (64 - _tableBits)) & mask;
        while (true)
        {
            if (_slotStamps[slot] != _stamp)
            {
                if (!insert)
                {
                    return -1;
                }

                _slotStamps[slot] = _stamp;
                _slotKeys[slot] = key;
                _slotHeads[slot] = -1;
                return slot;
            }

            if (_slotKeys[slot] == key)
            {
                return slot;
            }

            slot = (slot + 1) & mask;
        }
    }
}

/// <summary>A pair of objects (<see cref="First"/> &lt; <see cref="Second"/>) that may approach during an interval.</summary>
internal readonly record struct Candidate(int First, int Second, int Interval);
