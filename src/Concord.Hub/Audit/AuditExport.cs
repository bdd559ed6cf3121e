using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Concord.Hub.Audit;

/// <summary>Offline verification of an exported audit log: the JSON array that <c>GET /api/v1/audit</c> returns (or
/// several pages joined into one array), checked with the chain's own definition (<see cref="AuditHasher"/>).
/// Thread-safe.</summary>
public static class AuditExport
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private sealed record ExportedEntry(long Sequence, DateTimeOffset RecordedAt, string Actor, string Action, string Subject,
        JsonElement Details, string PreviousHash, string Hash);

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
        for (int i = 0; i < entries.Length; i++)
        {
            ExportedEntry e = entries[i];
            long expected = i + 1;
            string? problem = Problem(e, expected, previous);
            if (problem is not null)
            {
                return new AuditExportVerification(false, entries.Length, previous, expected, problem);
            }

            previous = e.Hash;
        }

        return new AuditExportVerification(true, entries.Length, previous, null, null);
    }

    private static string? Problem(ExportedEntry e, long expectedSequence, string previous)
    {
        if (e.Details.ValueKind != JsonValueKind.Object
            || e.Details.EnumerateObject().Any(p => p.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)))
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

        // Stored details are canonical, so re-canonicalising the exported object gives the hashed text back whatever
        // whitespace or key order the export went through.
        string details = AuditHasher.CanonicalDetails(e.Details.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString(), StringComparer.Ordinal));
        return e.Hash != AuditHasher.ComputeHash(previous, e.Sequence, e.RecordedAt, e.Actor, e.Action, e.Subject, details)
            ? "its content does not match its hash (the entry was altered)"
            : null;
    }
}

/// <summary>The result of <see cref="AuditExport.Verify"/>.</summary>
/// <param name="Valid">True when every entry links to the one before it and matches its hash.</param>
/// <param name="Entries">Entries in the export.</param>
/// <param name="Head">Hash of the last entry verified.</param>
/// <param name="FirstInvalidSequence">Position of the first bad entry, or null.</param>
/// <param name="Problem">Why that entry is bad, or null.</param>
public sealed record AuditExportVerification(bool Valid, long Entries, string Head, long? FirstInvalidSequence, string? Problem);
