using System.Runtime.CompilerServices;

namespace Concord.Astro.Conjunctions.Screening;

/// <summary>One worker's filter: for one sampling interval [t_k, t_k+1], every object pair whose trajectories can come
/// within the screening radius during it. Conservative (never drops such a pair); see <see cref="ConjunctionScreener"/>
/// for the proof. Not thread-safe: one instance per worker.</summary>
/// <remarks>
/// <para>Each object has a ball (chord midpoint, chord half-length plus the interpolation bound) and a radial range
/// (the two sample radii plus the bound on |r|''). Objects are entered in a hash grid of cells of
/// 2·(8 km/s·h/2 + A·h²/8) + T, and within a cell in radial bins of 2·10 km + T: an object enters every bin its radial
/// range touches. Two objects that can come within T then have entries in the same or neighbouring cells, in the same or
/// neighbouring bins; each pair is tested once, at its lexicographically first such pair of bins. Objects whose ball
/// is wider than a cell's design (perigee passes of eccentric orbits) search all the cells they can reach.</para>
/// <para>Entries are copied cell by cell, bin by bin, into contiguous arrays so that testing a cell against a
/// neighbouring one walks memory in order, and each unordered pair of neighbouring cells is visited once. On the
/// 23,939-object catalogue at h = 60 s, the radial bins cut the pairs reaching the chord test from 200,000 to 13,000
/// per interval.</para>
/// </remarks>
internal sealed class CandidateFilter
{
    private const ulong HashMultiplier = 0x9E3779B97F4A7C15UL;
    private const int AxisBits = 21;
    private const long AxisMask = (1L << AxisBits) - 1;
    private const long EmptyKey = long.MinValue; // keys use 63 bits

    // An object whose radial range spans more bins than this searches like a wide object.
    private const int MaxBinsPerObject = 32;

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
    private readonly double[] _x0, _y0, _z0, _x1, _y1, _z1, _mx, _my, _mz, _ball, _deviation, _radius, _radialExtent;
    private readonly long[] _firstBin, _lastBin;
    private readonly int[] _objectSlot;
    private readonly bool[] _live;

    // Per entry, in cell-then-bin order (grown on demand).
    private Entry[] _entries = [];
    private int[] _pending = [];

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
        _x0 = new double[objectCount];
        _y0 = new double[objectCount];
        _z0 = new double[objectCount];
        _x1 = new double[objectCount];
        _y1 = new double[objectCount];
        _z1 = new double[objectCount];
        _mx = new double[objectCount];
        _my = new double[objectCount];
        _mz = new double[objectCount];
        _ball = new double[objectCount];
        _deviation = new double[objectCount];
        _radius = new double[objectCount];
        _radialExtent = new double[objectCount];
        _firstBin = new long[objectCount];
        _lastBin = new long[objectCount];
        _objectSlot = new int[objectCount];
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
        double typicalBall = (ScreeningBounds.TypicalSpeedKmPerS * h / 2.0) + (ScreeningBounds.MaxAccelerationKmPerS2 * curvature);
        double inverseCell = 1.0 / ((2.0 * typicalBall) + _thresholdKm);
        double inverseBin = 1.0 / ((2.0 * ScreeningBounds.TypicalRadialExtentKm) + _thresholdKm);
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
        int pendingCount = 0;
        for (int i = 0; i < n; i++)
        {
            double x0 = data[a + i], x1 = data[b + i];
            _live[i] = !double.IsNaN(x0) && !double.IsNaN(x1);
            if (!_live[i])
            {
                continue;
            }

            double y0 = data[a + n + i], z0 = data[a + (2 * n) + i];
            double y1 = data[b + n + i], z1 = data[b + (2 * n) + i];
            double r0 = Radius(x0, y0, z0), r1 = Radius(x1, y1, z1);
            if (_primaryBands.Count > 0 && !_isPrimary![i] && !InPrimaryBand(r0, r1, crudeDeviation))
            {
                _live[i] = false;
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
            _x0[i] = x0;
            _y0[i] = y0;
            _z0[i] = z0;
            _x1[i] = x1;
            _y1[i] = y1;
            _z1[i] = z1;
            _mx[i] = mx;
            _my[i] = my;
            _mz[i] = mz;
            _ball[i] = ball;
            _deviation[i] = deviation;
            _radius[i] = radius;
            _radialExtent[i] = radialExtent;
            long firstBin = unchecked((long)Math.Floor((radius - radialExtent) * inverseBin));
            long lastBin = unchecked((long)Math.Floor((radius + radialExtent) * inverseBin));
            _firstBin[i] = firstBin;
            _lastBin[i] = lastBin;
            if (ball > typicalBall || lastBin - firstBin >= MaxBinsPerObject)
            {
                _wide.Add(i);
                continue;
            }

            long cx = Cell(mx, inverseCell), cy = Cell(my, inverseCell), cz = Cell(mz, inverseCell);
            int slot = FindSlot(CellKey(cx, cy, cz), mask, insert: true);
            if (_slots[slot].End == 0)
            {
                _usedSlots.Add(new UsedCell(slot, cx, cy, cz));
                SetOccupied(CellKey(cx, cy, cz));
            }

            _slots[slot].End += (int)(lastBin - firstBin + 1);
            _objectSlot[i] = slot;
            Grow(ref _pending, pendingCount + 1);
            _pending[pendingCount++] = i;
        }

        // 2. Counting sort of the entries into cell order, then by bin within each cell.
        int running = 0;
        foreach (UsedCell used in _usedSlots)
        {
            ref Slot slot = ref _slots[used.Slot];
            slot.Start = running;
            running += slot.End;
            slot.End = slot.Start; // the fill cursor; ends as the end of the cell's range
        }

        Grow(ref _entries, running);
        for (int l = 0; l < pendingCount; l++)
        {
            int i = _pending[l];
            ref Slot slot = ref _slots[_objectSlot[i]];
            for (long bin = _firstBin[i]; bin <= _lastBin[i]; bin++)
            {
                _entries[slot.End++] = new Entry(_radius[i], _radialExtent[i], _mx[i], _my[i], _mz[i], _ball[i], bin, _firstBin[i], i);
            }
        }

        foreach (UsedCell used in _usedSlots)
        {
            ref Slot slot = ref _slots[used.Slot];
            SortByBin(slot.Start, slot.End);
            slot.MinBin = _entries[slot.Start].Bin;
            slot.MaxBin = _entries[slot.End - 1].Bin;
        }

        if (_isPrimary is null)
        {
            AllOnAll(mask, curvature, interval, output);
        }
        else
        {
            PrimariesAgainstAll(inverseCell, mask, curvature, interval, output);
        }

        Wide(typicalBall, inverseCell, mask, curvature, interval, output);

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

    private void SortByBin(int start, int end)
    {
        Entry[] entries = _entries;
        for (int x = start + 1; x < end; x++)
        {
            Entry moving = entries[x];
            int y = x - 1;
            while (y >= start && entries[y].Bin > moving.Bin)
            {
                entries[y + 1] = entries[y];
                y--;
            }

            entries[y + 1] = moving;
        }
    }

    private void AllOnAll(int mask, double curvature, int interval, List<Candidate> output)
    {
        Entry[] entries = _entries;
        foreach (UsedCell used in _usedSlots)
        {
            int start = _slots[used.Slot].Start, end = _slots[used.Slot].End;
            for (int p = start; p < end; p++)
            {
                long lastBin = entries[p].Bin + 1;
                for (int q = p + 1; q < end && entries[q].Bin <= lastBin; q++)
                {
                    TestEntries(ref entries[p], ref entries[q], curvature, interval, output);
                }
            }

            foreach ((int dx, int dy, int dz) in ForwardNeighbours)
            {
                int other = FindOccupied(CellKey(used.X + dx, used.Y + dy, used.Z + dz), mask);
                if (other < 0)
                {
                    continue;
                }

                // Both cells are ordered by bin: entries more than one bin apart cannot meet, so only the part of this
                // cell within one bin of the other cell's bins is walked.
                ref Slot near = ref _slots[other];
                long fromBin = near.MinBin - 1, toBin = near.MaxBin + 1;
                if (_slots[used.Slot].MaxBin < fromBin || _slots[used.Slot].MinBin > toBin)
                {
                    continue;
                }

                int otherEnd = near.End;
                int low = near.Start;
                int first = start;
                while (entries[first].Bin < fromBin)
                {
                    first++;
                }

                for (int p = first; p < end && entries[p].Bin <= toBin; p++)
                {
                    long firstBin = entries[p].Bin - 1, lastBin = entries[p].Bin + 1;
                    while (low < otherEnd && entries[low].Bin < firstBin)
                    {
                        low++;
                    }

                    for (int q = low; q < otherEnd && entries[q].Bin <= lastBin; q++)
                    {
                        TestEntries(ref entries[p], ref entries[q], curvature, interval, output);
                    }
                }
            }
        }
    }

    // Entry pair (p, q) in bins one apart at most: test the objects if this is their canonical pair of bins, the
    // lexicographically first (bin of the lower-index object, bin of the other) with the bins one apart at most.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void TestEntries(ref Entry p, ref Entry q, double curvature, int interval, List<Candidate> output)
    {
        // Cheapest rejections first, on the entries' own (contiguous) copies: radial ranges, then balls.
        if (Math.Abs(q.Radius - p.Radius) > p.RadialExtent + q.RadialExtent + _thresholdKm)
        {
            return;
        }

        double ex = q.Mx - p.Mx, ey = q.My - p.My, ez = q.Mz - p.Mz;
        double reach = p.Ball + q.Ball + _thresholdKm;
        if ((ex * ex) + (ey * ey) + (ez * ez) > reach * reach || p.Object == q.Object)
        {
            return;
        }

        bool pFirst = p.Object < q.Object;
        long binI = pFirst ? p.Bin : q.Bin, binJ = pFirst ? q.Bin : p.Bin;
        long firstI = pFirst ? p.FirstBin : q.FirstBin, firstJ = pFirst ? q.FirstBin : p.FirstBin;
        long canonicalI = Math.Max(firstI, firstJ - 1);
        long canonicalJ = Math.Max(firstJ, canonicalI - 1);
        if (binI == canonicalI && binJ == canonicalJ)
        {
            TestChord(p.Object, q.Object, curvature, interval, output);
        }
    }

    // Only primaries search (all 27 cells, each object once); a primary–primary pair is met from both sides and kept once.
    private void PrimariesAgainstAll(double inverseCell, int mask, double curvature, int interval, List<Candidate> output)
    {
        bool[] isPrimary = _isPrimary!;
        for (int i = 0; i < _n; i++)
        {
            if (!isPrimary[i] || !_live[i] || _wide.Contains(i))
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
                            if (_entries[q].Bin != _entries[q].FirstBin || j == i || (isPrimary[j] && j < i))
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
        double radius = _radius[i], extent = _radialExtent[i] + _thresholdKm;
        for (int q = _slots[slot].Start; q < _slots[slot].End; q++)
        {
            ref Entry entry = ref _entries[q];
            if (Math.Abs(entry.Radius - radius) > extent + entry.RadialExtent)
            {
                continue;
            }

            int j = entry.Object;
            if (entry.Bin == entry.FirstBin && Wanted(i, j))
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

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void TestChord(int i, int j, double curvature, int interval, List<Candidate> output)
    {
        double d0x = _x0[j] - _x0[i], d0y = _y0[j] - _y0[i], d0z = _z0[j] - _z0[i];
        double d1x = _x1[j] - _x1[i], d1y = _y1[j] - _y1[i], d1z = _z1[j] - _z1[i];
        double sx = d1x - d0x, sy = d1y - d0y, sz = d1z - d0z;
        double ss = (sx * sx) + (sy * sy) + (sz * sz);
        double u = ss > 0.0 ? Math.Clamp(-((d0x * sx) + (d0y * sy) + (d0z * sz)) / ss, 0.0, 1.0) : 0.0;
        double cx = d0x + (u * sx), cy = d0y + (u * sy), cz = d0z + (u * sz);
        double chordMin2 = (cx * cx) + (cy * cy) + (cz * cz);

        double end0 = Math.Sqrt((d0x * d0x) + (d0y * d0y) + (d0z * d0z));
        double end1 = Math.Sqrt((d1x * d1x) + (d1y * d1y) + (d1z * d1z));
        double maxDistance = Math.Max(end0, end1) + _deviation[i] + _deviation[j];
        double relativeAcceleration = Math.Min(
            (ScreeningBounds.GravityGradientPerS2 * maxDistance) + ScreeningBounds.PerturbationDifferenceKmPerS2,
            (_deviation[i] + _deviation[j]) / curvature);
        double limit = _thresholdKm + (relativeAcceleration * curvature);
        if (chordMin2 <= limit * limit)
        {
            output.Add(i < j ? new Candidate(i, j, interval) : new Candidate(j, i, interval));
        }
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

    private static void Grow<T>(ref T[] array, int size)
    {
        if (array.Length < size)
        {
            Array.Resize(ref array, Math.Max(size, array.Length * 2));
        }
    }

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

/// <summary>A hash-table slot: a cell key and the range of its entries.</summary>
internal struct Slot
{
    public long Key; // EmptyKey when free
    public int Start;
    public int End;
    public long MinBin;
    public long MaxBin;
}

/// <summary>An occupied cell: its slot and its coordinates.</summary>
internal readonly record struct UsedCell(int Slot, long X, long Y, long Z);

/// <summary>One object in one radial bin of a cell, with the object's data copied in for locality.</summary>
internal readonly record struct Entry(double Radius, double RadialExtent, double Mx, double My, double Mz, double Ball,
    long Bin, long FirstBin, int Object);

/// <summary>A pair of objects (<see cref="First"/> &lt; <see cref="Second"/>) that may approach during an interval.</summary>
internal readonly record struct Candidate(int First, int Second, int Interval);
