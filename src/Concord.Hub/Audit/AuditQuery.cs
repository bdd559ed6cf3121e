namespace Concord.Hub.Audit;

/// <summary>Which audit entries to list: chain order after a sequence number, optionally only those whose action starts
/// with <see cref="ActionPrefix"/> and whose actor and subject contain the given text, ignoring ASCII case (the same on
/// every database).</summary>
/// <param name="AfterSequence">Start after this sequence number (0: from the start).</param>
/// <param name="Limit">Most entries returned, 1 to <see cref="MaxLimit"/>.</param>
/// <param name="ActionPrefix">Only actions starting with this, e.g. <c>conjunctions.</c>.</param>
/// <param name="Actor">Only actors containing this, e.g. <c>BOREAL</c>.</param>
/// <param name="Subject">Only subjects containing this, e.g. an event id.</param>
public sealed record AuditQuery(long AfterSequence, int Limit, string? ActionPrefix = null, string? Actor = null, string? Subject = null)
{
    /// <summary>Most entries one page may have.</summary>
    public const int MaxLimit = 1000;

    /// <summary>Longest filter text.</summary>
    public const int MaxFilterLength = 200;

    /// <summary>Whether any of the action, actor or subject filters is set.</summary>
    public bool HasFilter => !string.IsNullOrEmpty(ActionPrefix) || !string.IsNullOrEmpty(Actor) || !string.IsNullOrEmpty(Subject);
}
