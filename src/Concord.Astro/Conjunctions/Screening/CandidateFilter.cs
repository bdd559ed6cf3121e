using System.Runtime.CompilerServices;

namespace Concord.Astro.Conjunctions.Screening;

/// <summary>One worker's filter: for one sampling interval [t_k, t_k+1], every object pair whose trajectories can come
/// within the screening radius during it. Conservative (never drops such a pair); see <see cref="ConjunctionScreener"/>
/// for the proof. Not thread-safe: one instance per worker.</summary>
/// <remarks>
/// <para>Each object has a ball (chord midpoint, chord half-length plus the interpolation bound) and a radial range
/// [low, high] (the two sample radii plus the bound on |r|''). Objects are entered in a hash grid of cells of
/// 2·(10.5 km/s·h/2 + A·h²/8) + T (the uniform-grid broad phase of Budianto-Ho et al. 2014), one entry per object.
/// Two objects that can come within T are then in the same or neighbouring cells, and their radial ranges come within
/// T of each other (two objects within T have radii within T). Within a cell and between neighbouring cells, the
/// pairs whose radial ranges come within T are enumerated by sweep and prune over the entries sorted by their low
/// radius (Cohen et al. 1995, I-COLLIDE): with the entries in that order, a pair whose later-starting entry starts
/// more than T above the other's high radius cannot meet, and neither can any later one, so each scan stops there.
/// This is the apogee/perigee filter of Hoots, Crawford and Roehrich (1984) applied per interval, with the radial
/// range over the interval in place of the orbit's perigee and apogee. Objects whose ball is wider than a cell's
/// design (perigee passes of eccentric orbits) search all the cells they can reach.</para>
/// <para>Entries are copied cell by cell into contiguous arrays so that testing a cell against a neighbouring one
/// walks memory in order, and each unordered pair of neighbouring cells is visited once. The objects are first put in
/// order of low radius (counting sort by 1 km bucket, then insertion sort within the buckets), and the stable counting
/// sort into cells leaves each cell in that order. On the 23,939-object catalogue at h = 90 s (one day, 5 km), the
/// sweep cuts the entry pairs tested from 445,000 to 99,000 per interval, and the entries from 41,000 to 24,000 (one
/// per object), compared with the radial bins of 2·10 km + T it replaced; the same pairs reach the chord test.</para>
/// </remarks>
internal sealed class CandidateFilter
{
    private const ulong HashMultiplier = 0x9E3779B97F4A7C15UL;
    private const int AxisBits = 21;
    private const long AxisMask = (1L << AxisBits) - 1;
    private const long EmptyKey = long.MinValue; // keys use 63 bits

    // The 13 neighbours that come after (0, 0, 0) in lexicographic order: with the cell itself, each unordered pair of
    // neighbouring cells is visited exactly once.
    private static readonly (int X, int Y, int Z)[] ForwardNeighbours = BuildForwardNeighbours();

    private readonly int _n;
    private readonly double _thresholdKm;
    private readonly bool[]? _isPrimary;
    private readonly int _tableBits;
    private readonly Slot[] _slots;

    // One bit per hashed cell key, set for occupied cells: most neighbour probes hit empty cells, and this 128 KB
    // bitset answers them from L1/L2 instead of the slot table (measured: probes were a third of the filter's time).
    private readonly ulong[] _occupied = new ulong[OccupiedWords];
    private const int OccupiedBits = 20;
    private const int OccupiedWords = (1 << OccupiedBits) / 64;
    private readonly List<UsedCell> _usedSlots = [];
    private readonly List<int> _wide = [];
    private readonly int[] _primaries;
    private readonly List<(double Low, double High)> _primaryBands = [];

    // Per object (original index).
    private readonly double[] _mx, _my, _mz, _ball, _radius, _radialExtent;
    private readonly Segment[] _segments;
    private readonly int[] _objectSlot; // its cell's slot, or Absent (no state, outside the primary bands), or WideObject
    private const int Absent = -1;
    private const int WideObject = -2;

    // The objects in the grid in order of low radius, and that radius in the same order.
    private readonly int[] _order;
    private readonly double[] _orderKey;
    private const int BucketCount = 1 << 16;
    private const double BucketsPerKm = 1.0;
    private readonly int[] _bucketCounts = new int[BucketCount];

    // Per entry, in cell order and within a cell by low radius; the chords in the same order, so that testing a pair of
    // entries reads memory near the entries (per object, the chord reads were cache misses: a third of the search).
    private readonly Entry[] _entries;
    private readonly Segment[] _entrySegments;

    // Each object's entry as computed, so that filling the cells reads one record per object (it read six arrays).
    private readonly Entry[] _objectEntries;

    public CandidateFilter(int objectCount, double thresholdKm, bool[]? isPrimary)
    {
        _n = objectCount;
        _thresholdKm = thresholdKm;
        _isPrimary = isPrimary;
        _primaries = isPrimary is null ? [] : [.. Enumerable.Range(0, objectCount).Where(i => isPrimary[i])];
        // At most one occupied cell per object; 2–4 slots per object keeps probes short while the table (24 bytes a
        // slot) stays in L2 for catalogue-sized runs: probing was the main cost when it did not.
        _tableBits = Math.Max(10, (int)Math.Ceiling(Math.Log2(Math.Max(2, objectCount))));
        _slots = new Slot[1 << _tableBits];
        Array.Fill(_slots, new Slot { Key = EmptyKey });
        _segments = new Segment[objectCount];
        _mx = new double[objectCount];
        _my = new double[objectCount];
        _mz = new double[objectCount];
        _ball = new double[objectCount];
        _radius = new double[objectCount];
        _radialExtent = new double[objectCount];
        _objectSlot = new int[objectCount];
        _order = new int[objectCount];
        _orderKey = new double[objectCount];
        _entries = new Entry[objectCount];
        _entrySegments = new Segment[objectCount];
        _objectEntries = new Entry[objectCount];
    }

    /// <summary>Appends the candidate pairs (lower index first) of the interval between samples
    /// <paramref name="sample"/> and <paramref name="sample"/> + 1 of <paramref name="data"/> to <paramref name="output"/>.</summary>
    /// <param name="data">Samples laid out [sample][component][object], km and km/s, NaN where absent.</param>
    /// <param name="stepSeconds">Length h of the interval.</param>
    /// <param name="interval">Interval number, stored with each candidate.</param>
    public void FindCandidates(double[] data, int sample, double stepSeconds, int interval, List<Candidate> output)
    {
        Grid grid = Build(data, sample, stepSeconds);
        if (_isPrimary is null)
        {
            AllOnAll(grid.Mask, grid.Curvature, interval, output);
        }
        else
        {
            PrimariesAgainstAll(grid.InverseCell, grid.Mask, grid.Curvature, interval, output);
        }

        Wide(grid.TypicalBall, grid.InverseCell, grid.Mask, grid.Curvature, interval, output);
        Clear();
    }

    /// <summary>The reference of the tests: the same objects and bounds as <see cref="FindCandidates"/>, but every pair
    /// tested (O(n²)), so that the grid and the sweep can be checked to lose no pair the bounds keep.</summary>
    internal void FindCandidatesTestingEveryPair(double[] data, int sample, double stepSeconds, int interval, List<Candidate> output)
    {
        Grid grid = Build(data, sample, stepSeconds);
        for (int i = 0; i < _n; i++)
        {
            for (int j = i + 1; j < _n; j++)
            {
                if (_objectSlot[i] != Absent && _objectSlot[j] != Absent && Wanted(i, j))
                {
                    TestPair(i, j, grid.Curvature, interval, output);
                }
            }
        }

        Clear();
    }

    private readonly record struct Grid(double Curvature, double TypicalBall, double InverseCell, int Mask);

    // Computes every object's ball and radial range and enters the objects in the grid (wide ones in _wide).
    private Grid Build(double[] data, int sample, double stepSeconds)
    {
        int n = _n;
        int a = sample * ScreeningTrajectories.Components * n;
        int b = a + (ScreeningTrajectories.Components * n);
        double h = stepSeconds;
        double curvature = h * h / 8.0;
        double typicalBall = (ScreeningBounds.TypicalSpeedKmPerS * h / 2.0) + (ScreeningBounds.MaxAccelerationKmPerS2 * curvature);
        double inverseCell = 1.0 / ((2.0 * typicalBall) + _thresholdKm);
        int mask = (1 << _tableBits) - 1;
        _wide.Clear();
        _usedSlots.Clear();

        // 0. Primaries mode: an object can only approach a primary within T if their radii come within T, so objects
        // whose radial range (sample radii ± the crude radial deviation) misses every primary's by more than T are
        // left out of the grid at once.
        // |r|'' = H²/r³ − μ/r² + p·r̂ with 0 ≤ H²/r³ ≤ v²/r < 2μ/r² on a bound orbit, so |r|'' < 2·A + |p|.
        double crudeDeviation = CrudeRadialDeviation(curvature);
        _primaryBands.Clear();
        if (_isPrimary is not null)
        {
            foreach (int p in _primaries)
            {
                double px0 = data[a + p], px1 = data[b + p];
                if (double.IsNaN(px0) || double.IsNaN(px1))
                {
                    continue;
                }

                double r0 = Radius(px0, data[a + n + p], data[a + (2 * n) + p]), r1 = Radius(px1, data[b + n + p], data[b + (2 * n) + p]);
                _primaryBands.Add((Math.Min(r0, r1) - crudeDeviation - _thresholdKm, Math.Max(r0, r1) + crudeDeviation + _thresholdKm));
            }

            if (_primaryBands.Count == 0)
            {
                _primaryBands.Add((double.PositiveInfinity, double.NegativeInfinity)); // no primary present: nothing to screen
            }
        }

        // 1. Ball and radial range of every object present at both samples; count entries per cell.
        for (int i = 0; i < n; i++)
        {
            double x0 = data[a + i], x1 = data[b + i];
            _objectSlot[i] = Absent;
            if (double.IsNaN(x0) || double.IsNaN(x1))
            {
                continue;
            }

            double y0 = data[a + n + i], z0 = data[a + (2 * n) + i];
            double y1 = data[b + n + i], z1 = data[b + (2 * n) + i];
            double r0 = Radius(x0, y0, z0), r1 = Radius(x1, y1, z1);
            if (_primaryBands.Count > 0 && !_isPrimary![i] && !InPrimaryBand(r0, r1, crudeDeviation))
            {
                continue;
            }

            double vx0 = data[a + (3 * n) + i], vy0 = data[a + (4 * n) + i], vz0 = data[a + (5 * n) + i];
            double vx1 = data[b + (3 * n) + i], vy1 = data[b + (4 * n) + i], vz1 = data[b + (5 * n) + i];
            double dvx = vx1 - vx0, dvy = vy1 - vy0, dvz = vz1 - vz0;

            // |r(t) − chord(t)| ≤ max|r̈|·h²/8 (linear interpolation error). The mean acceleration |Δv|/h is a lower
            // bound of max|r̈|; were it ever above the physical bound, twice it would be used instead.
            double meanAcceleration = Math.Sqrt((dvx * dvx) + (dvy * dvy) + (dvz * dvz)) / h;
            bool physical = meanAcceleration <= ScreeningBounds.MaxAccelerationKmPerS2;
            double deviation = (physical ? ScreeningBounds.MaxAccelerationKmPerS2 : 2.0 * meanAcceleration) * curvature;
            double hx = (x1 - x0) / 2.0, hy = (y1 - y0) / 2.0, hz = (z1 - z0) / 2.0;
            double ball = Math.Sqrt((hx * hx) + (hy * hy) + (hz * hz)) + deviation;
            double mx = x0 + hx, my = y0 + hy, mz = z0 + hz;

            // Radius along the interval: |r|'' = H²/r³ − μ/r² + p·r̂ exactly (H = |r×v|, p the non-two-body
            // acceleration), so |r|(t) is within max| |r|'' |·h²/8 of the line between the two sample radii.
            double radialExtent = physical
                ? (Math.Abs(r1 - r0) / 2.0) + (RadialAccelerationBound(r0, r1, AngularMomentum(x0, y0, z0, vx0, vy0, vz0),
                    AngularMomentum(x1, y1, z1, vx1, vy1, vz1), h, curvature) * curvature)
                : ball;
            double radius = (r0 + r1) / 2.0;
            _segments[i] = new Segment(x0, y0, z0, x1, y1, z1, deviation);
            _mx[i] = mx;
            _my[i] = my;
            _mz[i] = mz;
            _ball[i] = ball;
            _radius[i] = radius;
            _radialExtent[i] = radialExtent;
            if (ball > typicalBall)
            {
                _objectSlot[i] = WideObject;
                _wide.Add(i);
                continue;
            }

            _objectEntries[i] = new Entry(radius - radialExtent, radius + radialExtent, mx, my, mz, ball, i);
            long cx = Cell(mx, inverseCell), cy = Cell(my, inverseCell), cz = Cell(mz, inverseCell);
            int slot = FindSlot(CellKey(cx, cy, cz), mask, insert: true);
            if (_slots[slot].End == 0)
            {
                _usedSlots.Add(new UsedCell(slot, cx, cy, cz));
                SetOccupied(CellKey(cx, cy, cz));
            }

            _slots[slot].End++;
            _objectSlot[i] = slot;
        }

        // 2. The objects in order of low radius, then a stable counting sort of the entries into cell order.
        int inGrid = SortByLowRadius();
        int running = 0;
        foreach (UsedCell used in _usedSlots)
        {
            ref Slot slot = ref _slots[used.Slot];
            slot.Start = running;
            running += slot.End;
            slot.End = slot.Start; // the fill cursor; ends as the end of the cell's range
            slot.MaxHigh = double.NegativeInfinity;
        }

        for (int k = 0; k < inGrid; k++)
        {
            int i = _order[k];
            ref Slot slot = ref _slots[_objectSlot[i]];
            ref Entry entry = ref _objectEntries[i];
            _entrySegments[slot.End] = _segments[i];
            _entries[slot.End++] = entry;
            slot.MaxHigh = Math.Max(slot.MaxHigh, entry.High);
        }

        return new Grid(curvature, typicalBall, inverseCell, mask);
    }

    private void Clear()
    {
        foreach (UsedCell used in _usedSlots)
        {
            _slots[used.Slot] = new Slot { Key = EmptyKey };
            ClearOccupied(CellKey(used.X, used.Y, used.Z));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int OccupiedIndex(long key) => unchecked((int)((ulong)key * 0xD6E8FEB86659FD93UL >> (64 - OccupiedBits)));

    private void SetOccupied(long key)
    {
        int bit = OccupiedIndex(key);
        _occupied[bit >> 6] |= 1UL << (bit & 63);
    }

    private void ClearOccupied(long key)
    {
        int bit = OccupiedIndex(key);
        _occupied[bit >> 6] = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FindOccupied(long key, int mask)
    {
        int bit = OccupiedIndex(key);
        return (_occupied[bit >> 6] & (1UL << (bit & 63))) == 0 ? -1 : FindSlot(key, mask, insert: false);
    }

    // The objects in the grid in order of low radius: a counting sort by 1 km bucket of low radius (the last bucket takes
    // everything above), then insertion sort, which has only the few objects of each bucket to order. Returns the count.
    private int SortByLowRadius()
    {
        int[] counts = _bucketCounts;
        Array.Clear(counts);
        int n = _n, inGrid = 0;
        for (int i = 0; i < n; i++)
        {
            if (_objectSlot[i] >= 0)
            {
                counts[Bucket(_objectEntries[i].Low)]++;
                inGrid++;
            }
        }

        int running = 0;
        for (int k = 0; k < counts.Length; k++)
        {
            int count = counts[k];
            counts[k] = running;
            running += count;
        }

        int[] order = _order;
        double[] key = _orderKey;
        for (int i = 0; i < n; i++)
        {
            if (_objectSlot[i] >= 0)
            {
                double low = _objectEntries[i].Low;
                int at = counts[Bucket(low)]++;
                order[at] = i;
                key[at] = low;
            }
        }

        for (int k = 1; k < inGrid; k++)
        {
            double moving = key[k];
            if (key[k - 1] <= moving)
            {
                continue;
            }

            int movingObject = order[k];
            int m = k - 1;
            while (m >= 0 && key[m] > moving)
            {
                key[m + 1] = key[m];
                order[m + 1] = order[m];
                m--;
            }

            key[m + 1] = moving;
            order[m + 1] = movingObject;
        }

        return inGrid;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bucket(double lowRadiusKm) =>
        (int)Math.Clamp((lowRadiusKm - ScreeningBounds.FloorRadiusKm) * BucketsPerKm, 0.0, BucketCount - 1);

    private void AllOnAll(int mask, double curvature, int interval, List<Candidate> output)
    {
        Entry[] entries = _entries;
        double threshold = _thresholdKm;
        foreach (UsedCell used in _usedSlots)
        {
            ref Slot cell = ref _slots[used.Slot];
            int start = cell.Start, end = cell.End;
            for (int p = start; p < end; p++)
            {
                double reach = entries[p].High + threshold;
                for (int q = p + 1; q < end && entries[q].Low <= reach; q++)
                {
                    TestEntries(p, q, curvature, interval, output);
                }
            }

            foreach ((int dx, int dy, int dz) in ForwardNeighbours)
            {
                int other = FindOccupied(CellKey(used.X + dx, used.Y + dy, used.Z + dz), mask);
                if (other < 0)
                {
                    continue;
                }

                ref Slot near = ref _slots[other];
                if (cell.MaxHigh + threshold < entries[near.Start].Low || near.MaxHigh + threshold < entries[start].Low)
                {
                    continue;
                }

                Sweep(start, end, near.Start, near.End, curvature, interval, output);
            }
        }
    }

    // Sweep and prune between two cells' entries, both sorted by low radius: the entries are taken in merged order
    // of low radius, and each is tested against the other cell's entries not yet taken whose low radius is at most T
    // above its high radius. Every pair whose radial ranges come within T is met exactly once, when the one of the
    // two that starts lower is taken (ties: the first cell's).
    private void Sweep(int aStart, int aEnd, int bStart, int bEnd, double curvature, int interval, List<Candidate> output)
    {
        Entry[] entries = _entries;
        double threshold = _thresholdKm;
        int p = aStart, q = bStart;
        while (p < aEnd && q < bEnd)
        {
            if (entries[p].Low <= entries[q].Low)
            {
                double reach = entries[p].High + threshold;
                for (int k = q; k < bEnd && entries[k].Low <= reach; k++)
                {
                    TestEntries(p, k, curvature, interval, output);
                }

                p++;
            }
            else
            {
                double reach = entries[q].High + threshold;
                for (int k = p; k < aEnd && entries[k].Low <= reach; k++)
                {
                    TestEntries(k, q, curvature, interval, output);
                }

                q++;
            }
        }
    }

    // Entry pair (p, q) whose radial ranges come within T: test the balls, then the chords.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void TestEntries(int p, int q, double curvature, int interval, List<Candidate> output)
    {
        ref Entry a = ref _entries[p], b = ref _entries[q];
        double ex = b.Mx - a.Mx, ey = b.My - a.My, ez = b.Mz - a.Mz;
        double reach = a.Ball + b.Ball + _thresholdKm;
        if ((ex * ex) + (ey * ey) + (ez * ez) <= reach * reach
            && ChordsMeet(in _entrySegments[p], in _entrySegments[q], _thresholdKm, curvature))
        {
            output.Add(a.Object < b.Object ? new Candidate(a.Object, b.Object, interval) : new Candidate(b.Object, a.Object, interval));
        }
    }

    // Only primaries search (all 27 cells, each object once); a primary–primary pair is met from both sides and kept once.
    private void PrimariesAgainstAll(double inverseCell, int mask, double curvature, int interval, List<Candidate> output)
    {
        bool[] isPrimary = _isPrimary!;
        for (int i = 0; i < _n; i++)
        {
            if (!isPrimary[i] || _objectSlot[i] < 0)
            {
                continue;
            }

            long cx = Cell(_mx[i], inverseCell), cy = Cell(_my[i], inverseCell), cz = Cell(_mz[i], inverseCell);
            for (int dx = -1; dx <= 1; dx++)
            {
                for (int dy = -1; dy <= 1; dy++)
                {
                    for (int dz = -1; dz <= 1; dz++)
                    {
                        int slot = FindOccupied(CellKey(cx + dx, cy + dy, cz + dz), mask);
                        if (slot < 0)
                        {
                            continue;
                        }

                        for (int q = _slots[slot].Start; q < _slots[slot].End; q++)
                        {
                            int j = _entries[q].Object;
                            if (j == i || (isPrimary[j] && j < i))
                            {
                                continue;
                            }

                            TestPair(i, j, curvature, interval, output);
                        }
                    }
                }
            }
        }
    }

    // Wide objects search every cell their reach can touch (each object once), then wide–wide pairs directly.
    private void Wide(double typicalBall, double inverseCell, int mask, double curvature, int interval, List<Candidate> output)
    {
        foreach (int i in _wide)
        {
            double reach = _ball[i] + typicalBall + _thresholdKm;
            long span = (long)Math.Ceiling(reach * inverseCell);
            long side = (2 * span) + 1;
            if (side > 64 || side * side * side > _usedSlots.Count)
            {
                // A ball wider than the grid is worth: testing every object is cheaper than visiting the cells.
                foreach (UsedCell used in _usedSlots)
                {
                    TestCell(i, used.Slot, curvature, interval, output);
                }

                continue;
            }

            long cx = Cell(_mx[i], inverseCell), cy = Cell(_my[i], inverseCell), cz = Cell(_mz[i], inverseCell);
            for (long dx = -span; dx <= span; dx++)
            {
                for (long dy = -span; dy <= span; dy++)
                {
                    for (long dz = -span; dz <= span; dz++)
                    {
                        int slot = FindOccupied(CellKey(cx + dx, cy + dy, cz + dz), mask);
                        if (slot >= 0)
                        {
                            TestCell(i, slot, curvature, interval, output);
                        }
                    }
                }
            }
        }

        for (int x = 0; x < _wide.Count; x++)
        {
            for (int y = x + 1; y < _wide.Count; y++)
            {
                if (Wanted(_wide[x], _wide[y]))
                {
                    TestPair(_wide[x], _wide[y], curvature, interval, output);
                }
            }
        }
    }

    private void TestCell(int i, int slot, double curvature, int interval, List<Candidate> output)
    {
        // Entries are sorted by low radius: past the object's high radius plus T no entry can come within T radially.
        double low = _radius[i] - _radialExtent[i] - _thresholdKm, reach = _radius[i] + _radialExtent[i] + _thresholdKm;
        for (int q = _slots[slot].Start; q < _slots[slot].End && _entries[q].Low <= reach; q++)
        {
            ref Entry entry = ref _entries[q];
            if (entry.High < low)
            {
                continue;
            }

            int j = entry.Object;
            if (Wanted(i, j))
            {
                TestPair(i, j, curvature, interval, output);
            }
        }
    }

    private bool Wanted(int i, int j) => _isPrimary is null || _isPrimary[i] || _isPrimary[j];

    // The tests of one pair over the interval, cheapest first. (1) Radial ranges: |d| ≤ T needs ||r_i| − |r_j|| ≤ T.
    // (2) Balls. (3) With d(t) = r_j(t) − r_i(t), the relative chord c(t) between d(t_k) and d(t_k+1) is within
    // max|d̈|·h²/8 of d(t), and |d̈| ≤ G·max|d| + ε (gravity gradient and perturbation bounds, ScreeningBounds). So if
    // min|c| > T plus that deviation, |d(t)| > T on the whole interval.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void TestPair(int i, int j, double curvature, int interval, List<Candidate> output)
    {
        if (Math.Abs(_radius[j] - _radius[i]) > _radialExtent[i] + _radialExtent[j] + _thresholdKm)
        {
            return;
        }

        double ex = _mx[j] - _mx[i], ey = _my[j] - _my[i], ez = _mz[j] - _mz[i];
        double reach = _ball[i] + _ball[j] + _thresholdKm;
        if ((ex * ex) + (ey * ey) + (ez * ez) > reach * reach)
        {
            return;
        }

        TestChord(i, j, curvature, interval, output);
    }

    private void TestChord(int i, int j, double curvature, int interval, List<Candidate> output)
    {
        if (ChordsMeet(in _segments[i], in _segments[j], _thresholdKm, curvature))
        {
            output.Add(i < j ? new Candidate(i, j, interval) : new Candidate(j, i, interval));
        }
    }

    private static bool ChordsMeet(in Segment i, in Segment j, double thresholdKm, double curvature)
    {
        double d0x = j.X0 - i.X0, d0y = j.Y0 - i.Y0, d0z = j.Z0 - i.Z0;
        double d1x = j.X1 - i.X1, d1y = j.Y1 - i.Y1, d1z = j.Z1 - i.Z1;
        double sx = d1x - d0x, sy = d1y - d0y, sz = d1z - d0z;
        double ss = (sx * sx) + (sy * sy) + (sz * sz);
        double u = ss > 0.0 ? Math.Clamp(-((d0x * sx) + (d0y * sy) + (d0z * sz)) / ss, 0.0, 1.0) : 0.0;
        double cx = d0x + (u * sx), cy = d0y + (u * sy), cz = d0z + (u * sz);
        double chordMin2 = (cx * cx) + (cy * cy) + (cz * cz);

        // The limit below is at most T + δi + δj (the second term of the minimum), so most pairs (chords hundreds of km
        // apart) are rejected here without the two square roots; the factor covers the rounding of that term.
        double ceiling = thresholdKm + ((i.Deviation + j.Deviation) * (1.0 + 1e-9));
        if (chordMin2 > ceiling * ceiling)
        {
            return false;
        }

        double end0 = Math.Sqrt((d0x * d0x) + (d0y * d0y) + (d0z * d0z));
        double end1 = Math.Sqrt((d1x * d1x) + (d1y * d1y) + (d1z * d1z));
        double maxDistance = Math.Max(end0, end1) + i.Deviation + j.Deviation;
        double relativeAcceleration = Math.Min(
            (ScreeningBounds.GravityGradientPerS2 * maxDistance) + ScreeningBounds.PerturbationDifferenceKmPerS2,
            (i.Deviation + j.Deviation) / curvature);
        double limit = thresholdKm + (relativeAcceleration * curvature);
        return chordMin2 <= limit * limit;
    }

    private static double CrudeRadialDeviation(double curvature) =>
        ((2.0 * ScreeningBounds.MaxAccelerationKmPerS2) + ScreeningBounds.PerturbationKmPerS2) * curvature;

    private static double Radius(double x, double y, double z) => Math.Sqrt((x * x) + (y * y) + (z * z));

    private bool InPrimaryBand(double r0, double r1, double crudeDeviation)
    {
        double low = Math.Min(r0, r1) - crudeDeviation, high = Math.Max(r0, r1) + crudeDeviation;
        foreach ((double bandLow, double bandHigh) in _primaryBands)
        {
            if (high >= bandLow && low <= bandHigh)
            {
                return true;
            }
        }

        return false;
    }

    private static double AngularMomentum(double x, double y, double z, double vx, double vy, double vz)
    {
        double hx = (y * vz) - (z * vy), hy = (z * vx) - (x * vz), hz = (x * vy) - (y * vx);
        return Math.Sqrt((hx * hx) + (hy * hy) + (hz * hz));
    }

    // Bound of | |r|'' | = |H²/r³ − μ/r² + p·r̂| over the interval. r lies within the sample radii widened by the
    // crude radial deviation; H changes by at most |r|·|p|·h; f(r, H) = H²/r³ − μ/r² is monotonic in H and has its only
    // extremum in r at r* = 1.5·H²/μ, where f = μ/(3r*²); so its extremes are at the corners or bounded by that.
    private static double RadialAccelerationBound(double r0, double r1, double h0, double h1, double h, double curvature)
    {
        double crude = CrudeRadialDeviation(curvature);
        double rLow = Math.Max(Math.Min(r0, r1) - crude, ScreeningBounds.FloorRadiusKm);
        double rHigh = Math.Max(r0, r1) + crude;
        double drift = rHigh * ScreeningBounds.PerturbationKmPerS2 * h;
        double hLow = Math.Max(Math.Min(h0, h1) - drift, 0.0), hHigh = Math.Max(h0, h1) + drift;
        double worst = Math.Max(
            Math.Max(Math.Abs(RadialTwoBody(rLow, hLow)), Math.Abs(RadialTwoBody(rHigh, hLow))),
            Math.Max(Math.Abs(RadialTwoBody(rLow, hHigh)), Math.Abs(RadialTwoBody(rHigh, hHigh))));
        double rStarLow = 1.5 * hLow * hLow / ScreeningBounds.MuKm3PerS2;
        double rStarHigh = 1.5 * hHigh * hHigh / ScreeningBounds.MuKm3PerS2;
        if (rStarLow < rHigh && rStarHigh > rLow)
        {
            // The extremum in r lies inside for some H: |f| there is at most μ/(3 r*²) ≤ μ/(3 rLow²).
            worst = Math.Max(worst, ScreeningBounds.MuKm3PerS2 / (3.0 * rLow * rLow));
        }

        return worst + ScreeningBounds.PerturbationKmPerS2;
    }

    private static double RadialTwoBody(double r, double angularMomentum) =>
        (angularMomentum * angularMomentum / (r * r * r)) - (ScreeningBounds.MuKm3PerS2 / (r * r));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Cell(double coordinateKm, double inverseCell) => unchecked((long)Math.Floor(coordinateKm * inverseCell));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long CellKey(long x, long y, long z) =>
        ((x & AxisMask) << (2 * AxisBits)) | ((y & AxisMask) << AxisBits) | (z & AxisMask);

    // Open addressing with linear probing; the used slots are freed at the end of each interval.
    private int FindSlot(long key, int mask, bool insert)
    {
        int index = unchecked((int)(((ulong)key * HashMultiplier) >> (64 - _tableBits)) & mask);
        while (true)
        {
            ref Slot slot = ref _slots[index];
            if (slot.Key == EmptyKey)
            {
                if (!insert)
                {
                    return -1;
                }

                slot.Key = key;
                slot.Start = 0;
                slot.End = 0;
                return index;
            }

            if (slot.Key == key)
            {
                return index;
            }

            index = (index + 1) & mask;
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

/// <summary>A hash-table slot: a cell key, the range of its entries and their highest radius.</summary>
internal struct Slot
{
    public long Key; // EmptyKey when free
    public int Start;
    public int End;
    public double MaxHigh;
}

/// <summary>An occupied cell: its slot and its coordinates.</summary>
internal readonly record struct UsedCell(int Slot, long X, long Y, long Z);

/// <summary>One object in its cell: its radial range over the interval (km) and its ball, copied in for locality.</summary>
internal readonly record struct Entry(double Low, double High, double Mx, double My, double Mz, double Ball, int Object);

/// <summary>An object's chord over the interval: the two sampled positions (km) and the bound on the trajectory's
/// distance from the chord (km).</summary>
internal readonly record struct Segment(double X0, double Y0, double Z0, double X1, double Y1, double Z1, double Deviation);

/// <summary>A pair of objects (<see cref="First"/> &lt; <see cref="Second"/>) that may approach during an interval.</summary>
internal readonly record struct Candidate(int First, int Second, int Interval);
