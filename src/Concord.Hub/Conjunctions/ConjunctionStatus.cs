namespace Concord.Hub.Conjunctions;

/// <summary>Whether a conjunction event is still ahead. Wire names <c>open</c>, <c>closed</c>.</summary>
public enum ConjunctionStatus
{
    /// <summary>TCA has not passed at the last screening run.</summary>
    Open,

    /// <summary>TCA has passed; the event and its history are kept, and no screening updates it any more.</summary>
    Closed,
}
