using System.Diagnostics;
using System.Globalization;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;

namespace Concord.Bench;

/// <summary>The product workload of <c>concord bench propagate</c>: every catalogue object at 60 s steps over 7 days,
/// timed end to end (one run, wall clock), for each path and thread count asked for.</summary>
/// <remarks>Called by <see cref="Sgp4WorkloadBenchmarks"/>'s numbers' cross-check and by ad-hoc drivers; prints one
/// line per path and thread count. The grid starts at the latest element epoch of the catalogue.</remarks>
internal static class Sgp4CatalogWorkload
{
    /// <summary>The catalogue: <c>CONCORD_CATALOG_3LE</c>, else the shared reference copy beside the repository.</summary>
    public static string CatalogPath()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("CONCORD_CATALOG_3LE");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Concord.slnx")))
        {
            directory = directory.Parent;
        }

        string root = directory?.Parent?.FullName ?? "/work";
        return Path.Combine(root, "shared", "reference", "catalog", "spacetrack_3le_2022-01-22", "3le.txt");
    }

    /// <summary>The latest element epoch of a catalogue (the start of the benchmark grid).</summary>
    public static Epoch LatestEpoch(IReadOnlyList<Sgp4Propagator> propagators)
    {
        Epoch start = propagators[0].Elements.Epoch;
        foreach (Sgp4Propagator p in propagators)
        {
            start = p.Elements.Epoch > start ? p.Elements.Epoch : start;
        }

        return start;
    }

    /// <summary>Runs the workload over <paramref name="days"/> days and prints throughput per path and thread count.</summary>
    public static void Run(string path, double days, int threads)
    {
        List<Sgp4Elements> elements = CatalogTleReader.Read(path);
        List<Sgp4Propagator> propagators = CatalogTleReader.Propagators(elements, out int failedAtEpoch);
        Epoch start = LatestEpoch(propagators);

        int steps = (int)Math.Round(days * 1440.0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{elements.Count} element sets, {failedAtEpoch} fail at epoch, {propagators.Count} propagated x {steps} steps = {(double)propagators.Count * steps:E3}"));

        // Warm-up (JIT tiering) on a short grid.
        Sgp4BatchPropagation.CountGrid(propagators, start, Duration.FromSeconds(60.0), 30, Sgp4Path.Vector, threads);
        Sgp4BatchPropagation.CountGrid(propagators, start, Duration.FromSeconds(60.0), 30, Sgp4Path.Scalar, threads);

        foreach (Sgp4Path p in new[] { Sgp4Path.Vector, Sgp4Path.Scalar })
        {
            foreach (int n in threads == 1 ? new[] { 1 } : new[] { 1, threads })
            {
                var clock = Stopwatch.StartNew();
                Sgp4BatchSummary summary = Sgp4BatchPropagation.CountGrid(propagators, start, Duration.FromSeconds(60.0), steps, p, n);
                double seconds = clock.Elapsed.TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{p,-6} lanes {summary.VectorLanes} threads {n}: {seconds,7:F2} s, {summary.Propagations / seconds / n / 1e6,6:F2} M prop/s per thread, {summary.Propagations} states, {summary.Failures.Length} objects failed, {summary.DeepSpaceObjects} deep-space, checksum {summary.PositionXChecksumMeters:E6} m"));
            }
        }
    }
}
