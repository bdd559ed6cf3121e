namespace Concord.Hub.Conjunctions;

/// <summary>Wire names of why a conjunction event closed (<see cref="ConjunctionEvent.ClosedReason"/>).</summary>
public static class ConjunctionCloseReasons
{
    /// <summary>Its time of closest approach has passed.</summary>
    public const string TcaPassed = "tca-passed";

    /// <summary>A screening that covered the pair and the event's time no longer found the approach (new data moved an
    /// object away): the event closes, those who saw it are told, escalation stops.</summary>
    public const string NoLongerPredicted = "no-longer-predicted";
}
