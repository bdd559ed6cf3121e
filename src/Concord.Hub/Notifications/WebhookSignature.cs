using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Concord.Hub.Notifications;

/// <summary>Webhook secrets and the signature of a delivery. Thread-safe.</summary>
/// <remarks>
/// <para>Every delivery carries <c>Concord-Timestamp: &lt;unix seconds&gt;</c> and
/// <c>Concord-Signature: sha256=&lt;hex&gt;</c>, where hex is the lower-case hexadecimal HMAC-SHA256 (HMAC: RFC 2104;
/// SHA-256: FIPS 180-4) keyed with the UTF-8 bytes of the webhook's secret (the whole string, prefix included) over the
/// UTF-8 bytes of <c>timestamp + "." + body</c>. A receiver recomputes it over the raw body, compares in constant time,
/// and rejects timestamps far from its clock (replays).</para>
/// </remarks>
public static class WebhookSignature
{
    /// <summary>Every secret starts with this, so that leaked secrets are easy to recognise.</summary>
    public const string SecretPrefix = "whsec_";

    /// <summary>Entropy of a secret: 256 bits (RFC 2104 §3 discourages keys shorter than the hash output, 32 bytes for
    /// SHA-256).</summary>
    public const int SecretBytes = 32;

    /// <summary>The name of the header's scheme.</summary>
    public const string Scheme = "sha256=";

    /// <summary>A new secret: <see cref="SecretPrefix"/> followed by 32 bytes from the OS CSPRNG, base64url.</summary>
    public static string CreateSecret() =>
        SecretPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));

    /// <summary>The <c>Concord-Signature</c> value of <paramref name="body"/> sent at <paramref name="unixSeconds"/>.</summary>
    public static string Sign(string secret, long unixSeconds, string body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        ArgumentNullException.ThrowIfNull(body);
        byte[] message = Encoding.UTF8.GetBytes(unixSeconds.ToString(CultureInfo.InvariantCulture) + "." + body);
        return Scheme + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }
}
