using BenchmarkDotNet.Attributes;
using Concord.Formats.Tle;

namespace Concord.Bench;

/// <summary>Reading and writing the whole 23,939-object 3LE catalogue with the product TLE reader and writer.</summary>
/// <remarks>Run: <c>dotnet run -c Release --project bench/Concord.Bench -- --filter '*TleReaderBenchmarks*'</c>.</remarks>
[MemoryDiagnoser]
public class TleReaderBenchmarks
{
    private string _text = string.Empty;
    private Tle[] _sets = [];

    [GlobalSetup]
    public void Setup()
    {
        _text = File.ReadAllText(BenchCatalog.Path());
        _sets = [.. TleReader.Parse(_text).Sets];
    }

    /// <summary>Parse every set (text already in memory).</summary>
    [Benchmark]
    public int ReadCatalog() => TleReader.Parse(_text).Sets.Length;

    /// <summary>Read from the file, as the CLI does.</summary>
    [Benchmark]
    public int ReadCatalogFromFile()
    {
        using var reader = new StreamReader(BenchCatalog.Path());
        return TleReader.Read(reader).Sets.Length;
    }

    /// <summary>Write every set back in the standard layout.</summary>
    [Benchmark]
    public long WriteCatalog()
    {
        using var writer = new StringWriter();
        TleWriter.Write(_sets, writer);
        return writer.GetStringBuilder().Length;
    }
}
