namespace Concord.Hub.Coordination;

/// <summary>What a party intends to do about a conjunction. Wire names <c>will-mitigate</c>, <c>will-not-mitigate</c>,
/// <c>undetermined</c>.</summary>
public enum ManeuverIntent
{
    /// <summary>Not decided yet.</summary>
    Undetermined,

    /// <summary>The party intends to mitigate (manoeuvre its object).</summary>
    WillMitigate,

    /// <summary>The party does not intend to mitigate.</summary>
    WillNotMitigate,
}
