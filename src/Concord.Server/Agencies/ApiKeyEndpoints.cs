using Concord.Hub.Agencies;
using Concord.Server.Auth;
using Concord.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Server.Agencies;

/// <summary><c>/api/v1/agencies/{code}/api-keys</c>: issuing and revoking an agency's keys.</summary>
internal static class ApiKeyEndpoints
{
    public static RouteGroupBuilder MapApiKeys(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/v1/agencies/{code}/api-keys").WithTags("API keys")
            .RequireAuthorization(HubPolicies.KeyManager);
        group.MapPost("/", Issue);
        group.MapDelete("/{id:guid}", Revoke);
        return group;
    }

    private static async Task<Results<Created<IssuedKeyResponse>, ProblemHttpResult>> Issue(
        string code, IssueKeyRequest request, ApiKeyService keys, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await keys.IssueAsync(code, request.Role ?? "", http.User.ToActor(), cancellationToken).ConfigureAwait(false);
        if (!result.Success)
        {
            return HubProblems.From(result.Errors);
        }

        IssuedApiKey issued = result.Value;
        // The secret leaves the hub here, once; only its hash is stored.
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created($"/api/v1/agencies/{code}/api-keys/{issued.Id:D}",
            new IssuedKeyResponse(issued.Id.ToString("D"), issued.Secret, issued.Role.ToWireName(), issued.AgencyCode));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Revoke(
        string code, Guid id, ApiKeyService keys, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await keys.RevokeAsync(code, id, http.User.ToActor(), cancellationToken).ConfigureAwait(false);
        return result.Success ? TypedResults.NoContent() : HubProblems.From(result.Errors);
    }

    /// <summary>Body of <c>POST /api/v1/agencies/{code}/api-keys</c>.</summary>
    internal sealed record IssueKeyRequest(string? Role);

    /// <summary>A new key; <see cref="Key"/> is shown only in this response.</summary>
    internal sealed record IssuedKeyResponse(string Id, string Key, string Role, string? Agency);
}
