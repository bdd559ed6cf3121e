namespace Concord.Hub.Coordination;

/// <summary>A statement of intent as a caller sends it (wire names, validated by the service).</summary>
/// <param name="Intent"><c>will-mitigate</c>, <c>will-not-mitigate</c> or <c>undetermined</c>.</param>
/// <param name="Maneuverable"><c>yes</c>, <c>no</c> or <c>unknown</c>.</param>
/// <param name="Comment">Optional free text.</param>
/// <param name="Object">The party's object (catalog number); required only when the party owns both objects.</param>
public sealed record NewIntent(string? Intent, string? Maneuverable, string? Comment, string? Object);
