using Concord.Hub.Notifications;
using Microsoft.AspNetCore.DataProtection;

namespace Concord.Server.Notifications;

/// <summary>Webhook secrets encrypted with ASP.NET Core data protection (authenticated encryption, AES-256-CBC with
/// HMAC-SHA256 by default; keys in <c>&lt;data-dir&gt;/keys</c>, rotated by the framework), so that a copy of the database
/// does not give away the keys that sign deliveries. Stored as <c>dp1:</c> followed by the protected payload; a value
/// without that prefix (stored before secrets were protected) is read as the secret itself.</summary>
internal sealed class DataProtectedWebhookSecrets(IDataProtectionProvider provider) : IWebhookSecretProtector
{
    private const string Prefix = "dp1:";

    private readonly IDataProtector _protector = provider.CreateProtector("Concord.Webhooks.Secret.v1");

    public string Protect(string secret) => Prefix + _protector.Protect(secret);

    public string Unprotect(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return stored.StartsWith(Prefix, StringComparison.Ordinal) ? _protector.Unprotect(stored[Prefix.Length..]) : stored;
    }
}
