using BenchmarkDotNet.Running;

// Micro-benchmarks of Concord's kernels. Run: dotnet run -c Release --project bench/Concord.Bench -- --filter '*'
// End-to-end throughput (whole catalogs) is measured by `concord bench ...`; see docs/benchmarks.md.
// End-to-end submission of a 30,000-object OMM catalog to the real server: ... -- submit-omm [COUNT] (docs/benchmarks.md).
if (args.Length > 0 && args[0] == SubmissionEndToEnd.Command)
{
    return await SubmissionEndToEnd.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30_000);
}

// Warning latency on the demo hub (submission -> 201 -> SSE conjunction.created): ... -- stream-latency [RUNS] (docs/benchmarks.md).
if (args.Length > 0 && args[0] == StreamLatency.Command)
{
    return await StreamLatency.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10);
}

// Load test against a real `concord serve --demo` process: ... -- load [--minutes 10] [--clients 50] [--streams 20] [--postgres ADMIN-CONNECTION].
if (args.Length > 0 && args[0] == LoadTest.Command)
{
    return await LoadTest.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(SubmissionEndToEnd).Assembly).Run(args);
return 0;
