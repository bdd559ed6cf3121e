using Concord.Hub.Agencies;
using Concord.Server.Auth;
using Concord.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Server.Agencies;

/// <summary><c>/api/v1/agencies/{code}/api-keys</c>: issuing, listing and revoking an agency's keys (hub-admin, or the
/// agency's own agency-admin).</summary>
internal static class ApiKeyEndpoints
{
    public static RouteGroupBuilder MapApiKeys(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/v1/agencies/{code}/api-keys").WithTags("API keys")
            .RequireAuthorization(HubPolicies.KeyManager);
        group.MapPost("/", Issue);
        group.MapGet("/", List);
        group.MapDelete("/{id:guid}", Revoke);
        return group;
    }

    private static async Task<Results<Created<IssuedKeyResponse>, ProblemHttpResult>> Issue(
        string code, IssueKeyRequest request, ApiKeyService keys, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await keys.IssueAsync(code, request.Role ?? "", request.ExpiresAt, http.User.ToActor(), cancellationToken)
            .ConfigureAwait(false);
        if (!result.Success)
        {
            return HubProblems.From(result.Errors);
        }

        IssuedApiKey issued = result.Value;
        // The secret leaves the hub here, once; only its hash is stored.
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created($"/api/v1/agencies/{code}/api-keys/{issued.Id:D}",
            new IssuedKeyResponse(issued.Id.ToString("D"), issued.Secret, issued.Role.ToWireName(), issued.AgencyCode, issued.ExpiresAt));
    }

    private static async Task<Results<Ok<KeySummary[]>, ProblemHttpResult>> List(
        string code, ApiKeyService keys, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await keys.ListAsync(code, http.User.ToActor(), cancellationToken).ConfigureAwait(false);
        if (!result.Success)
        {
            return HubProblems.From(result.Errors);
        }

        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(result.Value.Select(KeySummary.From).ToArray());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Revoke(
        string code, Guid id, ApiKeyService keys, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await keys.RevokeAsync(code, id, http.User.ToActor(), cancellationToken).ConfigureAwait(false);
        return result.Success ? TypedResults.NoContent() : HubProblems.From(result.Errors);
    }

    /// <summary>Body of <c>POST /api/v1/agencies/{code}/api-keys</c>: the role, and when the key stops working (optional,
    /// after the hub's clock, else 422 <c>api-key.invalid-expiry</c>).</summary>
    internal sealed record IssueKeyRequest(string? Role, DateTimeOffset? ExpiresAt = null);

    /// <summary>A new key; <see cref="Key"/> is shown only in this response.</summary>
    internal sealed record IssuedKeyResponse(string Id, string Key, string Role, string? Agency, DateTimeOffset? ExpiresAt);

    /// <summary>A key in the list: never its secret or the secret's hash.</summary>
    internal sealed record KeySummary(string Id, string Role, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt,
        DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt)
    {
        public static KeySummary From(ApiKey key) =>
            new(key.Id.ToString("D"), key.Role.ToWireName(), key.CreatedAt, key.LastUsedAt, key.ExpiresAt, key.RevokedAt);
    }
}
