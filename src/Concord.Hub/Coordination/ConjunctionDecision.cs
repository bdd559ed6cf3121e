using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Concord.Hub.Coordination;

/// <summary>Who moves in a conjunction (or that nobody does), as proposed by one party and co-signed by the other.
/// Storage entity.</summary>
/// <remarks>
/// <para>The content (event, manoeuvring object, manoeuvre time, plan, summary, proposing party) is fixed at proposal and
/// identified by <see cref="ContentSha256"/>, the SHA-256 (FIPS 180-4) of its canonical text
/// (<see cref="CanonicalContent"/>). Both signatures sign that hash, and the audit entries of the proposal and the
/// co-signature carry it, so the hash-chained audit log makes a later change of the stored decision detectable.</para>
/// <para>Only <see cref="Status"/>, the co-signature and <see cref="SupersededAt"/> ever change, each once.</para>
/// </remarks>
public sealed class ConjunctionDecision
{
    /// <summary>Stable identifier (UUID v7).</summary>
    public Guid Id { get; init; }

    /// <summary>The event.</summary>
    public Guid EventId { get; init; }

    /// <summary>Where it stands.</summary>
    public DecisionStatus Status { get; set; }

    /// <summary>The object that manoeuvres, or null when nobody moves.</summary>
    public int? ManeuveringCatalogNumber { get; init; }

    /// <summary>When the manoeuvre is planned (UTC), if known.</summary>
    public DateTimeOffset? ManeuverAt { get; init; }

    /// <summary>The manoeuvre plan it refers to, if any (an identifier of the manoeuvre-plan records; no reference is
    /// enforced).</summary>
    public Guid? PlanId { get; init; }

    /// <summary>What was decided, in words.</summary>
    public required string Summary { get; init; }

    /// <summary>Lower-case hex SHA-256 of <see cref="CanonicalContent"/>.</summary>
    public required string ContentSha256 { get; init; }

    /// <summary>The proposing party (agency code).</summary>
    public required string ProposedBy { get; init; }

    /// <summary>The proposing officer, as the audit log writes it.</summary>
    public required string ProposedByActor { get; init; }

    /// <summary>When it was proposed (UTC): the proposer's signature.</summary>
    public DateTimeOffset ProposedAt { get; init; }

    /// <summary>The co-signing party, once co-signed (null for a single owner's decision).</summary>
    public string? CoSignedBy { get; set; }

    /// <summary>The co-signing officer, as the audit log writes it.</summary>
    public string? CoSignedByActor { get; set; }

    /// <summary>When it became final (UTC): the co-signature, or the proposal of a single owner.</summary>
    public DateTimeOffset? CoSignedAt { get; set; }

    /// <summary>When a later proposal replaced it.</summary>
    public DateTimeOffset? SupersededAt { get; set; }

    /// <summary>The canonical text the hash is computed over: one <c>key=value</c> line per field, in this order,
    /// <c>-</c> for an absent value, times as ISO 8601 UTC with microseconds, the summary last (it may hold line breaks).</summary>
    public static string CanonicalContent(Guid eventId, int? maneuveringCatalogNumber, DateTimeOffset? maneuverAt, Guid? planId,
        string proposedBy, string summary) =>
        string.Create(CultureInfo.InvariantCulture,
            $"concord-decision-v1\nevent={eventId:D}\nmaneuveringObject={(maneuveringCatalogNumber is { } n ? n.ToString(CultureInfo.InvariantCulture) : "-")}\n"
            + $"maneuverAt={(maneuverAt is { } at ? at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture) : "-")}\n"
            + $"planId={(planId is { } p ? p.ToString("D") : "-")}\nproposedBy={proposedBy}\nsummary={summary}");

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="canonicalContent"/>.</summary>
    public static string Sha256(string canonicalContent) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalContent)));
}
