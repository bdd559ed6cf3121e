using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;

namespace Concord.Bench;

/// <summary>SGP4 per propagation: scalar kernel vs vector path, on the 2022-01-22 Space-Track catalogue
/// (23,939 objects, 17% deep-space), one hour at 60 s steps, one thread.</summary>
/// <remarks>Run: <c>dotnet run -c Release --project bench/Concord.Bench -- --filter '*Sgp4Benchmarks*'</c>.
/// The catalogue path comes from <c>CONCORD_CATALOG_3LE</c>, else <c>../shared/reference/catalog/spacetrack_3le_2022-01-22/3le.txt</c>
/// beside the repository. Mean time is per propagation (OperationsPerInvoke).</remarks>
[MemoryDiagnoser]
public class Sgp4Benchmarks
{
    private const int Steps = 60;
    private List<Sgp4Propagator> _catalog = [];
    private Sgp4Propagator _leo = null!;
    private Epoch _start;

    [Params(Sgp4Path.Scalar, Sgp4Path.Vector)]
    public Sgp4Path Path { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _catalog = BenchCatalog.Propagators();
        _start = BenchCatalog.LatestEpoch(_catalog);
        _leo = _catalog.First(p => !p.IsDeepSpace);
    }

    /// <summary>The whole catalogue for one hour; time per propagation.</summary>
    [Benchmark(OperationsPerInvoke = 23_938 * Steps)]
    public long CatalogPerPropagation()
        => Sgp4BatchPropagation.CountGrid(_catalog, _start, Duration.FromSeconds(60.0), Steps, Path, 1).Propagations;

    /// <summary>One near-earth object through the public API (Path has no effect).</summary>
    [Benchmark(OperationsPerInvoke = 1000)]
    public double SinglePropagatorApi()
    {
        double sum = 0.0;
        for (int k = 0; k < 1000; k++)
        {
            sum += _leo.Propagate(k * 1.0).PositionMeters.X;
        }

        return sum;
    }
}

/// <summary>The product workload of <c>concord bench propagate</c>: the whole catalogue at 60 s steps over
/// 7 days (2.41e8 propagations), once per path and thread count, wall clock.</summary>
/// <remarks>Run: <c>dotnet run -c Release --project bench/Concord.Bench -- --filter '*Sgp4Workload*'</c>.</remarks>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class Sgp4WorkloadBenchmarks
{
    private List<Sgp4Propagator> _catalog = [];
    private Epoch _start;

    [Params(Sgp4Path.Scalar, Sgp4Path.Vector)]
    public Sgp4Path Path { get; set; }

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _catalog = BenchCatalog.Propagators();
        _start = BenchCatalog.LatestEpoch(_catalog);

        // Compile the kernels before the single measured iteration.
        Sgp4BatchPropagation.CountGrid(_catalog, _start, Duration.FromSeconds(60.0), 10, Path, Threads);
    }

    [Benchmark]
    public long SevenDaysAt60Seconds()
        => Sgp4BatchPropagation.CountGrid(_catalog, _start, Duration.FromSeconds(60.0), 7 * 1440, Path, Threads).Propagations;
}
