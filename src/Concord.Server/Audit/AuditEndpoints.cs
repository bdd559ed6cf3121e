using System.Text.Json;
using Concord.Hub.Audit;
using Concord.Hub.Errors;
using Concord.Server.Auth;
using Concord.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Server.Audit;

/// <summary><c>/api/v1/audit</c>: reading and verifying the audit chain (auditors).</summary>
internal static class AuditEndpoints
{
    private const int DefaultLimit = 100;
    private const int MaxLimit = 1000;

    public static RouteGroupBuilder MapAudit(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/v1/audit").WithTags("Audit").RequireAuthorization(HubPolicies.Auditor);
        group.MapGet("/", List);
        group.MapGet("/verify", Verify);
        return group;
    }

    private static async Task<Results<Ok<AuditEntryResponse[]>, ProblemHttpResult>> List(
        AuditLog audit, CancellationToken cancellationToken, long after = 0, int limit = DefaultLimit)
    {
        if (limit is < 1 or > MaxLimit || after < 0)
        {
            string name = after < 0 ? "after" : "limit";
            string rule = after < 0 ? "must be 0 or more" : $"must be 1 to {MaxLimit}";
            return HubProblems.InvalidQuery(name, rule);
        }

        IReadOnlyList<AuditEntry> entries = await audit.ListAsync(after, limit, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(entries.Select(AuditEntryResponse.From).ToArray());
    }

    private static async Task<Ok<VerifyResponse>> Verify(AuditLog audit, CancellationToken cancellationToken)
    {
        AuditVerification result = await audit.VerifyAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new VerifyResponse(result.Valid, result.Entries, result.Head, result.FirstInvalidSequence));
    }

    /// <summary>An audit entry on the wire: every hashed field, so that a client can re-verify the chain offline.</summary>
    internal sealed record AuditEntryResponse(long Sequence, DateTimeOffset RecordedAt, string Actor, string Action, string Subject,
        JsonElement Details, string PreviousHash, string Hash)
    {
        public static AuditEntryResponse From(AuditEntry e)
        {
            using var details = JsonDocument.Parse(e.Details);
            return new(e.Sequence, e.RecordedAt, e.Actor, e.Action, e.Subject, details.RootElement.Clone(), e.PreviousHash, e.Hash);
        }
    }

    /// <summary>Result of <c>GET /api/v1/audit/verify</c>.</summary>
    internal sealed record VerifyResponse(bool Valid, long Entries, string Head, long? FirstInvalidSequence);
}
