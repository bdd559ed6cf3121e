using System.Reflection;
using Concord.Astro.Time;

namespace Concord.Architecture.Tests;

/// <summary>House style R2: the core projects reference no infrastructure.</summary>
public sealed class DependencyTests
{
    private static readonly string[] s_forbiddenPrefixes =
    [
        "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Microsoft.Data.", "System.Data.",
        "Npgsql", "Microsoft.Extensions.Hosting", "System.Xml", "Dapper",
    ];

    public static TheoryData<string> CoreAssemblies => new() { "Concord.Astro", "Concord.Formats" };

    [Theory]
    [MemberData(nameof(CoreAssemblies))]
    public void CoreDependsOnNoInfrastructure(string assemblyName)
    {
        Assembly assembly = Assembly.Load(assemblyName);
        string[] names = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        string[] allowedForFormats = assemblyName == "Concord.Formats" ? ["System.Xml", "System.Private.Xml"] : [];
        Assert.DoesNotContain(names, n => s_forbiddenPrefixes.Any(p => n.StartsWith(p, StringComparison.Ordinal)
            && !allowedForFormats.Any(a => n.StartsWith(a, StringComparison.Ordinal))));
    }

    [Fact]
    public void AstroReferencesNoOtherConcordProject()
    {
        string[] names = typeof(Epoch).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.DoesNotContain(names, n => n.StartsWith("Concord", StringComparison.Ordinal));
    }

    [Fact]
    public void FormatsReferencesOnlyAstro()
    {
        string[] names = Assembly.Load("Concord.Formats").GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => n.StartsWith("Concord", StringComparison.Ordinal)).ToArray();
        Assert.All(names, n => Assert.Equal("Concord.Astro", n));
    }

    [Fact]
    public void HubDependsOnNoWebFrameworkOrProvider()
    {
        // The hub's domain and storage abstractions are hosted by Concord.Server; providers live in Concord.Storage.*.
        string[] names = Assembly.Load("Concord.Hub").GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.DoesNotContain(names, n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
            || n.StartsWith("Npgsql", StringComparison.Ordinal) || n.StartsWith("Microsoft.EntityFrameworkCore.Sqlite", StringComparison.Ordinal)
            || n.StartsWith("Concord.Storage", StringComparison.Ordinal) || n.StartsWith("Concord.Server", StringComparison.Ordinal));
    }

    [Fact]
    public void HubDoesNotReferenceTheDemo()
    {
        // Issue 16: the demo generator sits above the hub (Astro <- Formats <- Hub <- Demo <- Server <- Cli).
        string[] names = Assembly.Load("Concord.Hub").GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.DoesNotContain("Concord.Demo", names);
    }

    [Fact]
    public void DemoReferencesOnlyAstroFormatsAndHub()
    {
        // The generator builds hub values; seeding them into a running hub is the server's (Server/Demo/DemoSeeder).
        string[] names = Assembly.Load("Concord.Demo").GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => n.StartsWith("Concord", StringComparison.Ordinal)).ToArray();
        Assert.Contains("Concord.Hub", names);
        Assert.All(names, n => Assert.Contains(n, new[] { "Concord.Astro", "Concord.Formats", "Concord.Hub" }));
    }

    [Fact]
    public void AstroTypesHaveNoPublicSetters()
    {
        // House style R9: Astro is immutable; init-only setters are allowed.
        var offenders = typeof(Epoch).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit"))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToArray();
        Assert.Empty(offenders);
    }
}
