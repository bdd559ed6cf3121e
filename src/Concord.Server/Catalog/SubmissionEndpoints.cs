using System.Security.Cryptography;
using System.Text;
using Concord.Formats.Diagnostics;
using Concord.Hub.Catalog;
using Concord.Hub.Conjunctions;
using Concord.Hub.Errors;
using Concord.Hub.Release;
using Concord.Server.Conjunctions;
using Concord.Server.Auth;
using Concord.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Concord.Server.Catalog;

/// <summary><c>/api/v1/submissions</c>: element sets (TLE/3LE, OMM in KVN, XML, JSON, CSV) and ephemerides (OEM) from an
/// agency's analyst.</summary>
/// <remarks>
/// <c>POST /api/v1/submissions[?marking=public|partners|restricted&amp;relTo=BBB,CCC]</c>, body the message, its format
/// told from the content; without <c>marking</c> the hub's default (<c>Concord:Release:DefaultMarking</c>, <c>partners</c>
/// unless the operator chose <c>public</c>). <c>Content-Type</c> <c>text/plain</c>, <c>application/xml</c>, <c>application/json</c> or
/// <c>text/csv</c>, charset UTF-8 or US-ASCII when given (415 otherwise). 201 <c>{id, records, diagnostics}</c> (the
/// warnings). A resend with the same <c>Idempotency-Key</c>, body, marking and relTo is answered 200 with the first
/// answer and stores nothing; the same key with anything else is 409 <c>submission.idempotency-conflict</c>. An invalid
/// message is 422 <c>submission.invalid-content</c> with every diagnostic under <c>diagnostics</c>, and nothing is stored.
/// The objects of stored element sets are queued for conjunction screening by a durable request stored with the
/// submission (<see cref="ScreeningRequest"/>), whose commit wakes the worker (<see cref="ConjunctionScreeningQueue"/>);
/// the 201 does not wait for the screening, which runs unless <c>Concord:Screening:Enabled</c> is false.
/// </remarks>
internal static class SubmissionEndpoints
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    private static readonly string[] s_mediaTypes = ["text/plain", "application/xml", "application/json", "text/csv"];
    private static readonly string[] s_charsets = ["utf-8", "utf8", "us-ascii"];

    public static RouteGroupBuilder MapSubmissions(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/v1/submissions").WithTags("Submissions").RequireAuthorization(HubPolicies.Submitter);
        group.MapPost("/", Submit);
        return group;
    }

    private static async Task<Results<Created<SubmissionResponse>, Ok<SubmissionResponse>, ProblemHttpResult>> Submit(
        HttpContext http, SubmissionService submissions, ReleaseOptions releaseOptions,
        CancellationToken cancellationToken)
    {
        HttpRequest request = http.Request;
        string? contentType = request.ContentType;
        if (!IsAccepted(contentType))
        {
            return HubProblems.Create(StatusCodes.Status415UnsupportedMediaType, HubErrorCodes.UnsupportedMediaType, "Unsupported media type",
                $"Content type {contentType ?? "(none)"} is not accepted here.");
        }

        var errors = new List<HubError>();
        Marking marking = releaseOptions.Default; // Concord:Release:DefaultMarking, partners unless the operator chose public
        string? markingText = request.Query["marking"];
        if (markingText is not null)
        {
            if (Markings.TryParse(markingText, out Marking? parsed))
            {
                marking = parsed.Value;
            }
            else
            {
                errors.Add(HubError.Create(HubErrorCodes.ValidationFailed, HubErrorKind.Invalid,
                    $"Field marking: {markingText} is not public, partners or restricted.", "marking", "public, partners or restricted"));
            }
        }

        string[] relTo = [.. request.Query["relTo"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
        if (errors.Count > 0)
        {
            return HubProblems.From(errors);
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        byte[] body = buffer.ToArray();
        string hash = Convert.ToHexStringLower(SHA256.HashData(body));
        string text;
        using (var reader = new StreamReader(new MemoryStream(body), Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }

        string? idempotencyKey = request.Headers[IdempotencyKeyHeader].FirstOrDefault();
        SubmissionResult result = await submissions.SubmitAsync(
            new NewSubmission(text, hash, contentType!, marking, relTo, idempotencyKey), http.User.ToActor(), cancellationToken).ConfigureAwait(false);
        if (!result.Success)
        {
            return result.Diagnostics.IsEmpty
                ? HubProblems.From(result.Errors)
                : HubProblems.Create(StatusCodes.Status422UnprocessableEntity, result.Errors[0].Code, "Invalid message", result.Errors[0].Message,
                    new Dictionary<string, object?> { ["diagnostics"] = result.Diagnostics.Select(DiagnosticDto.From).ToArray() });
        }

        SubmissionReceipt receipt = result.Receipt;
        var response = new SubmissionResponse(receipt.Id, receipt.Records,
            [.. receipt.Warnings.Select(w => new WarningDto(w.Code, w.Line, w.Message))]);
        return receipt.Replayed ? TypedResults.Ok(response) : TypedResults.Created((string?)null, response);
    }

    private static bool IsAccepted(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? parsed))
        {
            return false;
        }

        string mediaType = parsed.MediaType.ToString();
        string? charset = parsed.Charset.HasValue ? parsed.Charset.ToString().Trim('"') : null;
        return s_mediaTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase)
            && (charset is null || s_charsets.Contains(charset, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>201/200 body: the submission's id, the number of records stored, and the warnings.</summary>
    internal sealed record SubmissionResponse(Guid Id, int Records, IReadOnlyList<WarningDto> Diagnostics);

    /// <summary>One warning of an accepted submission.</summary>
    internal sealed record WarningDto(string Code, int Line, string Message);

    /// <summary>One diagnostic of a refused message (the <c>diagnostics</c> extension of the 422).</summary>
    internal sealed record DiagnosticDto(string Code, int Line, int Column, string Severity, string? Key, string Message, IReadOnlyList<string> Arguments)
    {
        public static DiagnosticDto From(Diagnostic d) =>
            new(d.Code, d.Line, d.Column, d.IsError ? "error" : "warning", d.Key, d.Message, d.Arguments);
    }
}
