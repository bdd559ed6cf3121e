namespace Concord.Hub.Coordination;

/// <summary>The result of a coordination action: the stored record and whether this call created it (false when an
/// identical acknowledgement already counted and nothing was written).</summary>
/// <typeparam name="T">The record's type.</typeparam>
/// <param name="Value">The record.</param>
/// <param name="Created">Whether it was written now.</param>
public sealed record CoordinationOutcome<T>(T Value, bool Created);
