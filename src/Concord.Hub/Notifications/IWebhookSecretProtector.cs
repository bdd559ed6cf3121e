namespace Concord.Hub.Notifications;

/// <summary>Keeps webhook signing secrets out of the database in clear: what <see cref="Protect"/> returns is stored in
/// <see cref="Webhook.Secret"/>, and <see cref="Unprotect"/> gives the secret back to sign a delivery. The server's
/// implementation uses ASP.NET Core data protection (keys in the data directory, apart from the database).</summary>
public interface IWebhookSecretProtector
{
    /// <summary>The stored form of <paramref name="secret"/>.</summary>
    public string Protect(string secret);

    /// <summary>The secret of a stored value; throws when it cannot be read (for example after the keys were lost).</summary>
    public string Unprotect(string stored);
}
