using Concord.Hub.SpaceObjects;
using Concord.Server.Auth;
using Concord.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Server.SpaceObjects;

/// <summary><c>/api/v1/agencies/{code}/ownership-grants</c>: a hub administrator's standing grants of catalog-number ranges
/// whose claims by the agency are confirmed at once. <c>POST</c> <c>{"first","last"}</c> (422 listing every problem:
/// each 1 to 999,999,999, first &lt;= last; 404 <c>agency.not-found</c>), <c>GET</c>, <c>DELETE /{id}</c> (404
/// <c>ownership-grant.not-found</c>). Hub administrators only; creating and deleting are audited.</summary>
internal static class OwnershipGrantEndpoints
{
    public static RouteGroupBuilder MapOwnershipGrants(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/v1/agencies/{code}/ownership-grants").WithTags("Ownership grants")
            .RequireAuthorization(HubPolicies.HubAdmin);
        group.MapPost("/", Create);
        group.MapGet("/", List);
        group.MapDelete("/{id:guid}", Delete);
        return group;
    }

    private static async Task<Results<Created<GrantResponse>, ProblemHttpResult>> Create(
        string code, GrantRequest request, OwnershipService ownership, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await ownership.GrantAsync(code, request.First, request.Last, http.User.ToActor(), cancellationToken).ConfigureAwait(false);
        return result.Success
            ? TypedResults.Created($"/api/v1/agencies/{code}/ownership-grants/{result.Value.Id:D}", GrantResponse.From(result.Value))
            : HubProblems.From(result.Errors);
    }

    private static async Task<Results<Ok<GrantResponse[]>, ProblemHttpResult>> List(
        string code, OwnershipService ownership, CancellationToken cancellationToken)
    {
        var result = await ownership.ListGrantsAsync(code, cancellationToken).ConfigureAwait(false);
        return result.Success ? TypedResults.Ok(result.Value.Select(GrantResponse.From).ToArray()) : HubProblems.From(result.Errors);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        string code, Guid id, OwnershipService ownership, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await ownership.DeleteGrantAsync(code, id, http.User.ToActor(), cancellationToken).ConfigureAwait(false);
        return result.Success ? TypedResults.NoContent() : HubProblems.From(result.Errors);
    }

    /// <summary>Body of <c>POST /api/v1/agencies/{code}/ownership-grants</c>; nullable and wide so that every problem is
    /// reported (422) rather than a parse failure.</summary>
    internal sealed record GrantRequest(long? First, long? Last);

    /// <summary>A standing grant on the wire.</summary>
    internal sealed record GrantResponse(string Id, string Agency, int First, int Last, DateTimeOffset CreatedAt)
    {
        public static GrantResponse From(OwnershipGrant g) => new(g.Id.ToString("D"), g.Agency, g.First, g.Last, g.CreatedAt);
    }
}
