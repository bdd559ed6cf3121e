namespace Concord.Testing;

/// <summary>Locates the shared reference data (written by others) at <c>../shared/reference</c> beside the checkout.</summary>
/// <remarks>Tests that need it call <see cref="Require"/>: absent data skips the test with the reason in a
/// user's own clone, and fails it under <c>CI=true</c>, where the data must be present.</remarks>
internal static class ReferenceData
{
    private static readonly Lazy<string?> s_root = new(FindRoot);

    /// <summary>The repository root (the folder holding Concord.slnx).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Full path of a file or folder under the reference root; skips or fails the test when absent.</summary>
    public static string Require(string relativePath)
    {
        string? root = s_root.Value;
        string? path = root is null ? null : Path.Combine(root, relativePath);
        if (path is not null && (File.Exists(path) || Directory.Exists(path)))
        {
            return path;
        }

        string reason = $"Reference data '{relativePath}' not found under ../shared/reference (looked beside {RepositoryRoot}).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason + " CI=true requires it.");
        }

        Assert.Skip(reason);
        return string.Empty;
    }

    private static string? FindRoot()
    {
        string candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "reference"));
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
