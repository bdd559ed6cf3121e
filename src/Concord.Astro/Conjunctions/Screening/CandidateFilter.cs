using System.Runtime.CompilerServices;

namespace Concord.Astro.Conjunctions.Screening;

/// <summary>One worker's filter: for one sampling interval [t_k, t_k+1], every object pair whose trajectories can come
/// within the screening radius during it. Conservative (never drops such a pair); see <see cref="ConjunctionScreener"/>
/// for the proof. Not thread-safe: one instance per worker.</summary>
/// <remarks>Objects are bucketed by grid cell and copied cell by cell into contiguous arrays, so that testing a cell
/// against a neighbouring cell walks memory in order; each unordered pair of neighbouring cells is visited once
/// (half stencil). Measured on the 23,939-object catalogue this is about 10× faster than per-object linked lists.</remarks>
internal sealed class CandidateFilter
{
    private const ulong HashMultiplier = 0x9E3779B97F4A7C15UL;
    private const int AxisBits = 21;
    private const long AxisMask = (1L << AxisBits) - 1;

    // The 13 neighbours that come after (0, 0, 0) in lexicographic order: with the cell itself, each unordered pair of
    // neighbouring cells is visited exactly once.
    private static readonly (int X, int Y, int Z)[] ForwardNeighbours = BuildForwardNeighbours();

    private readonly int _n;
    private readonly double _thresholdKm;
    private readonly bool[]? _isPrimary;
    private readonly int _tableBits;
    private readonly long[] _slotKeys;
    private readonly int[] _slotStamps;
    private readonly int[] _slotCount;
    private readonly int[] _slotStart;
    private readonly long[] _slotCellX;
    private readonly long[] _slotCellY;
    private readonly long[] _slotCellZ;
    private readonly List<int> _usedSlots = [];
    private readonly int[] _objectSlot;
    private readonly int[] _live = [];
    private readonly List<int> _big = [];
    private int _stamp;

    // Per object (by original index), then the same quantities in cell order (by position p).
    private readonly double[] _mx, _my, _mz, _ball, _deviation;
    private readonly int[] _order;
    private readonly double[] _sx0, _sy0, _sz0, _sx1, _sy1, _sz1, _smx, _smy, _smz, _sball, _sdev;
    private readonly bool[] _sbig;
    private readonly int[] _position;

    public CandidateFilter(int objectCount, double thresholdKm, bool[]? isPrimary)
    {
        _n = objectCount;
        _thresholdKm = thresholdKm;
        _isPrimary = isPrimary;
        _tableBits = Math.Max(10, 2 + (int)Math.Ceiling(Math.Log2(Math.Max(2, objectCount))));
        int slots = 1 << _tableBits;
        _slotKeys = new long[slots];
        _slotStamps = new int[slots];
        _slotCount = new int[slots];
        _slotStart = new int[slots];
        _slotCellX = new long[slots];
        _slotCellY = new long[slots];
        _slotCellZ = new long[slots];
        _objectSlot = new int[objectCount];
        _live = new int[objectCount];
        _mx = new double[objectCount];
        _my = new double[objectCount];
        _mz = new double[objectCount];
        _ball = new double[objectCount];
        _deviation = new double[objectCount];
        _order = new int[objectCount];
        _position = new int[objectCount];
        _sx0 = new double[objectCount];
        _sy0 = new double[objectCount];
        _sz0 = new double[objectCount];
        _sx1 = new double[objectCount];
        _sy1 = new double[objectCount];
        _sz1 = new double[objectCount];
        _smx = new double[objectCount];
        _smy = new double[objectCount];
        _smz = new double[objectCount];
        _sball = new double[objectCount];
        _sdev = new double[objectCount];
        _sbig = new bool[objectCount];
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
        double typicalBall = (ScreeningBounds.TypicalSpeedKmPerS * h / 2.0) + (ScreeningBounds.MaxAccelerationKmPerS2 * curvature);
        double cell = (2.0 * typicalBall) + _thresholdKm;
        double inverseCell = 1.0 / cell;
        int mask = (1 << _tableBits) - 1;
        _stamp++;
        _big.Clear();
        _usedSlots.Clear();

        long t0 = System.Diagnostics.Stopwatch.GetTimestamp();
        // 1. Chord midpoint and ball of every object present at both samples; bucket by cell.
        int liveCount = 0;
        for (int i = 0; i < n; i++)
        {
            double x0 = data[a + i], x1 = data[b + i];
            if (double.IsNaN(x0) || double.IsNaN(x1))
            {
                continue;
            }

            double y0 = data[a + n + i], z0 = data[a + (2 * n) + i];
            double y1 = data[b + n + i], z1 = data[b + (2 * n) + i];
            double dvx = data[b + (3 * n) + i] - data[a + (3 * n) + i];
            double dvy = data[b + (4 * n) + i] - data[a + (4 * n) + i];
            double dvz = data[b + (5 * n) + i] - data[a + (5 * n) + i];

            // |r(t) − chord(t)| ≤ max|r̈|·h²/8 (linear interpolation error). The mean acceleration |Δv|/h is a lower
            // bound of max|r̈|; were it ever above the physical bound, twice it would be used instead.
            double meanAcceleration = Math.Sqrt((dvx * dvx) + (dvy * dvy) + (dvz * dvz)) / h;
            double acceleration = meanAcceleration > ScreeningBounds.MaxAccelerationKmPerS2 ? 2.0 * meanAcceleration : ScreeningBounds.MaxAccelerationKmPerS2;
            double deviation = acceleration * curvature;
            double hx = (x1 - x0) / 2.0, hy = (y1 - y0) / 2.0, hz = (z1 - z0) / 2.0;
            double ball = Math.Sqrt((hx * hx) + (hy * hy) + (hz * hz)) + deviation;
            double mx = x0 + hx, my = y0 + hy, mz = z0 + hz;
            _mx[i] = mx;
            _my[i] = my;
            _mz[i] = mz;
            _ball[i] = ball;
            _deviation[i] = deviation;
            long cx = Cell(mx, inverseCell), cy = Cell(my, inverseCell), cz = Cell(mz, inverseCell);
            int slot = FindSlot(CellKey(cx, cy, cz), mask, insert: true);
            if (_slotCount[slot] == 0)
            {
                _usedSlots.Add(slot);
                _slotCellX[slot] = cx;
                _slotCellY[slot] = cy;
                _slotCellZ[slot] = cz;
            }

            _slotCount[slot]++;
            _objectSlot[i] = slot;
            _live[liveCount++] = i;
        }

        // 2. Counting sort into cell order.
        int running = 0;
        foreach (int slot in _usedSlots)
        {
            _slotStart[slot] = running;
            running += _slotCount[slot];
            _slotCount[slot] = _slotStart[slot]; // becomes the fill cursor
        }

        for (int l = 0; l < liveCount; l++)
        {
            int i = _live[l];
            int slot = _objectSlot[i];
            int p = _slotCount[slot]++;
            _order[p] = i;
            _position[i] = p;
            _sx0[p] = data[a + i];
            _sy0[p] = data[a + n + i];
            _sz0[p] = data[a + (2 * n) + i];
            _sx1[p] = data[b + i];
            _sy1[p] = data[b + n + i];
            _sz1[p] = data[b + (2 * n) + i];
            _smx[p] = _mx[i];
            _smy[p] = _my[i];
            _smz[p] = _mz[i];
            _sball[p] = _ball[i];
            _sdev[p] = _deviation[i];
            bool big = _ball[i] > typicalBall;
            _sbig[p] = big;
            if (big)
            {
                _big.Add(p);
            }
        }

        long t1 = System.Diagnostics.Stopwatch.GetTimestamp();
        Prep += t1 - t0;
        Cells += _usedSlots.Count;
        // After the fill, _slotCount[slot] is the end of the slot's range.
        if (_isPrimary is null)
        {
            AllOnAll(mask, curvature, interval, output);
        }
        else
        {
            PrimariesAgainstAll(liveCount, inverseCell, mask, curvature, interval, output);
        }

        long t2 = System.Diagnostics.Stopwatch.GetTimestamp();
        Main += t2 - t1;
        Big(liveCount, typicalBall, inverseCell, mask, curvature, interval, output);
        BigT += System.Diagnostics.Stopwatch.GetTimestamp() - t2;
        Bigs += _big.Count;

        foreach (int slot in _usedSlots)
        {
            _slotCount[slot] = 0;
        }
    }

    // Cells of 2·typical ball + threshold: every two normal objects whose balls can touch are in the same or in
    // neighbouring cells. Pairs with a big object are left to the big object's wider search (Big).
    private void AllOnAll(int mask, double curvature, int interval, List<Candidate> output)
    {
        foreach (int slot in _usedSlots)
        {
            int start = _slotStart[slot], end = _slotCount[slot];
            for (int p = start; p < end; p++)
            {
                if (_sbig[p])
                {
                    continue;
                }

                for (int q = p + 1; q < end; q++)
                {
                    if (!_sbig[q])
                    {
                        TestPair(p, q, curvature, interval, output);
                    }
                }
            }

            long cx = _slotCellX[slot], cy = _slotCellY[slot], cz = _slotCellZ[slot];
            foreach ((int dx, int dy, int dz) in ForwardNeighbours)
            {
                int other = FindSlot(CellKey(cx + dx, cy + dy, cz + dz), mask, insert: false);
                if (other < 0)
                {
                    continue;
                }

                int otherStart = _slotStart[other], otherEnd = _slotCount[other];
                for (int p = start; p < end; p++)
                {
                    if (_sbig[p])
                    {
                        continue;
                    }

                    for (int q = otherStart; q < otherEnd; q++)
                    {
                        if (!_sbig[q])
                        {
                            TestPair(p, q, curvature, interval, output);
                        }
                    }
                }
            }
        }
    }

    // Only primaries search (all 27 cells); a primary–primary pair is met from both sides and kept once.
    private void PrimariesAgainstAll(int liveCount, double inverseCell, int mask, double curvature, int interval, List<Candidate> output)
    {
        bool[] isPrimary = _isPrimary!;
        for (int l = 0; l < liveCount; l++)
        {
            int i = _live[l];
            int p = _position[i];
            if (!isPrimary[i] || _sbig[p])
            {
                continue;
            }

            long cx = Cell(_smx[p], inverseCell), cy = Cell(_smy[p], inverseCell), cz = Cell(_smz[p], inverseCell);
            for (int dx = -1; dx <= 1; dx++)
            {
                for (int dy = -1; dy <= 1; dy++)
                {
                    for (int dz = -1; dz <= 1; dz++)
                    {
                        int slot = FindSlot(CellKey(cx + dx, cy + dy, cz + dz), mask, insert: false);
                        if (slot < 0)
                        {
                            continue;
                        }

                        for (int q = _slotStart[slot]; q < _slotCount[slot]; q++)
                        {
                            int j = _order[q];
                            if (q == p || _sbig[q] || (isPrimary[j] && j < i))
                            {
                                continue;
                            }

                            TestPair(p, q, curvature, interval, output);
                        }
                    }
                }
            }
        }
    }

    // Big objects (perigee passes of eccentric orbits, far orbits) search every cell their reach can touch, then
    // big–big pairs directly.
    private void Big(int liveCount, double typicalBall, double inverseCell, int mask, double curvature, int interval, List<Candidate> output)
    {
        foreach (int p in _big)
        {
            double reach = _sball[p] + typicalBall + _thresholdKm;
            long span = (long)Math.Ceiling(reach * inverseCell);
            long side = (2 * span) + 1;
            if (side > 64 || side * side * side > liveCount)
            {
                // A ball wider than the grid is worth: testing every object is cheaper than visiting the cells.
                for (int q = 0; q < liveCount; q++)
                {
                    if (!_sbig[q] && Wanted(p, q))
                    {
                        TestPair(p, q, curvature, interval, output);
                    }
                }

                continue;
            }

            long cx = Cell(_smx[p], inverseCell), cy = Cell(_smy[p], inverseCell), cz = Cell(_smz[p], inverseCell);
            for (long dx = -span; dx <= span; dx++)
            {
                for (long dy = -span; dy <= span; dy++)
                {
                    for (long dz = -span; dz <= span; dz++)
                    {
                        int slot = FindSlot(CellKey(cx + dx, cy + dy, cz + dz), mask, insert: false);
                        if (slot < 0)
                        {
                            continue;
                        }

                        for (int q = _slotStart[slot]; q < _slotCount[slot]; q++)
                        {
                            if (!_sbig[q] && Wanted(p, q))
                            {
                                TestPair(p, q, curvature, interval, output);
                            }
                        }
                    }
                }
            }
        }

        for (int x = 0; x < _big.Count; x++)
        {
            for (int y = x + 1; y < _big.Count; y++)
            {
                if (Wanted(_big[x], _big[y]))
                {
                    TestPair(_big[x], _big[y], curvature, interval, output);
                }
            }
        }
    }

    public static long Prep, Main, BigT, Bigs, Cells, Tests, Chords;

    private bool Wanted(int p, int q) => _isPrimary is null || _isPrimary[_order[p]] || _isPrimary[_order[q]];

    // The exact test of one pair (positions p, q in cell order) over the interval. With d(t) = r_q(t) − r_p(t), the
    // relative chord c(t) between d(t_k) and d(t_k+1) is within max|d̈|·h²/8 of d(t), and |d̈| ≤ G·max|d| + ε (gravity
    // gradient and perturbation bounds, ScreeningBounds). So if min|c| > threshold + that deviation, |d(t)| > threshold
    // on the whole interval.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void TestPair(int p, int q, double curvature, int interval, List<Candidate> output)
    {
        Tests++;
        double ex = _smx[q] - _smx[p], ey = _smy[q] - _smy[p], ez = _smz[q] - _smz[p];
        double reach = _sball[p] + _sball[q] + _thresholdKm;
        if ((ex * ex) + (ey * ey) + (ez * ez) > reach * reach)
        {
            return;
        }

        TestChord(p, q, curvature, interval, output);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void TestChord(int p, int q, double curvature, int interval, List<Candidate> output)
    {
        Chords++;
        double d0x = _sx0[q] - _sx0[p], d0y = _sy0[q] - _sy0[p], d0z = _sz0[q] - _sz0[p];
        double d1x = _sx1[q] - _sx1[p], d1y = _sy1[q] - _sy1[p], d1z = _sz1[q] - _sz1[p];
        double sx = d1x - d0x, sy = d1y - d0y, sz = d1z - d0z;
        double ss = (sx * sx) + (sy * sy) + (sz * sz);
        double u = ss > 0.0 ? Math.Clamp(-((d0x * sx) + (d0y * sy) + (d0z * sz)) / ss, 0.0, 1.0) : 0.0;
        double cx = d0x + (u * sx), cy = d0y + (u * sy), cz = d0z + (u * sz);
        double chordMin2 = (cx * cx) + (cy * cy) + (cz * cz);

        double end0 = Math.Sqrt((d0x * d0x) + (d0y * d0y) + (d0z * d0z));
        double end1 = Math.Sqrt((d1x * d1x) + (d1y * d1y) + (d1z * d1z));
        double maxDistance = Math.Max(end0, end1) + _sdev[p] + _sdev[q];
        double relativeAcceleration = Math.Min(
            (ScreeningBounds.GravityGradientPerS2 * maxDistance) + ScreeningBounds.PerturbationDifferenceKmPerS2,
            (_sdev[p] + _sdev[q]) / curvature);
        double limit = _thresholdKm + (relativeAcceleration * curvature);
        if (chordMin2 <= limit * limit)
        {
            int i = _order[p], j = _order[q];
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
        int slot = unchecked((int)(((ulong)key * HashMultiplier) >> (64 - _tableBits)) & mask);
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
                _slotCount[slot] = 0;
                return slot;
            }

            if (_slotKeys[slot] == key)
            {
                return slot;
            }

            slot = (slot + 1) & mask;
        }
    }

    private static (int X, int Y, int Z)[] BuildForwardNeighbours()
    {
        var list = new List<(int, int, int)>();
        for (int dx = -1; dx <= 1; dx++)
        {
            for (int dy = -1; dy <= 1; dy++)
            {
                for (int dz = -1; dz <= 1; dz++)
                {
                    if ((dx, dy, dz).CompareTo((0, 0, 0)) > 0)
                    {
                        list.Add((dx, dy, dz));
                    }
                }
            }
        }

        return [.. list];
    }
}

/// <summary>A pair of objects (<see cref="First"/> &lt; <see cref="Second"/>) that may approach during an interval.</summary>
internal readonly record struct Candidate(int First, int Second, int Interval);
