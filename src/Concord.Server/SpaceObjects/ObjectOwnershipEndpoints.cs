using Concord.Hub.SpaceObjects;
using Concord.Server.Auth;
using Concord.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Server.SpaceObjects;

/// <summary>Who owns an object: <c>POST /api/v1/objects/{noradId}/confirm</c> and <c>/reject</c> <c>{"reason"}</c> (a hub
/// administrator decides a pending claim: 404 <c>object.not-found</c>, 409 <c>object.not-claimed</c>, 422 without a
/// reason), and <c>GET|POST /api/v1/objects/{noradId}/providers</c> <c>{"agency"}</c>,
/// <c>DELETE /api/v1/objects/{noradId}/providers/{agency}</c> (the confirmed owner's analysts and agency administrators, or a
/// hub administrator: 404 when the caller cannot see the object or the agency is unknown, 403 <c>object.not-owner</c>
/// otherwise, 409 <c>object.provider-duplicate</c>, 404 <c>object.provider-not-found</c>). Every change is audited.</summary>
internal static class ObjectOwnershipEndpoints
{
    public static RouteGroupBuilder MapObjectOwnership(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/v1/objects/{noradId}").WithTags("Space objects");
        group.MapPost("/confirm", Confirm).RequireAuthorization(HubPolicies.HubAdmin);
        group.MapPost("/reject", Reject).RequireAuthorization(HubPolicies.HubAdmin);
        group.MapGet("/providers", ListProviders).RequireAuthorization(HubPolicies.ObjectRegistrar);
        group.MapPost("/providers", Designate).RequireAuthorization(HubPolicies.ObjectRegistrar);
        group.MapDelete("/providers/{agency}", Revoke).RequireAuthorization(HubPolicies.ObjectRegistrar);
        return group;
    }

    private static async Task<Results<Ok<SpaceObjectEndpoints.SpaceObjectResponse>, ProblemHttpResult>> Confirm(
        string noradId, OwnershipService ownership, HttpContext http, CancellationToken cancellationToken)
    {
        var actor = http.User.ToActor();
        var result = await ownership.ConfirmAsync(noradId, actor, cancellationToken).ConfigureAwait(false);
        return result.Success
            ? TypedResults.Ok(await SpaceObjectEndpoints.RespondAsync(result.Value, actor, ownership, cancellationToken).ConfigureAwait(false))
            : HubProblems.From(result.Errors);
    }

    private static async Task<Results<Ok<SpaceObjectEndpoints.SpaceObjectResponse>, ProblemHttpResult>> Reject(
        string noradId, RejectRequest request, OwnershipService ownership, HttpContext http, CancellationToken cancellationToken)
    {
        var actor = http.User.ToActor();
        var result = await ownership.RejectAsync(noradId, request.Reason, actor, cancellationToken).ConfigureAwait(false);
        return result.Success
            ? TypedResults.Ok(await SpaceObjectEndpoints.RespondAsync(result.Value, actor, ownership, cancellationToken).ConfigureAwait(false))
            : HubProblems.From(result.Errors);
    }

    private static async Task<Results<Ok<ProviderResponse[]>, ProblemHttpResult>> ListProviders(
        string noradId, OwnershipService ownership, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await ownership.ListProvidersAsync(noradId, http.User.ToActor(), cancellationToken).ConfigureAwait(false);
        return result.Success ? TypedResults.Ok(result.Value.Select(ProviderResponse.From).ToArray()) : HubProblems.From(result.Errors);
    }

    private static async Task<Results<Created<ProviderResponse>, ProblemHttpResult>> Designate(
        string noradId, ProviderRequest request, OwnershipService ownership, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await ownership.DesignateProviderAsync(noradId, request.Agency, http.User.ToActor(), cancellationToken).ConfigureAwait(false);
        return result.Success
            ? TypedResults.Created($"/api/v1/objects/{noradId}/providers/{result.Value.Agency}", ProviderResponse.From(result.Value))
            : HubProblems.From(result.Errors);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Revoke(
        string noradId, string agency, OwnershipService ownership, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await ownership.RevokeProviderAsync(noradId, agency, http.User.ToActor(), cancellationToken).ConfigureAwait(false);
        return result.Success ? TypedResults.NoContent() : HubProblems.From(result.Errors);
    }

    /// <summary>Body of <c>POST /api/v1/objects/{noradId}/reject</c>.</summary>
    internal sealed record RejectRequest(string? Reason);

    /// <summary>Body of <c>POST /api/v1/objects/{noradId}/providers</c>.</summary>
    internal sealed record ProviderRequest(string? Agency);

    /// <summary>A designated provider on the wire.</summary>
    internal sealed record ProviderResponse(string Agency, string DesignatedBy, DateTimeOffset DesignatedAt)
    {
        public static ProviderResponse From(ObjectProvider p) => new(p.Agency, p.DesignatedBy, p.DesignatedAt);
    }
}
