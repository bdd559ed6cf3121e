using Concord.Hub.Release;

namespace Concord.Hub.Catalog;

/// <summary>A submission as received: the message and how the submitter marked it.</summary>
/// <param name="Content">The message text (TLE/3LE, OMM in KVN, XML, JSON or CSV, or OEM), decoded as UTF-8.</param>
/// <param name="ContentSha256">Lower-case hex SHA-256 of the body bytes as received.</param>
/// <param name="ContentType">The <c>Content-Type</c> header as sent (the server has already checked it is accepted).</param>
/// <param name="Marking">The marking; <see cref="Marking.Partners"/> when the submitter gave none.</param>
/// <param name="RelTo">Agencies released to; only with <see cref="Marking.Restricted"/>, and required then.</param>
/// <param name="IdempotencyKey">The client's <c>Idempotency-Key</c>, or null.</param>
public sealed record NewSubmission(
    string Content,
    string ContentSha256,
    string ContentType,
    Marking Marking,
    IReadOnlyList<string> RelTo,
    string? IdempotencyKey);
