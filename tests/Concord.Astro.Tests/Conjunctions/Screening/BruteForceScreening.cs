using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Mathematics;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;

namespace Concord.Astro.Tests.Conjunctions.Screening;

/// <summary>The reference screening of issue 4, written independently of the engine: SGP4 at every 10 s for every
/// pair, each sampled local minimum of the range refined by golden-section search.</summary>
internal static class BruteForceScreening
{
    private const double StepSeconds = 10.0;

    public sealed record Approach(int First, int Second, Epoch Tca, double MissKm);

    public static List<Approach> Run(IReadOnlyList<ScreeningObject> objects, Epoch start, double windowSeconds, double thresholdKm)
    {
        int steps = (int)Math.Floor(windowSeconds / StepSeconds) + 1;
        int n = objects.Count;
        var positions = new Vector3d?[n, steps];
        for (int i = 0; i < n; i++)
        {
            for (int k = 0; k < steps; k++)
            {
                positions[i, k] = PositionKm(objects[i], start, k * StepSeconds);
            }
        }

        var approaches = new List<Approach>();
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                for (int k = 1; k + 1 < steps; k++)
                {
                    if (positions[i, k - 1] is not { } a || positions[i, k] is not { } b || positions[i, k + 1] is not { } c
                        || positions[j, k - 1] is not { } d || positions[j, k] is not { } e || positions[j, k + 1] is not { } f)
                    {
                        continue;
                    }

                    double before = (d - a).Length, now = (e - b).Length, after = (f - c).Length;

                    // 16 km/s × 10 s bounds how far a sampled minimum can sit above the true one.
                    if (now > before || now > after || now > thresholdKm + 160.0)
                    {
                        continue;
                    }

                    (double t, double range) = Refine(objects[i], objects[j], start, (k - 1) * StepSeconds, (k + 1) * StepSeconds);
                    if (range <= thresholdKm && t > 0.0 && t < windowSeconds)
                    {
                        approaches.Add(new Approach(i, j, start + Duration.FromSeconds(t), range));
                    }
                }
            }
        }

        return approaches;
    }

    // Bisection on g = d·ḋ when it brackets a sign change (precise in time even for slow pairs, whose range is flat
    // near TCA); golden-section search on the range otherwise.
    private static (double Seconds, double RangeKm) Refine(ScreeningObject x, ScreeningObject y, Epoch start, double a, double b)
    {
        if (G(x, y, start, a) < 0.0 && G(x, y, start, b) > 0.0)
        {
            while (b - a > 1e-7)
            {
                double m = (a + b) / 2.0;
                if (G(x, y, start, m) < 0.0)
                {
                    a = m;
                }
                else
                {
                    b = m;
                }
            }

            return ((a + b) / 2.0, Range(x, y, start, (a + b) / 2.0));
        }

        double phi = (Math.Sqrt(5.0) - 1.0) / 2.0;
        double c = b - (phi * (b - a)), d = a + (phi * (b - a));
        double fc = Range(x, y, start, c), fd = Range(x, y, start, d);
        while (b - a > 1e-7)
        {
            if (fc < fd)
            {
                b = d;
                d = c;
                fd = fc;
                c = b - (phi * (b - a));
                fc = Range(x, y, start, c);
            }
            else
            {
                a = c;
                c = d;
                fc = fd;
                d = a + (phi * (b - a));
                fd = Range(x, y, start, d);
            }
        }

        double t = (a + b) / 2.0;
        return (t, Range(x, y, start, t));
    }

    private static double G(ScreeningObject x, ScreeningObject y, Epoch start, double seconds)
    {
        Sgp4Result p = State(x, start, seconds), q = State(y, start, seconds);
        return p.Success && q.Success
            ? Vector3d.Dot(q.PositionMeters - p.PositionMeters, q.VelocityMetersPerSecond - p.VelocityMetersPerSecond)
            : double.NaN;
    }

    private static Sgp4Result State(ScreeningObject o, Epoch start, double seconds)
    {
        Sgp4Propagator p = o.Propagator!;
        return p.Propagate(((start - p.Elements.Epoch).TotalSeconds + seconds) / 60.0);
    }

    private static double Range(ScreeningObject x, ScreeningObject y, Epoch start, double seconds) =>
        PositionKm(x, start, seconds) is { } p && PositionKm(y, start, seconds) is { } q ? (q - p).Length : double.PositiveInfinity;

    private static Vector3d? PositionKm(ScreeningObject o, Epoch start, double seconds)
    {
        Sgp4Propagator p = o.Propagator!;
        Sgp4Result result = p.Propagate(((start - p.Elements.Epoch).TotalSeconds + seconds) / 60.0);
        return result.Success ? result.PositionMeters / 1000.0 : null;
    }
}
