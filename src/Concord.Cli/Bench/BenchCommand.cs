using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;
using Concord.Cli.Propagate;

namespace Concord.Cli.Bench;

/// <summary><c>concord bench propagate FILE [--days D] [--step-s S] [--threads N] [--path auto|scalar|vector]</c>:
/// propagation throughput on the user's own hardware, printed as one JSON line.</summary>
internal static class BenchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = "Element sets (TLE/3LE), e.g. a full catalog." };
        var days = new Option<double>("--days") { Description = "Length of the time grid, days.", DefaultValueFactory = _ => 7.0 };
        var step = new Option<double>("--step-s") { Description = "Grid step, seconds.", DefaultValueFactory = _ => 60.0 };
        var threads = new Option<int>("--threads") { Description = "Worker threads (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var path = new Option<string>("--path") { Description = "auto (vector where the CPU has it), scalar or vector.", DefaultValueFactory = _ => "auto" };
        path.AcceptOnlyFromAmong("auto", "scalar", "vector");

        var propagate = new Command("propagate", "Propagate every object over a common grid without writing states; prints "
            + "{\"objects\",\"propagations\",\"seconds\",\"per_second\",\"path\",\"threads\"} as one JSON line.")
        {
            file, days, step, threads, path,
        };
        propagate.SetAction(parse =>
        {
            double dayCount = parse.GetValue(days);
            double stepSeconds = parse.GetValue(step);
            int threadCount = parse.GetValue(threads);
            if (!(dayCount > 0) || !(stepSeconds > 0) || dayCount * 86_400.0 / stepSeconds > int.MaxValue)
            {
                stderr.WriteLine("error: --days and --step-s must be positive, and give fewer than 2^31 steps");
                return ExitCodes.Usage;
            }

            if (threadCount < 1 || threadCount > 1024)
            {
                stderr.WriteLine("error: --threads must be between 1 and 1024");
                return ExitCodes.Usage;
            }

            Sgp4Path chosen = parse.GetValue(path) switch
            {
                "scalar" => Sgp4Path.Scalar,
                "vector" => Sgp4Path.Vector,
                _ => Sgp4Path.Auto,
            };
            return Run(parse.GetValue(file)!, dayCount, stepSeconds, threadCount, chosen, stdout, stderr);
        });

        var bench = new Command("bench", "Measure Concord's kernels on this machine.") { propagate };
        return bench;
    }

    private static int Run(string path, double days, double stepSeconds, int threads, Sgp4Path requested, TextWriter stdout, TextWriter stderr)
    {
        ElementSetFile loaded = ElementSetFile.Load(path);
        foreach (string line in loaded.Messages)
        {
            stderr.WriteLine(line);
        }

        if (loaded.FileError)
        {
            return ExitCodes.Usage;
        }

        var propagators = new List<Sgp4Propagator>(loaded.Entries.Count);
        int initFailures = 0;
        foreach (ElementSetFile.Entry entry in loaded.Entries)
        {
            Sgp4InitResult init = Sgp4Propagator.Create(entry.Elements, Sgp4Options.Default);
            if (init.Success)
            {
                propagators.Add(init.Propagator);
            }
            else
            {
                initFailures++;
            }
        }

        // The grid starts at the newest element epoch in the file: "from now on" for a freshly downloaded catalog.
        Epoch start = propagators.Count == 0 ? default : propagators.Max(p => p.Elements.Epoch);
        int stepCount = (int)Math.Round(days * 86_400.0 / stepSeconds);
        var stopwatch = Stopwatch.StartNew();
        Sgp4BatchSummary summary = Sgp4BatchPropagation.CountGrid(propagators, start, Duration.FromSeconds(stepSeconds), stepCount, requested, threads);
        stopwatch.Stop();

        double seconds = stopwatch.Elapsed.TotalSeconds;
        string pathName = summary.Path switch
        {
            Sgp4Path.Scalar => "scalar",
            _ => summary.VectorLanes == 8 ? "vector512" : summary.VectorLanes == 4 ? "vector256" : "vector",
        };
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"objects\":{loaded.Entries.Count},\"propagations\":{summary.Propagations},\"seconds\":{seconds:F3},\"per_second\":{summary.Propagations / seconds:F0},\"path\":\"{pathName}\",\"threads\":{threads}}}"));
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{propagators.Count} objects propagated ({summary.DeepSpaceObjects} deep-space on the scalar kernel), {initFailures + summary.Failures.Length} stopped with an SGP4 error, {stepCount} steps of {stepSeconds} s from {start.ToIsoString(TimeScale.Utc, 3)}"));
        return ExitCodes.Ok;
    }
}
