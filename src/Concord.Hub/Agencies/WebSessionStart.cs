namespace Concord.Hub.Agencies;

/// <summary>The outcome of a console sign-in (<see cref="WebSessionService.StartAsync"/>).</summary>
/// <param name="Status">The presented key's status; only <see cref="ApiKeyStatus.Active"/> starts a session.</param>
/// <param name="Key">The key, unless it is unknown.</param>
/// <param name="Session">The stored session, when one was started.</param>
/// <param name="Token">The cookie's token, when a session was started: the only moment it is known to the hub.</param>
public sealed record WebSessionStart(ApiKeyStatus Status, ApiKey? Key, WebSession? Session, string? Token);
