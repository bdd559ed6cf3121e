namespace Concord.Hub.Conjunctions;

/// <summary>Stable values of <see cref="ScreeningRequest.Reason"/>.</summary>
public static class ScreeningRequestReasons
{
    /// <summary>An accepted submission stored element sets of these objects.</summary>
    public const string Submission = "submission";

    /// <summary>The periodic all-on-all screening (<see cref="ConjunctionScreeningOptions.ScheduleMinutes"/>).</summary>
    public const string Schedule = "schedule";

    /// <summary>Asked for by an operator or a tool.</summary>
    public const string Manual = "manual";
}
