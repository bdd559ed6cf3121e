namespace Concord.Hub.Conjunctions;

/// <summary>How urgent a conjunction is, from its collision probability (thresholds in
/// <see cref="ConjunctionScreeningOptions"/>). Wire names <c>low</c>, <c>attention</c>, <c>high</c>.</summary>
public enum ConjunctionRiskLevel
{
    /// <summary>Pc below the attention threshold, or no Pc could be computed.</summary>
    Low,

    /// <summary>Pc at or above the attention threshold (1e-7 by default): watch it.</summary>
    Attention,

    /// <summary>Pc at or above the mitigation threshold (1e-4 by default): consider a manoeuvre.</summary>
    High,
}
