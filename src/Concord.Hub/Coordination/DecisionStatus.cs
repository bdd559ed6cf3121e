namespace Concord.Hub.Coordination;

/// <summary>Where a decision stands. Wire names <c>proposed</c>, <c>co-signed</c>, <c>superseded</c>.</summary>
public enum DecisionStatus
{
    /// <summary>Signed by the proposing party; waits for the other party's officer.</summary>
    Proposed,

    /// <summary>Signed by every party (or by the single owner of both objects): final and immutable.</summary>
    CoSigned,

    /// <summary>Replaced by a later proposal before anyone co-signed it (kept as history).</summary>
    Superseded,
}
