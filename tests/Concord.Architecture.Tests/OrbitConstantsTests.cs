using System.Text.RegularExpressions;
using Concord.Testing;

namespace Concord.Architecture.Tests;

/// <summary>Issue 16: Earth's gravitational parameter is declared once, in <c>Concord.Astro/Orbits</c>, and SGP4's own
/// gravity table; everything else takes it from there.</summary>
public sealed partial class OrbitConstantsTests
{
    private static readonly string[] s_allowed =
    [
        Path.Combine("src", "Concord.Astro", "Orbits") + Path.DirectorySeparatorChar,
        Path.Combine("src", "Concord.Astro", "Propagation", "Sgp4", "Sgp4GravityConstants.cs"),
    ];

    [Fact]
    public void GravitationalParameterLiterals_LiveOnlyInAstroOrbitsAndTheSgp4Table()
    {
        string src = Path.Combine(ReferenceData.RepositoryRoot, "src");
        string[] offenders = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(ReferenceData.RepositoryRoot, f))
            .Where(f => !IsBuildOutput(f) && !s_allowed.Any(a => f.StartsWith(a, StringComparison.Ordinal)))
            .Where(f => MuLiteral().IsMatch(File.ReadAllText(Path.Combine(ReferenceData.RepositoryRoot, f))))
            .ToArray();

        Assert.Empty(offenders);
    }

    [Fact]
    public void TheRuleSeesALiteral()
    {
        Assert.Matches(MuLiteral(), "const double mu = 398_600.8e9;");
        Assert.Matches(MuLiteral(), "Math.Cbrt(3.986004418e14 / n2)");
        Assert.DoesNotMatch(MuLiteral(), "EarthConstants.Wgs72GravitationalParameterKm3PerS2");
    }

    private static bool IsBuildOutput(string relativePath)
    {
        string[] parts = relativePath.Split(Path.DirectorySeparatorChar);
        return parts.Contains("obj") || parts.Contains("bin");
    }

    // 398600.x km³/s² with or without digit separators, and its m³/s² form 3.986004…e14.
    [GeneratedRegex(@"398_?600|3\.98600\d*e14", RegexOptions.IgnoreCase)]
    private static partial Regex MuLiteral();
}
