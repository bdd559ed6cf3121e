using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Concord.Hub.Audit;

/// <summary>Offline verification of an exported audit log: the JSON array that <c>GET /api/v1/audit</c> returns (or
/// several pages joined into one array), checked with the chain's own definition (<see cref="AuditHasher"/>).
/// Thread-safe.</summary>
/// <remarks>
/// <para>An agency's export holds its own entries in full and the others redacted (<c>"redacted": true</c>, with only
/// <c>sequence</c>, <c>recordedAt</c>, <c>previousHash</c> and <c>hash</c>). A full entry's hash is recomputed from its
/// fields. A redacted entry is checked by linkage only: its sequence is the next one, its <c>previousHash</c> is the hash
/// of the entry before it, and the next entry's <c>previousHash</c> is its <c>hash</c>.</para>
/// <para>What a valid redacted export proves: the export is one unbroken chain from the genesis hash with no entry
/// missing, added or moved (a removed or reordered entry, redacted or not, breaks the sequence or a link); every full
/// entry is exactly as it was hashed, including the agencies it concerns, and sits at its position after exactly the
/// entries before it. What it does not prove: the content of a redacted entry, whose hash is taken as given. An operator
/// who changes a redacted entry must either leave its hash stale (the hub's <c>GET /api/v1/audit/verify</c>, which
/// recomputes every entry, then reports it) or recompute it and every later hash, which changes the hash of every later
/// entry, full ones included, so it shows against any earlier export or head (<c>verify</c>'s <c>head</c>) the agency
/// kept. When the last entry is redacted, its hash is the export's head and is proven only by comparing it with the
/// hub's head.</para>
/// </remarks>
public static class AuditExport
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private sealed record ExportedEntry(long Sequence, DateTimeOffset RecordedAt, string? Actor, string? Action, string? Subject,
        JsonElement? Details, IReadOnlyList<string>? Agencies, string? PreviousHash, string? Hash, bool? Redacted);

    /// <summary>Verifies <paramref name="json"/> from the first entry; stops at the first entry that is altered, missing,
    /// added or moved and says why.</summary>
    /// <returns>The verification, or <see langword="null"/> with <paramref name="malformed"/> set when the text is not
    /// an audit export.</returns>
    public static AuditExportVerification? Verify(string json, out string? malformed)
    {
        ExportedEntry[] entries;
        try
        {
            entries = JsonSerializer.Deserialize<ExportedEntry[]>(json, s_options) ?? throw new JsonException("the document is null");
        }
        catch (JsonException ex)
        {
            malformed = ex.Message;
            return null;
        }

        malformed = null;
        string previous = AuditHasher.GenesisHash;
        string beforePrevious = AuditHasher.GenesisHash;
        long redacted = 0;
        for (int i = 0; i < entries.Length; i++)
        {
            ExportedEntry e = entries[i];
            long expected = i + 1;
            if (i > 0 && entries[i - 1].Redacted == true && e.Sequence == expected && e.PreviousHash != previous)
            {
                // Only this link checks a redacted entry's hash: the redacted entry is the first one that cannot be
                // trusted.
                return new AuditExportVerification(false, entries.Length, beforePrevious, expected - 1,
                    "it is redacted and its hash is not the next entry's previous hash (it or that link was altered)", redacted - 1);
            }

            string? problem = Problem(e, expected, previous);
            if (problem is not null)
            {
                return new AuditExportVerification(false, entries.Length, previous, expected, problem, redacted);
            }

            redacted += e.Redacted == true ? 1 : 0;
            beforePrevious = previous;
            previous = e.Hash!;
        }

        return new AuditExportVerification(true, entries.Length, previous, null, null, redacted);
    }

    private static string? Problem(ExportedEntry e, long expectedSequence, string previous)
    {
        if (e.PreviousHash is null || e.Hash is null)
        {
            return "it has no hash or previous hash";
        }

        if (e.Redacted == true)
        {
            if (e.Actor is not null || e.Action is not null || e.Subject is not null || e.Details is not null || e.Agencies is not null)
            {
                return "it is marked redacted but carries content";
            }
        }
        else if (e.Actor is null || e.Action is null || e.Subject is null)
        {
            return "it has no actor, action or subject and is not marked redacted";
        }
        else if (e.Details is not { ValueKind: JsonValueKind.Object } details
            || details.EnumerateObject().Any(p => p.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)))
        {
            return "its details are not an object of strings";
        }

        if (e.Sequence != expectedSequence)
        {
            return string.Create(CultureInfo.InvariantCulture, $"sequence {e.Sequence} where {expectedSequence} was expected (an entry is missing, added or moved)");
        }

        if (e.PreviousHash != previous)
        {
            return "its previous hash does not match the entry before it";
        }

        if (e.Redacted == true)
        {
            // Its content is withheld: the next entry's previous hash is what checks its hash.
            return null;
        }

        // Stored details are canonical, so re-canonicalising the exported object gives the hashed text back whatever
        // whitespace or key order the export went through. The agencies are hashed as listed (stored in canonical order),
        // so a reordered, added or removed agency shows as an alteration.
        string canonical = AuditHasher.CanonicalDetails(e.Details!.Value.EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetString(), StringComparer.Ordinal));
        return e.Hash != AuditHasher.ComputeHash(previous, e.Sequence, e.RecordedAt, e.Actor!, e.Action!, e.Subject!, canonical, e.Agencies)
            ? "its content does not match its hash (the entry was altered)"
            : null;
    }
}

/// <summary>The result of <see cref="AuditExport.Verify"/>.</summary>
/// <param name="Valid">True when every entry links to the one before it and every full entry matches its hash.</param>
/// <param name="Entries">Entries in the export.</param>
/// <param name="Head">Hash of the last entry verified.</param>
/// <param name="FirstInvalidSequence">Position of the first bad entry, or null.</param>
/// <param name="Problem">Why that entry is bad, or null.</param>
/// <param name="RedactedEntries">Redacted entries verified (by linkage only) before the first bad entry or the end.</param>
public sealed record AuditExportVerification(bool Valid, long Entries, string Head, long? FirstInvalidSequence, string? Problem,
    long RedactedEntries = 0);
