namespace Concord.Hub.Notifications;

/// <summary>The default where the host supplies no protector (the hub's own tests): secrets stored as given.</summary>
internal sealed class UnprotectedWebhookSecrets : IWebhookSecretProtector
{
    public string Protect(string secret) => secret;

    public string Unprotect(string stored) => stored;
}
