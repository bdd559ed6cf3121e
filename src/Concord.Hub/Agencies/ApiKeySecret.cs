using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Concord.Hub.Agencies;

/// <summary>Creates API key secrets and hashes them for storage. Thread-safe.</summary>
public static class ApiKeySecret
{
    /// <summary>Every secret starts with this, so that leaked keys are easy to recognise (secret scanners, logs).</summary>
    public const string Prefix = "concord_";

    /// <summary>Entropy of a secret: 256 bits.</summary>
    public const int SecretBytes = 32;

    /// <summary>Creates a new secret: <see cref="Prefix"/> followed by 32 bytes from the OS CSPRNG, base64url.</summary>
    public static string Create() =>
        Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));

    /// <summary>The value stored for a secret: lower-case hex SHA-256 of its UTF-8 bytes.</summary>
    /// <remarks>
    /// A fast unsalted hash is enough here, unlike for passwords: the secret has 256 bits of entropy from a CSPRNG,
    /// so neither a dictionary nor brute force against a stolen hash is feasible, and salting or a slow KDF
    /// (PBKDF2, Argon2) would only add cost to every request. An unsalted hash also lets the key be found by an
    /// index lookup on the hash instead of trying every stored salt.
    /// </remarks>
    public static string Hash(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }
}
