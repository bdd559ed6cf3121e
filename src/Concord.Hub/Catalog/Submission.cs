using Concord.Hub.Release;

namespace Concord.Hub.Catalog;

/// <summary>One accepted submission with its provenance (who, when, what bytes, how read). Storage entity; rows are
/// never updated. Also the request table that makes a resend with the same <c>Idempotency-Key</c> safe (house style R22).</summary>
public sealed class Submission
{
    /// <summary>Identifier returned to the submitter (UUID v7, ordered by time).</summary>
    public Guid Id { get; init; }

    /// <summary>Code of the submitting agency (the originator of every record of the submission).</summary>
    public required string AgencyCode { get; init; }

    /// <summary>The API key that submitted it.</summary>
    public Guid? KeyId { get; init; }

    /// <summary>When the hub received it (UTC, whole microseconds).</summary>
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>Lower-case hex SHA-256 of the request body as received (bytes, before decoding).</summary>
    public required string ContentSha256 { get; init; }

    /// <summary>The request's <c>Content-Type</c> header as sent.</summary>
    public required string ContentType { get; init; }

    /// <summary>The format detected from the content, a constant of <see cref="SubmissionFormats"/>.</summary>
    public required string Format { get; init; }

    /// <summary>Number of records stored (element sets, or OEM segments).</summary>
    public int RecordCount { get; init; }

    /// <summary>Marking of every record of the submission.</summary>
    public Marking Marking { get; init; }

    /// <summary>Agency codes released to when <see cref="Marking"/> is <see cref="Marking.Restricted"/>.</summary>
    public List<string> RelTo { get; init; } = [];

    /// <summary>The client's <c>Idempotency-Key</c>, unique per agency; null when none was sent.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>The warnings returned with the acceptance, as a JSON array of <c>{code, line, message}</c> (replayed
    /// unchanged on an idempotent resend).</summary>
    public required string Warnings { get; init; }
}
