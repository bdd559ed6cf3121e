namespace Concord.Testing;

/// <summary>Locates reference data written by others: first the redistributable copies in the repository's
/// <c>tests/data</c> (see its SOURCES.md), then the full set at <c>../shared/reference</c> beside the checkout.</summary>
/// <remarks>
/// A file is taken from <c>tests/data</c> when it is there, else from <c>../shared/reference</c>. A folder is taken from
/// <c>../shared/reference</c> when that exists and else from <c>tests/data</c>: some folders are only partly
/// redistributable, so a test that enumerates one sees the complete set wherever the shared data is present (CI) and
/// what the repository has elsewhere. Tests that need data call <see cref="Require"/>: absent data skips the test with
/// the reason in a user's own clone, and fails it under <c>CI=true</c>, where the data must be present.
/// </remarks>
internal static class ReferenceData
{
    private static readonly Lazy<string?> s_sharedRoot = new(FindSharedRoot);

    /// <summary>The repository root (the folder holding Concord.slnx).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The redistributable reference data committed with the repository: <c>tests/data</c>.</summary>
    public static string RepositoryDataRoot { get; } = Path.Combine(RepositoryRoot, "tests", "data");

    /// <summary>Full path of a file or folder of reference data; skips or fails the test when it is in neither place.</summary>
    public static string Require(string relativePath)
    {
        string? path = Find(relativePath);
        if (path is not null)
        {
            return path;
        }

        string reason = $"Reference data '{relativePath}' not found in tests/data (in {RepositoryRoot}) or in ../shared/reference "
            + $"(beside it, {SharedRootCandidate()}).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason + " CI=true requires it.");
        }

        Assert.Skip(reason);
        return string.Empty;
    }

    /// <summary>Full path of a file or folder of reference data by the rule above, or null when it is in neither place.
    /// For test data sources (member data), which cannot skip; the test itself then calls <see cref="Require"/>.</summary>
    public static string? Find(string relativePath)
    {
        string inRepository = Path.Combine(RepositoryDataRoot, relativePath);
        if (File.Exists(inRepository))
        {
            return inRepository;
        }

        string? sharedRoot = s_sharedRoot.Value;
        string? shared = sharedRoot is null ? null : Path.Combine(sharedRoot, relativePath);
        if (shared is not null && (File.Exists(shared) || Directory.Exists(shared)))
        {
            return shared;
        }

        return Directory.Exists(inRepository) ? inRepository : null;
    }

    private static string SharedRootCandidate() => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "reference"));

    private static string? FindSharedRoot()
    {
        string candidate = SharedRootCandidate();
        return Directory.Exists(candidate) ? candidate : null;
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Concord.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Concord.slnx not found above " + AppContext.BaseDirectory);
    }
}
