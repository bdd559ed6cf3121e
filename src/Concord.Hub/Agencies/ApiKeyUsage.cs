using System.Collections.Concurrent;

namespace Concord.Hub.Agencies;

/// <summary>Decides when a key's <see cref="ApiKey.LastUsedAt"/> is written: at most once per
/// <see cref="RecordInterval"/> per key and process. Singleton; thread-safe.</summary>
/// <remarks>
/// Writing on every request would turn every read into a write; the value only needs to tell an agency-admin whether a
/// key is still in use. The write is one <c>UPDATE api_keys SET last_used_at</c> by primary key, outside
/// <see cref="Storage.HubWriteGate"/> (the column is not part of the audit chain, so it needs no ordering with other
/// writes). With several server processes each writes at most once per interval. The memory held is one entry per key
/// used since the process started.
/// </remarks>
public sealed class ApiKeyUsage
{
    /// <summary>The precision of <see cref="ApiKey.LastUsedAt"/>: one minute.</summary>
    public static readonly TimeSpan RecordInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _recorded = new();

    /// <summary>Whether a use of <paramref name="keyId"/> at <paramref name="now"/> should be written, given that
    /// <paramref name="storedLastUsedAt"/> is the stored value; when true, the caller writes it.</summary>
    public bool ShouldRecord(Guid keyId, DateTimeOffset? storedLastUsedAt, DateTimeOffset now)
    {
        if (!_recorded.TryGetValue(keyId, out DateTimeOffset known))
        {
            if (storedLastUsedAt is { } stored && now - stored < RecordInterval)
            {
                _recorded.TryAdd(keyId, stored);
                return false;
            }

            return _recorded.TryAdd(keyId, now); // of concurrent first uses, one writes
        }

        DateTimeOffset previous = storedLastUsedAt is { } newer && newer > known ? newer : known; // another process may have written
        return now - previous >= RecordInterval && _recorded.TryUpdate(keyId, now, known);
    }
}
