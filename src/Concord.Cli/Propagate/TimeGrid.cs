using System.Globalization;
using Concord.Astro.Time;

namespace Concord.Cli.Propagate;

/// <summary>The times at which <c>concord propagate</c> evaluates each object.</summary>
/// <remarks>Either minutes relative to each object's own epoch (<c>--since-epoch-min</c>) or a common UTC grid
/// (<c>--start/--stop/--step-s</c>). The stop value is always included, even off the step grid. Times are
/// computed as start + i·step (never by accumulation), so long runs do not drift.</remarks>
internal abstract record TimeGrid
{
    /// <summary>The largest number of samples one object may produce (guards against a step of 1e-9).</summary>
    public const long MaxSamples = 50_000_000;

    /// <summary>Minutes since the epoch of an object, for each sample.</summary>
    public abstract IEnumerable<double> MinutesSinceEpoch(Epoch objectEpoch);

    /// <summary>Parses <c>START:STOP:STEP</c> in minutes.</summary>
    public static bool TryParseSinceEpoch(string text, out TimeGrid? grid, out string error)
    {
        grid = null;
        string[] parts = text.Split(':');
        if (parts.Length != 3
            || !TryParseNumber(parts[0], out double start) || !TryParseNumber(parts[1], out double stop) || !TryParseNumber(parts[2], out double step))
        {
            error = $"--since-epoch-min expects START:STOP:STEP in minutes (e.g. 0:1440:60 or =-1440:0:60), got '{text}'";
            return false;
        }

        if (!(step > 0))
        {
            error = $"--since-epoch-min STEP must be positive, got {parts[2]}";
            return false;
        }

        if (stop < start)
        {
            error = $"--since-epoch-min STOP ({parts[1]}) is before START ({parts[0]})";
            return false;
        }

        if (((stop - start) / step) + 2 > MaxSamples)
        {
            error = $"--since-epoch-min gives more than {MaxSamples} samples per object; use a larger STEP";
            return false;
        }

        grid = new SinceEpochGrid(start, stop, step);
        error = string.Empty;
        return true;
    }

    /// <summary>Builds a common UTC grid.</summary>
    public static bool TryCreateAbsolute(string startText, string stopText, double stepSeconds, out TimeGrid? grid, out string error)
    {
        grid = null;
        if (!Epoch.TryParseIso(startText, TimeScale.Utc, LeapSecondHandling.AcceptAnnounced, out Epoch start))
        {
            error = $"--start '{startText}' is not an ISO 8601 UTC time (e.g. 2026-03-10T00:00:00Z)";
            return false;
        }

        if (!Epoch.TryParseIso(stopText, TimeScale.Utc, LeapSecondHandling.AcceptAnnounced, out Epoch stop))
        {
            error = $"--stop '{stopText}' is not an ISO 8601 UTC time (e.g. 2026-03-11T00:00:00Z)";
            return false;
        }

        if (!(stepSeconds > 0) || !double.IsFinite(stepSeconds))
        {
            error = $"--step-s must be a positive number of seconds, got {stepSeconds.ToString(CultureInfo.InvariantCulture)}";
            return false;
        }

        if (stop < start)
        {
            error = $"--stop {stopText} is before --start {startText}";
            return false;
        }

        if (((stop - start).TotalSeconds / stepSeconds) + 2 > MaxSamples)
        {
            error = $"--start/--stop/--step-s give more than {MaxSamples} samples per object; use a larger --step-s";
            return false;
        }

        grid = new AbsoluteGrid(start, stop, Duration.FromSeconds(stepSeconds));
        error = string.Empty;
        return true;
    }

    private static bool TryParseNumber(string text, out double value)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private sealed record SinceEpochGrid(double StartMinutes, double StopMinutes, double StepMinutes) : TimeGrid
    {
        public override IEnumerable<double> MinutesSinceEpoch(Epoch objectEpoch)
        {
            // A sample closer than 1 µs to STOP is STOP itself (floating-point steps such as 0.1 min).
            const double SameTimeMinutes = 1e-6 / 60.0;
            for (long i = 0; ; i++)
            {
                double t = StartMinutes + (i * StepMinutes);
                if (t >= StopMinutes - SameTimeMinutes)
                {
                    yield return StopMinutes;
                    yield break;
                }

                yield return t;
            }
        }
    }

    private sealed record AbsoluteGrid(Epoch Start, Epoch Stop, Duration Step) : TimeGrid
    {
        public override IEnumerable<double> MinutesSinceEpoch(Epoch objectEpoch)
        {
            for (long i = 0; ; i++)
            {
                Epoch t = Start + (Step * i);
                if (t >= Stop)
                {
                    yield return (Stop - objectEpoch).TotalMinutes;
                    yield break;
                }

                yield return (t - objectEpoch).TotalMinutes;
            }
        }
    }
}
