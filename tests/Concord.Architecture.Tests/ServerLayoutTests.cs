using System.Text.RegularExpressions;

namespace Concord.Architecture.Tests;

/// <summary>House style R1 and R21: the server's feature folders carry the names of the hub's capabilities, and
/// namespaces follow folders. Read from the source tree (the server is not referenced here).</summary>
public sealed partial class ServerLayoutTests
{
    // The server's own concerns, which have no hub capability of their name.
    private static readonly string[] s_serverOnlyFolders = ["Auth", "Console", "Demo", "Health", "Hosting", "Problems", "Telemetry"];

    private static string SourceRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Concord.slnx")))
            {
                return Path.Combine(dir.FullName, "src");
            }
        }

        throw new InvalidOperationException("Concord.slnx not found above the test's directory.");
    }

    private static string[] Folders(string project) =>
        [.. Directory.GetDirectories(Path.Combine(SourceRoot(), project)).Select(Path.GetFileName).OfType<string>()
            .Where(name => name is not ("bin" or "obj" or "Properties" or "wwwroot"))
            .Where(name => Directory.EnumerateFiles(Path.Combine(SourceRoot(), project, name), "*.cs", SearchOption.AllDirectories).Any())];

    [Fact]
    public void EveryServerFolderIsAHubCapabilityOrAServerConcern()
    {
        string[] hub = Folders("Concord.Hub");

        Assert.All(Folders("Concord.Server"), folder => Assert.True(hub.Contains(folder) || s_serverOnlyFolders.Contains(folder),
            $"src/Concord.Server/{folder} is neither a folder of src/Concord.Hub nor one of {string.Join(", ", s_serverOnlyFolders)}."));
    }

    [Fact]
    public void ServerNamespacesFollowFolders()
    {
        string root = Path.Combine(SourceRoot(), "Concord.Server");
        foreach (string folder in Folders("Concord.Server"))
        {
            foreach (string file in Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(root, Path.GetDirectoryName(file)!);
                string expected = "Concord.Server." + relative.Replace(Path.DirectorySeparatorChar, '.');
                Match declared = NamespaceLine().Match(File.ReadAllText(file));
                Assert.True(declared.Success && declared.Groups[1].Value == expected,
                    $"{Path.GetRelativePath(root, file)} declares namespace {(declared.Success ? declared.Groups[1].Value : "(none)")}, not {expected}.");
            }
        }
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();
}
