using BenchmarkDotNet.Attributes;
using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;
using Concord.Formats.Tle;

namespace Concord.Bench;

/// <summary>All-on-all screening of the 23,939-object 2022-01-22 catalogue at 5 km, over one day from
/// 2022-01-22T00:00Z (the issue-4 workload is 7 days; <c>docs/benchmarks.md</c> times it with <c>concord screen</c>).</summary>
/// <remarks>Run: <c>dotnet run -c Release --project bench/Concord.Bench -- --filter '*ScreeningBenchmarks*'</c>.</remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ScreeningBenchmarks
{
    private List<ScreeningObject> _objects = [];
    private readonly Epoch _start = Epoch.ParseIso("2022-01-22T00:00:00Z", TimeScale.Utc, LeapSecondHandling.Reject);

    /// <summary>Sampling step of the filter, s.</summary>
    [Params(60)]
    public int StepSeconds { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        TleReadResult read = TleReader.Parse(File.ReadAllText(BenchCatalog.Path()), TleReadOptions.Default);
        foreach (Tle tle in read.Sets)
        {
            Sgp4InitResult init = Sgp4Propagator.Create(tle.ToSgp4Elements(), Sgp4Options.Default);
            if (init.Success)
            {
                _objects.Add(ScreeningObject.FromSgp4(tle.CatalogNumberText, init.Propagator));
            }
        }
    }

    /// <summary>One day, all-on-all, 5 km: returns the number of conjunctions (21,642 on this catalogue).</summary>
    [Benchmark]
    public int ScreenOneDay() => ConjunctionScreener.Screen(_objects, new ScreeningOptions
    {
        Start = _start,
        Stop = _start + Duration.FromDays(1),
        Volume = ScreeningVolume.Sphere(5000.0),
        SampleStep = Duration.FromSeconds(StepSeconds),
    }).Conjunctions.Length;
}
