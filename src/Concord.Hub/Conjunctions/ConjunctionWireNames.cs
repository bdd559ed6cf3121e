namespace Concord.Hub.Conjunctions;

/// <summary>The wire names of <see cref="ConjunctionRiskLevel"/> and <see cref="ConjunctionStatus"/> (API and storage).</summary>
public static class ConjunctionWireNames
{
    /// <summary><c>low</c>, <c>attention</c> or <c>high</c>.</summary>
    public static string ToWireName(this ConjunctionRiskLevel level) => level switch
    {
        ConjunctionRiskLevel.Low => "low",
        ConjunctionRiskLevel.Attention => "attention",
        ConjunctionRiskLevel.High => "high",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary><c>open</c> or <c>closed</c>.</summary>
    public static string ToWireName(this ConjunctionStatus status) => status switch
    {
        ConjunctionStatus.Open => "open",
        ConjunctionStatus.Closed => "closed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Parses a risk level's wire name (case-sensitive); false for anything else.</summary>
    public static bool TryParseRiskLevel(string? text, out ConjunctionRiskLevel level)
    {
        (bool ok, level) = text switch
        {
            "low" => (true, ConjunctionRiskLevel.Low),
            "attention" => (true, ConjunctionRiskLevel.Attention),
            "high" => (true, ConjunctionRiskLevel.High),
            _ => (false, ConjunctionRiskLevel.Low),
        };
        return ok;
    }

    /// <summary>Parses a status's wire name (case-sensitive).</summary>
    public static ConjunctionStatus ParseStatus(string text) => text switch
    {
        "open" => ConjunctionStatus.Open,
        "closed" => ConjunctionStatus.Closed,
        _ => throw new FormatException($"Unknown conjunction status {text}."),
    };

    /// <summary>Parses a risk level's wire name (case-sensitive).</summary>
    public static ConjunctionRiskLevel ParseRiskLevel(string text) =>
        TryParseRiskLevel(text, out ConjunctionRiskLevel level) ? level : throw new FormatException($"Unknown risk level {text}.");
}
