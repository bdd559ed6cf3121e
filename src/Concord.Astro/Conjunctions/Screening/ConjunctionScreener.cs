using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;

namespace Concord.Astro.Conjunctions.Screening;

/// <summary>Finds every close approach among a set of objects over a time window: all-on-all, or primaries against
/// all others, with a spherical threshold or an RTN ellipsoid.</summary>
/// <remarks>
/// <para><b>Method.</b> Each object is sampled every h seconds (<see cref="ScreeningOptions.SampleStep"/>; SGP4 in
/// SIMD batches). For each interval [t_k, t_k + h] a spatial hash of the chord midpoints yields the pairs that may come
/// within the screening radius T (the largest semi-axis of the volume) during it; each such pair is tested exactly
/// against the chord of its relative motion. The pairs that pass are refined on the true trajectories: the local
/// minima of the range are the roots of g = d·ḋ (d = r₂ − r₁) going from negative to positive, located to 1e-7 s.
/// Minima closer than T with the range staying below T between them form one encounter (formation flyers and docked
/// objects give one event, not one per orbit). An encounter is reported at its deepest minimum inside the volume.</para>
/// <para><b>Why the filter never drops an approach.</b> (1) Linear interpolation error: a trajectory with |r̈| ≤ A
/// stays within A·h²/8 of its chord between two samples. SGP4 states satisfy |r̈| ≤ μ/r² (1 + 2 %) with r ≥ 6300 km
/// (SGP4 stops at one Earth radius), so each object lies within ℓ + A·h²/8 of its chord midpoint, ℓ the chord
/// half-length. (2) Two objects whose such balls are farther apart than the sum of their radii plus T cannot come
/// within T; with cells of 2·(10.5 km/s·h/2 + A·h²/8) + T, every pair of slower objects that could is in neighbouring
/// cells, and faster objects search as many cells as their own ball needs. (3) Radially, |r|'' = H²/r³ − μ/r² + p·r̂
/// exactly (H = |r×v|, |p| ≤ 5e-5 km/s²), so |r|(t) stays within a bound computed from the two samples of the line
/// between the sample radii; two objects within T have radii within T, hence radial ranges within T of each other
/// (found by a sweep over the entries sorted by low radius: Hoots et al. 1984's apogee/perigee test, per interval). (4) For a pair,
/// d̈ = g(r₂) − g(r₁) + Δp with |g(r₂) − g(r₁)| ≤ (2μ/r³)·|d| (gravity-gradient norm) and |Δp| ≤ 1e-4 km/s², so the
/// relative chord is within (2μ/r³·max|d| + 1e-4)·h²/8 of d(t); a pair whose relative chord stays farther than T plus
/// that from the origin cannot approach within T during the interval. (5) In refinement g is increasing on an
/// interval, so it holds at most one minimum, whenever v_min² &gt; max|d|·max|d̈|; otherwise the interval is halved,
/// down to 10 s (the brute-force reference's own step). The acceleration bounds are checked against SGP4's
/// trajectories in the tests, and the whole filter against a brute force (SGP4 every 10 s, all pairs). A sampled state
/// that breaks them (unbound, beyond 1.5 million km, or accelerating faster than gravity allows: SGP4 output for
/// elements far outside its range, seen in real catalogues) is not a trajectory; that object is excluded from then on
/// and reported.</para>
/// <para><b>Window edges.</b> Only minima with TCA inside [Start, Stop] are reported; a pair already closing at Start
/// or still closing at Stop has its TCA outside the window. <b>Failures.</b> An object whose SGP4 fails (decay,
/// eccentricity out of range) is excluded from that time on and listed in <see cref="ScreeningResult.Exclusions"/>.
/// Thread-safe; runs on <see cref="ScreeningOptions.ThreadCount"/> threads.</para>
/// </remarks>
public static class ConjunctionScreener
{
    private const double MetersPerKilometer = 1000.0;
    private const int IntervalsPerChunk = 16;
    private static readonly Duration MinSampleStep = Duration.FromSeconds(10);
    private static readonly Duration MaxSampleStep = Duration.FromSeconds(300);

    /// <summary>Screens <paramref name="objects"/> as <paramref name="options"/> says.</summary>
    /// <exception cref="ArgumentException">The window is empty, the step out of [10 s, 300 s], a primary index out of
    /// range, or two objects share an identifier.</exception>
    public static ScreeningResult Screen(IReadOnlyList<ScreeningObject> objects, ScreeningOptions options)
    {
        ArgumentNullException.ThrowIfNull(objects);
        ArgumentNullException.ThrowIfNull(options);
        options.Volume.Validate();
        if (options.Stop <= options.Start)
        {
            throw new ArgumentException("The screening window must end after it starts.", nameof(options));
        }

        if (options.SampleStep < MinSampleStep || options.SampleStep > MaxSampleStep)
        {
            throw new ArgumentException("The sample step must be between 10 s and 300 s.", nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(options.ThreadCount, 1);
        int n = objects.Count;

        // Internally objects are ordered as the SGP4 batch lays them out (near-earth, deep-space, then ephemerides), so
        // propagated states are stored a whole vector at a time; indices are mapped back in the results.
        int[] original = [.. Enumerable.Range(0, n).OrderBy(i => objects[i].Propagator is null ? 2 : objects[i].Propagator!.IsDeepSpace ? 1 : 0)];
        var internalIndex = new int[n];
        for (int k = 0; k < n; k++)
        {
            internalIndex[original[k]] = k;
        }

        IReadOnlyList<ScreeningObject> userObjects = objects;
        objects = [.. original.Select(i => userObjects[i])];
        bool[]? isPrimary = null;
        if (options.PrimaryIndices.Count > 0)
        {
            isPrimary = new bool[n];
            foreach (int p in options.PrimaryIndices)
            {
                if ((uint)p >= (uint)n)
                {
                    throw new ArgumentException($"Primary index {p} is out of range.", nameof(options));
                }

                isPrimary[internalIndex[p]] = true;
            }
        }

        var trajectories = new ScreeningTrajectories(objects, options.Start);
        double windowSeconds = (options.Stop - options.Start).TotalSeconds;
        double h = options.SampleStep.TotalSeconds;
        int intervalCount = (int)Math.Ceiling(windowSeconds / h);
        double thresholdKm = options.Volume.MaxSemiAxisMeters / MetersPerKilometer;

        var exclusions = new Dictionary<int, ScreeningExclusion>();
        var dead = new bool[n];
        var candidates = new List<Candidate>();
        var filters = new ConcurrentBag<CandidateFilter>();
        double[] data = new double[(IntervalsPerChunk + 1) * ScreeningTrajectories.Components * n];
        for (int k0 = 0; k0 < intervalCount; k0 += IntervalsPerChunk)
        {

            int intervals = Math.Min(IntervalsPerChunk, intervalCount - k0);
            IReadOnlyList<(int ObjectIndex, Sgp4Error Error)> failures =
                trajectories.Sample(k0 * h, h, intervals + 1, data, options.ThreadCount);
            var failureCodes = failures.ToDictionary(f => f.ObjectIndex, f => f.Error);
            RecordAbsences(objects, trajectories, data, n, intervals + 1, k0, h, dead, exclusions, failureCodes);

            var found = new ConcurrentBag<List<Candidate>>();
            Parallel.For(0, intervals, new ParallelOptions { MaxDegreeOfParallelism = options.ThreadCount },
                () => (Filter: filters.TryTake(out CandidateFilter? f) ? f : new CandidateFilter(n, thresholdKm, isPrimary), Found: new List<Candidate>()),
                (s, _, local) =>
                {
                    local.Filter.FindCandidates(data, s, h, k0 + s, local.Found);
                    return local;
                },
                local =>
                {
                    filters.Add(local.Filter);
                    found.Add(local.Found);
                });
            foreach (List<Candidate> list in found)
            {
                candidates.AddRange(list);
            }

            options.Progress?.Report(new ScreeningProgress((double)(k0 + intervals) / intervalCount, candidates.Count));
        }

        candidates.Sort(static (x, y) =>
        {
            int c = x.First.CompareTo(y.First);
            if (c == 0)
            {
                c = x.Second.CompareTo(y.Second);
            }

            return c != 0 ? c : x.Interval.CompareTo(y.Interval);
        });

        var groups = new List<(int Start, int Count)>();
        for (int i = 0; i < candidates.Count;)
        {
            int j = i + 1;
            while (j < candidates.Count && candidates[j].First == candidates[i].First && candidates[j].Second == candidates[i].Second)
            {
                j++;
            }

            groups.Add((i, j - i));
            i = j;
        }

        var refiner = new EncounterRefiner(trajectories, thresholdKm, h, windowSeconds);
        var conjunctions = new ConcurrentBag<ScreenedConjunction>();
        Parallel.For(0, groups.Count, new ParallelOptions { MaxDegreeOfParallelism = options.ThreadCount }, g =>
        {
            (int start, int count) = groups[g];
            Span<int> intervals = count <= 256 ? stackalloc int[count] : new int[count];
            int distinct = 0;
            for (int c = 0; c < count; c++)
            {
                int k = candidates[start + c].Interval;
                if (distinct == 0 || intervals[distinct - 1] != k)
                {
                    intervals[distinct++] = k;
                }
            }

            int first = candidates[start].First, second = candidates[start].Second;
            foreach (EncounterRefiner.Encounter encounter in refiner.Refine(first, second, intervals[..distinct]))
            {
                if (Report(objects, trajectories, options, isPrimary, first, second, encounter) is { } conjunction)
                {
                    conjunctions.Add(conjunction with
                    {
                        PrimaryIndex = original[conjunction.PrimaryIndex],
                        SecondaryIndex = original[conjunction.SecondaryIndex],
                    });
                }
            }
        });

        ImmutableArray<ScreenedConjunction> sorted = [.. conjunctions
            .OrderBy(c => c.Tca)
            .ThenBy(c => c.PrimaryId, IdComparer.Instance)
            .ThenBy(c => c.SecondaryId, IdComparer.Instance)];
        return new ScreeningResult
        {
            Conjunctions = sorted,
            Exclusions = [.. exclusions.Values.Select(e => e with { ObjectIndex = original[e.ObjectIndex] }).OrderBy(e => e.ObjectIndex)],
            ObjectCount = n,
            PairCount = PairCount(n, isPrimary),
            CandidateIntervals = candidates.Count,
        };
    }

    private static long PairCount(int n, bool[]? isPrimary)
    {
        if (isPrimary is null)
        {
            return (long)n * (n - 1) / 2;
        }

        long p = isPrimary.Count(x => x);
        return (p * (n - p)) + (p * (p - 1) / 2);
    }

    // An object with no state at a sample is excluded from there on: SGP4 objects stay out once they fail (a decayed
    // object does not come back); ephemeris objects are simply absent outside their useable interval.
    private static void RecordAbsences(IReadOnlyList<ScreeningObject> objects, ScreeningTrajectories trajectories, double[] data,
        int n, int samples, int k0, double h, bool[] dead, Dictionary<int, ScreeningExclusion> exclusions,
        Dictionary<int, Sgp4Error> failureCodes)
    {
        // Sample-major scans: the layout is [sample][component][object], so this walks memory in order.
        int stride = ScreeningTrajectories.Components * n;
        var firstMissing = new int[n];
        var unphysical = new bool[n];
        Array.Fill(firstMissing, -1);
        for (int s = 0; s < samples; s++)
        {
            int row = s * stride;
            int next = row + stride;
            for (int i = 0; i < n; i++)
            {
                if (dead[i])
                {
                    data[row + i] = double.NaN;
                }
                else if (firstMissing[i] < 0 && (double.IsNaN(data[row + i]) || !Physical(data, row, n, i)
                    || (s + 1 < samples && !double.IsNaN(data[next + i]) && !PhysicalStep(data, row, next, n, i, h))))
                {
                    firstMissing[i] = s;
                    unphysical[i] = !double.IsNaN(data[row + i]);
                }
            }
        }

        for (int i = 0; i < n; i++)
        {
            int s = firstMissing[i];
            if (s < 0)
            {
                continue;
            }

            if (!exclusions.ContainsKey(i))
            {
                Epoch from = trajectories.Start + Duration.FromSeconds((k0 + s) * h);
                exclusions[i] = unphysical[i]
                    ? new ScreeningExclusion(i, objects[i].Id, from, UnphysicalStateCode,
                        "the state is not that of an Earth-bound orbit (unbound, beyond 1.5 million km, or accelerating faster than gravity allows)")
                    : failureCodes.TryGetValue(i, out Sgp4Error error)
                    ? new ScreeningExclusion(i, objects[i].Id, from, "sgp4.error-" + ((int)error).ToString(CultureInfo.InvariantCulture), Sgp4ErrorText.Describe(error))
                    : new ScreeningExclusion(i, objects[i].Id, from, "ephemeris.outside-useable-interval", "no ephemeris state (outside its useable interval)");
            }

            if (objects[i].Propagator is not null)
            {
                // SGP4 objects stay out once they fail (a decayed object does not come back).
                dead[i] = true;
                for (int rest = s; rest < samples; rest++)
                {
                    data[(rest * stride) + i] = double.NaN;
                }
            }
        }
    }

    /// <summary>Exclusion reason for an object whose propagated state is not an Earth-bound trajectory.</summary>
    internal const string UnphysicalStateCode = "sgp4.unphysical-state";

    private const double MaxBoundRadiusKm = 1.5e6;

    // A state SGP4 returns without an error code can still be nonsense when elements are far outside the model's
    // range (seen in real catalogues: radii of 10⁸ km, accelerations six times surface gravity). The filter's
    // bounds assume an Earth-bound trajectory, so such objects leave the screening, reported, from that sample on.
    private static bool Physical(double[] data, int row, int n, int i)
    {
        double x = data[row + i], y = data[row + n + i], z = data[row + (2 * n) + i];
        double vx = data[row + (3 * n) + i], vy = data[row + (4 * n) + i], vz = data[row + (5 * n) + i];
        double r = Math.Sqrt((x * x) + (y * y) + (z * z));
        double v2 = (vx * vx) + (vy * vy) + (vz * vz);
        return r < MaxBoundRadiusKm && v2 < 2.0 * ScreeningBounds.MuKm3PerS2 / r;
    }

    private static bool PhysicalStep(double[] data, int row, int next, int n, int i, double h)
    {
        double dvx = data[next + (3 * n) + i] - data[row + (3 * n) + i];
        double dvy = data[next + (4 * n) + i] - data[row + (4 * n) + i];
        double dvz = data[next + (5 * n) + i] - data[row + (5 * n) + i];
        return Math.Sqrt((dvx * dvx) + (dvy * dvy) + (dvz * dvz)) / h <= ScreeningBounds.MaxAccelerationKmPerS2;
    }

    private static ScreenedConjunction? Report(IReadOnlyList<ScreeningObject> objects, ScreeningTrajectories trajectories,
        ScreeningOptions options, bool[]? isPrimary, int first, int second, EncounterRefiner.Encounter encounter)
    {
        // Primary: the designated primary; else (all-on-all, or both primaries) the lower catalog number.
        bool swap = isPrimary is not null && isPrimary[first] != isPrimary[second]
            ? isPrimary[second]
            : IdComparer.Instance.Compare(objects[first].Id, objects[second].Id) > 0;
        int primary = swap ? second : first;
        int secondary = swap ? first : second;

        ScreenedConjunction? best = null;
        foreach (EncounterRefiner.Minimum minimum in encounter.Minima)
        {
            if (!trajectories.TryState(primary, minimum.Seconds, out Vector3d r1, out Vector3d v1)
                || !trajectories.TryState(secondary, minimum.Seconds, out Vector3d r2, out Vector3d v2))
            {
                continue;
            }

            Vector3d r1m = r1 * MetersPerKilometer, v1m = v1 * MetersPerKilometer;
            Vector3d r2m = r2 * MetersPerKilometer, v2m = v2 * MetersPerKilometer;
            Matrix3x3d toRtn = Rtn.InertialToRtn(r1m, v1m);
            Vector3d relativePosition = toRtn * (r2m - r1m);
            if (!options.Volume.Contains(relativePosition)
                && !EntersVolume(trajectories, options.Volume, primary, secondary, minimum.Seconds, (v2m - v1m).Length))
            {
                continue;
            }

            double miss = (r2m - r1m).Length;
            if (best is not null && best.MissDistanceMeters <= miss)
            {
                continue;
            }

            Epoch tca = trajectories.Start + Duration.FromSeconds(minimum.Seconds);
            best = new ScreenedConjunction
            {
                PrimaryIndex = primary,
                SecondaryIndex = secondary,
                PrimaryId = objects[primary].Id,
                SecondaryId = objects[secondary].Id,
                Tca = tca,
                MissDistanceMeters = miss,
                RelativeSpeedMetersPerSecond = (v2m - v1m).Length,
                RelativePositionRtnMeters = relativePosition,
                RelativeVelocityRtnMetersPerSecond = toRtn * (v2m - v1m),
                PrimaryState = new CartesianState(tca, ReferenceFrame.Teme, r1m, v1m),
                SecondaryState = new CartesianState(tca, ReferenceFrame.Teme, r2m, v2m),
            };
        }

        return best is null ? null : best with { MergedMinima = encounter.Minima.Count };
    }

    // An ellipsoid can be entered away from the range minimum (the normalised distance q has its own minimum). Near an
    // encounter the relative motion is close to linear, so q(t) is unimodal there: golden-section search over the time
    // the pair takes to cross the largest semi-axis twice (at most ten minutes) finds its minimum.
    private static bool EntersVolume(ScreeningTrajectories trajectories, ScreeningVolume volume, int primary, int secondary,
        double tcaSeconds, double relativeSpeedMetersPerSecond)
    {
        if (volume.IsSphere)
        {
            return false;
        }

        const double MaxHalfWindowSeconds = 600.0;
        double halfWindow = relativeSpeedMetersPerSecond > 0.0
            ? Math.Min(2.0 * volume.MaxSemiAxisMeters / relativeSpeedMetersPerSecond, MaxHalfWindowSeconds)
            : MaxHalfWindowSeconds;
        double a = tcaSeconds - halfWindow, b = tcaSeconds + halfWindow;
        double phi = (Math.Sqrt(5.0) - 1.0) / 2.0;
        double c = b - (phi * (b - a)), d = a + (phi * (b - a));
        double qc = NormalizedDistance(trajectories, volume, primary, secondary, c);
        double qd = NormalizedDistance(trajectories, volume, primary, secondary, d);
        while (b - a > 1e-3)
        {
            if (qc <= 1.0 || qd <= 1.0)
            {
                return true;
            }

            if (qc < qd)
            {
                b = d;
                d = c;
                qd = qc;
                c = b - (phi * (b - a));
                qc = NormalizedDistance(trajectories, volume, primary, secondary, c);
            }
            else
            {
                a = c;
                c = d;
                qc = qd;
                d = a + (phi * (b - a));
                qd = NormalizedDistance(trajectories, volume, primary, secondary, d);
            }
        }

        return Math.Min(qc, qd) <= 1.0;
    }

    private static double NormalizedDistance(ScreeningTrajectories trajectories, ScreeningVolume volume, int primary, int secondary, double seconds)
    {
        if (!trajectories.TryState(primary, seconds, out Vector3d r1, out Vector3d v1)
            || !trajectories.TryState(secondary, seconds, out Vector3d r2, out _))
        {
            return double.PositiveInfinity;
        }

        Vector3d offsetMeters = Rtn.InertialToRtn(r1, v1) * ((r2 - r1) * MetersPerKilometer);
        return volume.NormalizedDistanceSquared(offsetMeters);
    }

    /// <summary>Orders catalog numbers numerically when both are numbers (digits, or Alpha-5 such as <c>T0181</c> =
    /// 270181: a letter for the ten-thousands from A = 10, skipping I and O, as Space-Track defines it), else ordinally.</summary>
    private sealed class IdComparer : IComparer<string>
    {
        public static readonly IdComparer Instance = new();

        public int Compare(string? x, string? y)
        {
            if (TryNumber(x, out long a) && TryNumber(y, out long b))
            {
                return a.CompareTo(b);
            }

            return string.CompareOrdinal(x, y);
        }

        private static bool TryNumber(string? id, out long value)
        {
            if (long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out value))
            {
                return true;
            }

            if (id is { Length: 5 } && char.IsAsciiLetterUpper(id[0]) && id[0] is not ('I' or 'O')
                && int.TryParse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out int rest))
            {
                int letter = id[0] - 'A' - (id[0] > 'I' ? 1 : 0) - (id[0] > 'O' ? 1 : 0);
                value = ((10L + letter) * 10000L) + rest;
                return true;
            }

            return false;
        }
    }
}
