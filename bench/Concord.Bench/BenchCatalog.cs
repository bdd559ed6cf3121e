using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;
using Concord.Formats.Tle;

namespace Concord.Bench;

/// <summary>The catalogue the benchmarks run on, read with the product's TLE reader.</summary>
/// <remarks>Path: <c>CONCORD_CATALOG_3LE</c>, else the shared reference copy
/// <c>../shared/reference/catalog/spacetrack_3le_2022-01-22/3le.txt</c> beside the repository (23,939 objects).</remarks>
internal static class BenchCatalog
{
    public static string Path()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("CONCORD_CATALOG_3LE");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Concord.slnx")))
        {
            directory = directory.Parent;
        }

        string root = directory?.Parent?.FullName
            ?? throw new InvalidOperationException("Concord.slnx not found above " + AppContext.BaseDirectory);
        return System.IO.Path.Combine(root, "shared", "reference", "catalog", "spacetrack_3le_2022-01-22", "3le.txt");
    }

    /// <summary>Every element set that initialises (those failing at epoch are left out).</summary>
    public static List<Sgp4Propagator> Propagators()
    {
        using var reader = new StreamReader(Path());
        TleReadResult read = TleReader.Read(reader);
        var propagators = new List<Sgp4Propagator>(read.Sets.Length);
        foreach (Tle tle in read.Sets)
        {
            Sgp4InitResult init = Sgp4Propagator.Create(tle.ToSgp4Elements(), Sgp4Options.Default);
            if (init.Success)
            {
                propagators.Add(init.Propagator);
            }
        }

        return propagators;
    }

    /// <summary>The newest element epoch: the start of the benchmark grid, as in <c>concord bench propagate</c>.</summary>
    public static Epoch LatestEpoch(IReadOnlyList<Sgp4Propagator> propagators) => propagators.Max(p => p.Elements.Epoch);
}
