using BenchmarkDotNet.Running;

// Micro-benchmarks of Concord's kernels. Run: dotnet run -c Release --project bench/Concord.Bench -- --filter '*'
// End-to-end throughput (whole catalogs) is measured by `concord bench ...`; see docs/benchmarks.md.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
