using System.Collections.Immutable;
using Concord.Formats.Diagnostics;
using Concord.Hub.Errors;

namespace Concord.Hub.ManeuverPlans;

/// <summary>The outcome of <see cref="ManeuverPlanService.SubmitAsync"/>: the stored plan and its screening, or the
/// errors (with every diagnostic of an unreadable OEM) and nothing stored.</summary>
public sealed class ManeuverPlanResult
{
    private ManeuverPlanResult(ManeuverPlan? plan, ManeuverPlanScreening? screening, IReadOnlyList<HubError> errors, ImmutableArray<Diagnostic> diagnostics)
    {
        Plan = plan;
        Screening = screening;
        Errors = errors;
        Diagnostics = diagnostics;
    }

    /// <summary>The stored plan; null on failure.</summary>
    public ManeuverPlan? Plan { get; }

    /// <summary>Its screening; null on failure.</summary>
    public ManeuverPlanScreening? Screening { get; }

    /// <summary>Why nothing was stored; empty on success.</summary>
    public IReadOnlyList<HubError> Errors { get; }

    /// <summary>The reader's diagnostics of a refused OEM.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when the plan was stored.</summary>
    public bool Success => Plan is not null;

    internal static ManeuverPlanResult Ok(ManeuverPlan plan, ManeuverPlanScreening screening) => new(plan, screening, [], []);

    internal static ManeuverPlanResult Fail(HubError error, ImmutableArray<Diagnostic> diagnostics = default) =>
        new(null, null, [error], diagnostics.IsDefault ? [] : diagnostics);
}
