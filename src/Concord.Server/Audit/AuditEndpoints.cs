using System.Text.Json;
using System.Text.Json.Serialization;
using Concord.Hub.Audit;
using Concord.Hub.Errors;
using Concord.Hub.Storage;
using Concord.Server.Auth;
using Concord.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Server.Audit;

/// <summary><c>/api/v1/audit</c>: reading and verifying the audit chain (agencies' auditors and the hub administrator).</summary>
/// <remarks>
/// <para><c>GET /api/v1/audit?after=SEQ&amp;limit=N&amp;action=PREFIX&amp;actor=TEXT&amp;subject=TEXT</c>: entries in chain
/// order after <c>after</c>, at most <c>limit</c> (1 to 1000, default 100; <c>Link: &lt;…&gt;; rel="next"</c> when more
/// follow) of those whose action starts with
/// <c>action</c> and whose actor and subject contain <c>actor</c> and <c>subject</c> (ignoring case; each at most 200
/// characters). A bad value is 400 <c>request.invalid-query</c>.</para>
/// <para>The hub administrator reads every entry. An agency's auditor reads in full the entries that concern its agency
/// (<see cref="AuditEntry.Agencies"/>) and every other one redacted (sequence, recordedAt, previousHash, hash and
/// <c>"redacted": true</c>), so that its own export still verifies offline (<see cref="AuditExport"/>). With a filter,
/// only entries read in full can match: redacted entries are then left out, and a filter reveals nothing about them.
/// <c>GET /api/v1/audit/verify</c> recomputes the whole chain and answers only whether it is intact, how many entries it
/// has, its head and the first broken sequence.</para>
/// <para>Both first wait until the read audit entries this process has queued are committed
/// (<see cref="ReadAuditQueue.FlushAsync"/>), so that the chain shows every read this server answered before.</para>
/// </remarks>
internal static class AuditEndpoints
{
    private const int DefaultLimit = 100;

    public static RouteGroupBuilder MapAudit(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/v1/audit").WithTags("Audit").RequireAuthorization(HubPolicies.AuditReader);
        group.MapGet("/", List);
        group.MapGet("/verify", Verify);
        return group;
    }

    private static async Task<Results<Ok<AuditEntryResponse[]>, ProblemHttpResult>> List(
        AuditLog audit, ReadAuditQueue readAudit, HttpContext http, CancellationToken cancellationToken, long after = 0, int limit = DefaultLimit, string? action = null,
        string? actor = null, string? subject = null)
    {
        if (after < 0)
        {
            return HubProblems.InvalidQuery("after", "must be 0 or more");
        }

        if (limit is < 1 or > AuditQuery.MaxLimit)
        {
            return HubProblems.InvalidQuery("limit", $"must be 1 to {AuditQuery.MaxLimit}");
        }

        foreach ((string name, string? value) in new[] { ("action", action), ("actor", actor), ("subject", subject) })
        {
            if (value is { Length: > AuditQuery.MaxFilterLength })
            {
                return HubProblems.InvalidQuery(name, $"at most {AuditQuery.MaxFilterLength} characters");
            }
        }

        await readAudit.FlushAsync(cancellationToken).ConfigureAwait(false);
        HubPage<AuditView> entries = await audit.ListPageAsync(new AuditQuery(after, limit, action, actor, subject),
            http.User.ToActor(), cancellationToken).ConfigureAwait(false);
        if (entries.HasMore)
        {
            Paging.SetNext(http, entries.Items[^1].Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return TypedResults.Ok(entries.Items.Select(AuditEntryResponse.From).ToArray());
    }

    private static async Task<Ok<VerifyResponse>> Verify(AuditLog audit, ReadAuditQueue readAudit, CancellationToken cancellationToken)
    {
        await readAudit.FlushAsync(cancellationToken).ConfigureAwait(false);
        AuditVerification result = await audit.VerifyAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new VerifyResponse(result.Valid, result.Entries, result.Head, result.FirstInvalidSequence));
    }

    /// <summary>An audit entry on the wire: every hashed field, so that a client can re-verify the chain offline; a
    /// redacted entry has only its place in the chain (the content members are left out, not null).</summary>
    internal sealed record AuditEntryResponse(
        long Sequence,
        DateTimeOffset RecordedAt,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Actor,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Action,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Subject,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonElement? Details,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Agencies,
        string PreviousHash,
        string Hash,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Redacted)
    {
        public static AuditEntryResponse From(AuditView view)
        {
            if (view.Entry is not { } e)
            {
                return new(view.Sequence, view.RecordedAt, null, null, null, null, null, view.PreviousHash, view.Hash, true);
            }

            using var details = JsonDocument.Parse(e.Details);
            return new(e.Sequence, e.RecordedAt, e.Actor, e.Action, e.Subject, details.RootElement.Clone(), e.Agencies, e.PreviousHash,
                e.Hash, null);
        }
    }

    /// <summary>Result of <c>GET /api/v1/audit/verify</c>.</summary>
    internal sealed record VerifyResponse(bool Valid, long Entries, string Head, long? FirstInvalidSequence);
}
