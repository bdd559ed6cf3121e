namespace Concord.Console.Tests;

/// <summary>The plan-upload, keyboard and audit-filter browser tests: one <see cref="ConsoleBrowser"/> (one
/// <c>concord serve --demo</c> and one Chromium) for all of them, run one class after the other, so that two more demo
/// hubs do not seed and screen side by side on CI's two cores.</summary>
[CollectionDefinition(Name)]
public sealed class ConsoleWorkflowCollection : ICollectionFixture<ConsoleBrowser>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Console workflows";
}
