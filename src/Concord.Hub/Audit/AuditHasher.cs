using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Concord.Hub.Audit;

/// <summary>The audit chain's hash function. Thread-safe.</summary>
/// <remarks>
/// <c>Hash(n) = SHA-256( UTF-8( PreviousHash(n) ) || UTF-8( canonical(n) ) )</c>, where <c>canonical(n)</c> is the JSON object
/// <c>{"sequence":…,"recordedAt":"yyyy-MM-ddTHH:mm:ss.ffffffZ","actor":…,"action":…,"subject":…,"details":…}</c> written
/// with exactly these members in this order, no whitespace, and <c>details</c> embedded verbatim (it is already canonical).
/// When the entry concerns agencies (<see cref="AuditEntry.Agencies"/> not empty), one more member follows
/// <c>details</c>: <c>"agencies":["AAA","BBB"]</c>, the codes distinct and in ordinal order (see
/// <see cref="NormalizeAgencies"/>). It is left out when the list is empty, so that entries written before agencies were
/// recorded keep the hash they were written with; changing whom an entry concerns, from none to some included, changes
/// its hash.
/// Changing any stored field, deleting or reordering entries breaks every later hash, so
/// an offline verifier needs only the exported rows and this definition.
/// </remarks>
public static class AuditHasher
{
    /// <summary>The previous hash of the first entry: 64 zeros.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>Format of <see cref="AuditEntry.RecordedAt"/> in the canonical form (UTC, microseconds).</summary>
    public const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    /// <summary>Computes an entry's hash from its fields and the previous hash.</summary>
    /// <param name="agencies">The agencies the entry concerns, already normalised (<see cref="NormalizeAgencies"/>);
    /// <see langword="null"/> or empty for none.</param>
    public static string ComputeHash(string previousHash, long sequence, DateTimeOffset recordedAt, string actor,
        string action, string subject, string details, IReadOnlyList<string>? agencies = null)
    {
        using var buffer = new MemoryStream();
        buffer.Write(Encoding.UTF8.GetBytes(previousHash));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("sequence", sequence);
            writer.WriteString("recordedAt", recordedAt.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture));
            writer.WriteString("actor", actor);
            writer.WriteString("action", action);
            writer.WriteString("subject", subject);
            writer.WritePropertyName("details");
            writer.WriteRawValue(details, skipInputValidation: false);
            if (agencies is { Count: > 0 })
            {
                writer.WriteStartArray("agencies");
                foreach (string agency in agencies)
                {
                    writer.WriteStringValue(agency);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    }

    /// <summary>Recomputes the hash an entry should have, given the hash before it.</summary>
    public static string ComputeHash(string previousHash, AuditEntry entry) =>
        ComputeHash(previousHash, entry.Sequence, entry.RecordedAt, entry.Actor, entry.Action, entry.Subject, entry.Details,
            entry.Agencies);

    /// <summary>The canonical list of concerned agencies: codes that are not null or empty, distinct, in ordinal
    /// order.</summary>
    public static List<string> NormalizeAgencies(IEnumerable<string?> agencies)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        return agencies.OfType<string>().Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Writes details as canonical JSON: an object with string values, keys in ordinal order, no whitespace.</summary>
    public static string CanonicalDetails(IReadOnlyDictionary<string, string?> details)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var pair in details.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.WriteString(pair.Key, pair.Value);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Truncates a time to whole microseconds, the precision kept by every storage provider.</summary>
    public static DateTimeOffset TruncateToMicroseconds(DateTimeOffset time)
    {
        DateTime utc = time.UtcDateTime;
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
    }
}
