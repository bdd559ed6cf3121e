namespace Concord.Hub.Agencies;

/// <summary>A newly issued key: the only moment the <paramref name="Secret"/> is known to the hub.</summary>
/// <param name="Id">The key's public identifier.</param>
/// <param name="Secret">The secret to give to the caller once; only its hash is stored.</param>
/// <param name="Role">The key's role.</param>
/// <param name="AgencyCode">The agency the key acts for, or <see langword="null"/> for hub-level keys.</param>
/// <param name="ExpiresAt">When the key stops working, or <see langword="null"/> when it does not expire.</param>
public sealed record IssuedApiKey(Guid Id, string Secret, HubRole Role, string? AgencyCode, DateTimeOffset? ExpiresAt = null);
