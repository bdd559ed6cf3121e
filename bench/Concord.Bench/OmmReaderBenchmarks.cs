using BenchmarkDotNet.Attributes;
using Concord.Formats.Ccsds.Omm;

namespace Concord.Bench;

/// <summary>Reading the 14,683-object CelesTrak "active" OMM CSV with the product OMM reader.</summary>
/// <remarks>Path: <c>CONCORD_OMM_CSV</c>, else <c>../shared/reference/catalog/celestrak_gp_2026-03-10/celestrak_active_gp.csv</c>
/// beside the repository. Run: <c>dotnet run -c Release --project bench/Concord.Bench -- --filter '*OmmReaderBenchmarks*' --job short</c>.</remarks>
[MemoryDiagnoser]
public class OmmReaderBenchmarks
{
    private string _text = string.Empty;

    private static string CsvPath()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("CONCORD_OMM_CSV");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        // BenchCatalog.Path() is .../shared/reference/catalog/<snapshot>/3le.txt; the CSV sits in a sibling snapshot.
        string catalog = Path.GetDirectoryName(Path.GetDirectoryName(BenchCatalog.Path()))!;
        return Path.Combine(catalog, "celestrak_gp_2026-03-10", "celestrak_active_gp.csv");
    }

    [GlobalSetup]
    public void Setup() => _text = File.ReadAllText(CsvPath());

    /// <summary>Parse every row (text already in memory).</summary>
    [Benchmark]
    public int ReadCsv() => OmmReader.Parse(_text).Messages.Length;

    /// <summary>Read from the file, as the CLI would.</summary>
    [Benchmark]
    public int ReadCsvFromFile()
    {
        using FileStream stream = File.OpenRead(CsvPath());
        return OmmReader.Read(stream).Messages.Length;
    }
}
