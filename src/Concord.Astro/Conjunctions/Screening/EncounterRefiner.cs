using Concord.Astro.Mathematics;

namespace Concord.Astro.Conjunctions.Screening;

/// <summary>Turns one pair's candidate intervals into encounters: every local minimum of the range found from the exact
/// trajectories (roots of g = d·ḋ going from negative to positive), refined to 1e-7 s, and merged into one encounter
/// while the pair stays inside the screening radius between them. Thread-safe (reads only).</summary>
internal sealed class EncounterRefiner
{
    private const double RootToleranceSeconds = 1.0e-7;
    private const int MaxRootIterations = 100;

    // Below this length an interval whose g cannot be proved monotonic is no longer split: its minima are located
    // from the sign of g at the ends alone, which is the resolution of the brute-force reference (SGP4 every 10 s).
    // Only slow pairs get here (relative speed below about 20 m/s: formation flyers, docked objects, fresh launches).
    private const double MinSplitSeconds = 10.0;

    private readonly ScreeningTrajectories _trajectories;
    private readonly double _thresholdKm;
    private readonly double _stepSeconds;
    private readonly double _windowSeconds;

    public EncounterRefiner(ScreeningTrajectories trajectories, double thresholdKm, double stepSeconds, double windowSeconds)
    {
        _trajectories = trajectories;
        _thresholdKm = thresholdKm;
        _stepSeconds = stepSeconds;
        _windowSeconds = windowSeconds;
    }

    /// <summary>A local minimum of the range.</summary>
    internal readonly record struct Minimum(double Seconds, double RangeKm);

    /// <summary>An encounter: its minima below the threshold, in time order (at least one).</summary>
    internal sealed record Encounter(IReadOnlyList<Minimum> Minima);

    private enum PointKind
    {
        Sample,
        Minimum,
        Maximum,
    }

    private readonly record struct Point(double Seconds, double RangeKm, PointKind Kind);

    private readonly record struct PairState(bool Valid, double Seconds, Vector3d D, Vector3d DDot)
    {
        public double RangeKm => D.Length;

        public double G => Vector3d.Dot(D, DDot);
    }

    /// <summary>The encounters of pair (<paramref name="first"/>, <paramref name="second"/>) over its candidate intervals
    /// (sorted, distinct).</summary>
    public List<Encounter> Refine(int first, int second, ReadOnlySpan<int> intervals)
    {
        var encounters = new List<Encounter>();
        int at = 0;
        while (at < intervals.Length)
        {
            int end = at;
            while (end + 1 < intervals.Length && intervals[end + 1] == intervals[end] + 1)
            {
                end++;
            }

            // Between two runs lies an interval the filter proved to be entirely outside the threshold, so encounters
            // never span runs.
            var points = new List<Point>();
            PairState left = State(first, second, TimeOf(intervals[at]));
            AddSample(points, left);
            for (int k = intervals[at]; k <= intervals[end]; k++)
            {
                PairState right = State(first, second, TimeOf(k + 1));
                if (left.Valid && right.Valid)
                {
                    Scan(first, second, left, right, points);
                }

                AddSample(points, right);
                left = right;
            }

            Group(points, encounters);
            at = end + 1;
        }

        return encounters;
    }

    private double TimeOf(int sample) => Math.Min(sample * _stepSeconds, _windowSeconds);

    private static void AddSample(List<Point> points, PairState state)
    {
        if (state.Valid)
        {
            points.Add(new Point(state.Seconds, state.RangeKm, PointKind.Sample));
        }
    }

    // Appends the extrema strictly inside (left, right], in time order. g' = |ḋ|² + d·d̈ ≥ v_min² − max|d|·max|d̈|:
    // when that is positive g is increasing and the interval holds at most one minimum, found from the signs of g at
    // its ends. Otherwise the interval is split in two.
    private void Scan(int first, int second, PairState left, PairState right, List<Point> points)
    {
        double length = right.Seconds - left.Seconds;
        if (length <= 0.0)
        {
            return;
        }

        double crude = 2.0 * ScreeningBounds.MaxAccelerationKmPerS2 * length * length / 8.0;
        double maxDistance = Math.Max(left.RangeKm, right.RangeKm) + crude;
        double maxRelativeAcceleration = (ScreeningBounds.GravityGradientPerS2 * maxDistance) + ScreeningBounds.PerturbationDifferenceKmPerS2;
        double minSpeed = Math.Max(left.DDot.Length, right.DDot.Length) - (maxRelativeAcceleration * length);
        bool monotonic = minSpeed > 0.0 && minSpeed * minSpeed > maxDistance * maxRelativeAcceleration;
        if (!monotonic && length > MinSplitSeconds)
        {
            PairState middle = State(first, second, left.Seconds + (length / 2.0));
            if (middle.Valid)
            {
                Scan(first, second, left, middle, points);
                AddSample(points, middle);
                Scan(first, second, middle, right, points);
                return;
            }
        }

        double gLeft = left.G, gRight = right.G;
        if (gLeft < 0.0 && gRight >= 0.0)
        {
            PairState root = Root(first, second, left, right);
            points.Add(new Point(root.Seconds, root.RangeKm, PointKind.Minimum));
        }
        else if (gLeft > 0.0 && gRight <= 0.0)
        {
            PairState root = Root(first, second, left, right);
            points.Add(new Point(root.Seconds, root.RangeKm, PointKind.Maximum));
        }
    }

    // Encounters: consecutive minima below the threshold with every point between them also below it.
    private void Group(List<Point> points, List<Encounter> encounters)
    {
        List<Minimum>? current = null;
        foreach (Point p in points)
        {
            if (p.RangeKm > _thresholdKm)
            {
                Close(ref current, encounters);
                continue;
            }

            if (p.Kind == PointKind.Minimum)
            {
                current ??= [];
                current.Add(new Minimum(p.Seconds, p.RangeKm));
            }
        }

        Close(ref current, encounters);
    }

    private static void Close(ref List<Minimum>? current, List<Encounter> encounters)
    {
        if (current is { Count: > 0 })
        {
            encounters.Add(new Encounter(current));
        }

        current = null;
    }

    // Root of g on [left, right] with g(left)·g(right) ≤ 0: Illinois-modified regula falsi, bisecting whenever the
    // secant step stalls (Dowell & Jarratt 1971); converges to RootToleranceSeconds.
    private PairState Root(int first, int second, PairState left, PairState right)
    {
        double a = left.Seconds, b = right.Seconds;
        double ga = left.G, gb = right.G;
        PairState best = Math.Abs(ga) < Math.Abs(gb) ? left : right;
        int side = 0;
        for (int iteration = 0; iteration < MaxRootIterations && b - a > RootToleranceSeconds; iteration++)
        {
            double t = ga != gb ? b - (gb * (b - a) / (gb - ga)) : 0.5 * (a + b);
            if (!(t > a && t < b) || iteration % 4 == 3)
            {
                t = 0.5 * (a + b);
            }

            PairState s = State(first, second, t);
            if (!s.Valid)
            {
                break;
            }

            best = s;
            double gs = s.G;
            if (gs == 0.0)
            {
                return s;
            }

            if ((gs < 0.0) == (ga < 0.0))
            {
                a = t;
                ga = gs;
                if (side == -1)
                {
                    gb /= 2.0;
                }

                side = -1;
            }
            else
            {
                b = t;
                gb = gs;
                if (side == 1)
                {
                    ga /= 2.0;
                }

                side = 1;
            }
        }

        return best;
    }

    private PairState State(int first, int second, double seconds)
    {
        if (_trajectories.TryState(first, seconds, out Vector3d r1, out Vector3d v1)
            && _trajectories.TryState(second, seconds, out Vector3d r2, out Vector3d v2))
        {
            return new PairState(true, seconds, r2 - r1, v2 - v1);
        }

        return default;
    }
}
