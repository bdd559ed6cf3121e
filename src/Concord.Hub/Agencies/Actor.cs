namespace Concord.Hub.Agencies;

/// <summary>Who performs an operation: an authenticated API key, or the hub itself (start-up, migrations).</summary>
/// <param name="KeyId">The key that authenticated the request; <see langword="null"/> for <see cref="System"/>.</param>
/// <param name="Role">The key's role.</param>
/// <param name="AgencyCode">The key's agency, or <see langword="null"/> for hub-level keys.</param>
public sealed record Actor(Guid? KeyId, HubRole Role, string? AgencyCode)
{
    /// <summary>The hub acting on its own (for example creating the first administrator).</summary>
    public static Actor System { get; } = new(null, HubRole.HubAdmin, null);

    /// <summary>How the actor is written in the audit log: <c>system</c> or <c>key:{id}</c>.</summary>
    public string AuditName => KeyId is { } id ? $"key:{id:D}" : "system";
}
