using Concord.Astro.Time;
using Concord.Hub.Catalog;
using Concord.Hub.Agencies;
using Concord.Hub.Errors;
using Concord.Hub.Release;
using Concord.Hub.SpaceObjects;
using Concord.Hub.Storage;
using Concord.Server.Auth;
using Concord.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Server.SpaceObjects;

/// <summary><c>/api/v1/objects</c>: the space object registry. Reads by analysts, officers, agency and hub
/// administrators, filtered by the release policy (a hub administrator also sees pending claims, its queue:
/// <c>?claim=claimed</c>); registration (an agency's is a claim, see <see cref="SpaceObjectService.RegisterAsync"/>) and
/// replacement by analysts and administrators. Confirming, rejecting and providers: <see cref="ObjectOwnershipEndpoints"/>.</summary>
internal static class SpaceObjectEndpoints
{
    public static RouteGroupBuilder MapSpaceObjects(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/v1/objects").WithTags("Space objects").RequireAuthorization(HubPolicies.DataReader);
        group.MapPost("/", Register).RequireAuthorization(HubPolicies.ObjectRegistrar);
        group.MapGet("/", List);
        group.MapGet("/{noradId}", Get);
        group.MapPut("/{noradId}", Replace).RequireAuthorization(HubPolicies.ObjectRegistrar);
        return group;
    }

    private static async Task<Results<Created<SpaceObjectResponse>, ProblemHttpResult>> Register(
        SpaceObjectRequest request, SpaceObjectService objects, OwnershipService ownership, HttpContext http, CancellationToken cancellationToken)
    {
        var actor = http.User.ToActor();
        var result = await objects.RegisterAsync(request.ToRegistration(), actor, cancellationToken).ConfigureAwait(false);
        return result.Success
            ? TypedResults.Created($"/api/v1/objects/{result.Value.CatalogNumber}",
                await RespondAsync(result.Value, actor, ownership, cancellationToken).ConfigureAwait(false))
            : HubProblems.From(result.Errors);
    }

    /// <summary>The object as the caller is shown it (providers to the confirmed owner and a hub administrator).</summary>
    internal static async Task<SpaceObjectResponse> RespondAsync(SpaceObject o, Actor actor, OwnershipService ownership,
        CancellationToken cancellationToken)
    {
        Dictionary<int, string[]> providers = await ownership.ShownProvidersAsync([o], actor, cancellationToken).ConfigureAwait(false);
        return SpaceObjectResponse.From(o, actor.AgencyCode, providers.GetValueOrDefault(o.CatalogNumber));
    }

    private static async Task<Results<Ok<SpaceObjectResponse>, ProblemHttpResult>> Replace(
        string noradId, SpaceObjectRequest request, SpaceObjectService objects, OwnershipService ownership, HttpContext http,
        CancellationToken cancellationToken)
    {
        var actor = http.User.ToActor();
        var result = await objects.UpdateAsync(noradId, request.ToRegistration(), actor, cancellationToken).ConfigureAwait(false);
        return result.Success
            ? TypedResults.Ok(await RespondAsync(result.Value, actor, ownership, cancellationToken).ConfigureAwait(false))
            : HubProblems.From(result.Errors);
    }

    private static async Task<Results<Ok<SpaceObjectResponse>, ProblemHttpResult>> Get(
        string noradId, SpaceObjectService objects, OwnershipService ownership, CatalogService catalog, CatalogOptions catalogOptions,
        TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var actor = http.User.ToActor();
        var result = await objects.GetAsync(noradId, actor, cancellationToken).ConfigureAwait(false);
        if (!result.Success)
        {
            return HubProblems.From(result.Errors);
        }

        // From the sets released to this viewer only: a withheld source is neither compared nor counted.
        IReadOnlyList<ElementSet> sources = await catalog.GetNewestPerOriginatorAsync(actor, result.Value.CatalogNumber, cancellationToken)
            .ConfigureAwait(false);
        SourceDisagreement? disagreement = SourceDisagreement.Compute(sources, Epoch.FromUtc(time.GetUtcNow()), catalogOptions.DisagreementKm);
        return TypedResults.Ok(await RespondAsync(result.Value, actor, ownership, cancellationToken).ConfigureAwait(false) with
        {
            SourceDisagreement = disagreement is null ? null : SourceDisagreementResponse.From(disagreement),
        });
    }

    private static async Task<Results<Ok<SpaceObjectResponse[]>, ProblemHttpResult>> List(
        SpaceObjectService objects, OwnershipService ownership, HttpContext http, CancellationToken cancellationToken,
        string? owner = null, string? name = null, string? regime = null, string? status = null, string? claim = null,
        string? after = null, int limit = SpaceObjectQuery.DefaultLimit)
    {
        SpaceObjectRegime? parsedRegime = null;
        SpaceObjectStatus? parsedStatus = null;
        ClaimStatus? parsedClaim = null;
        int afterCatalogNumber = 0;
        if (limit is < 1 or > SpaceObjectQuery.MaxLimit)
        {
            return InvalidQuery("limit", $"must be 1 to {SpaceObjectQuery.MaxLimit}");
        }

        if (after is not null && !SpaceObjectRules.TryParseCatalogNumber(after, out afterCatalogNumber))
        {
            return InvalidQuery("after", "must be a catalog number (the last noradId of the previous page)");
        }

        if (regime is not null && !SpaceObjectRegimes.TryParse(regime, out parsedRegime))
        {
            return InvalidQuery("regime", "must be leo, meo, geo or heo");
        }

        if (status is not null && !SpaceObjectStatuses.TryParse(status, out parsedStatus))
        {
            return InvalidQuery("status", "must be unknown, operational, non-operational or decayed");
        }

        if (claim is not null && !ClaimStatuses.TryParse(claim, out parsedClaim))
        {
            return InvalidQuery("claim", "must be claimed, confirmed or rejected");
        }

        var actor = http.User.ToActor();
        var query = new SpaceObjectQuery(owner, name, parsedRegime, parsedStatus, parsedClaim, afterCatalogNumber, limit);
        HubPage<SpaceObject> found = await objects.ListPageAsync(query, actor, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<SpaceObject> page = found.Items;
        if (found.HasMore)
        {
            Paging.SetNext(http, page[^1].CatalogNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Dictionary<int, string[]> providers = await ownership.ShownProvidersAsync([.. page], actor, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(page.Select(o => SpaceObjectResponse.From(o, actor.AgencyCode, providers.GetValueOrDefault(o.CatalogNumber))).ToArray());
    }

    private static ProblemHttpResult InvalidQuery(string name, string rule) => HubProblems.InvalidQuery(name, rule);

    /// <summary>Body of <c>POST /api/v1/objects</c> and <c>PUT /api/v1/objects/{noradId}</c> (where <c>noradId</c> may be
    /// left out). Fields are nullable so that every problem is reported together (422).</summary>
    internal sealed record SpaceObjectRequest(
        string? NoradId,
        string? Name,
        string? Owner,
        string? InternationalDesignator,
        string? LaunchingState,
        string? LaunchDate,
        string? LaunchSite,
        double? NodalPeriodMinutes,
        double? InclinationDegrees,
        double? ApogeeKilometers,
        double? PerigeeKilometers,
        string? GeneralFunction,
        string? Status,
        string? Marking,
        IReadOnlyList<string?>? RelTo)
    {
        public SpaceObjectRegistration ToRegistration() => new(NoradId, Name, Owner, InternationalDesignator, LaunchingState,
            LaunchDate, LaunchSite, NodalPeriodMinutes, InclinationDegrees, ApogeeKilometers, PerigeeKilometers, GeneralFunction,
            Status, Marking, RelTo?.Select(code => code ?? "").ToArray());
    }

    /// <summary>A space object on the wire. <c>relTo</c> is shown to the originator only (<see langword="null"/> for
    /// others: who else received a restricted record is the originator's business). <c>claim</c> is
    /// <c>claimed</c>, <c>confirmed</c> or <c>rejected</c> (then with <c>claimReason</c>, otherwise null); <c>providers</c>
    /// (agency codes) is shown to the confirmed owner and a hub administrator, <see langword="null"/> for others. <c>regime</c> is derived (see
    /// <see cref="SpaceObjectRegimes"/>), <see langword="null"/> when the orbit data is too thin.</summary>
    internal sealed record SpaceObjectResponse(
        string NoradId,
        string Name,
        string Owner,
        string Claim,
        string? ClaimReason,
        IReadOnlyList<string>? Providers,
        string Originator,
        string? InternationalDesignator,
        string? LaunchingState,
        DateOnly? LaunchDate,
        string? LaunchSite,
        double? NodalPeriodMinutes,
        double? InclinationDegrees,
        double? ApogeeKilometers,
        double? PerigeeKilometers,
        string? GeneralFunction,
        string Status,
        string? Regime,
        string Marking,
        IReadOnlyList<string>? RelTo,
        DateTimeOffset CreatedAt,
        DateTimeOffset UpdatedAt)
    {
        public static SpaceObjectResponse From(SpaceObject o, string? viewerAgency, IReadOnlyList<string>? providers) => new(
            o.CatalogNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), o.Name, o.Owner, o.Claim.ToWireName(),
            o.Claim == ClaimStatus.Rejected ? o.ClaimReason : null, providers, o.Originator,
            o.InternationalDesignator, o.LaunchingState, o.LaunchDate, o.LaunchSite, o.NodalPeriodMinutes, o.InclinationDegrees,
            o.ApogeeKilometers, o.PerigeeKilometers, o.GeneralFunction, o.Status.ToWireName(),
            SpaceObjectRegimes.Classify(o)?.ToWireName(), o.Marking.ToWireName(),
            string.Equals(viewerAgency, o.Originator, StringComparison.Ordinal) ? o.RelTo.ToArray() : null,
            o.CreatedAt, o.UpdatedAt);

        /// <summary>Whether the sources of the object's element sets visible to the viewer disagree (<c>GET
        /// /api/v1/objects/{noradId}</c> only; null when the viewer sees fewer than two sources, and in other responses).</summary>
        public SourceDisagreementResponse? SourceDisagreement { get; init; }
    }

    /// <summary>The sources of an object's element sets compared at the hub's clock (<see cref="Hub.Catalog.SourceDisagreement"/>):
    /// <c>disagrees</c> when the largest pairwise SGP4 position difference <c>maxKm</c> exceeds
    /// <c>Concord:Catalog:DisagreementKm</c>; <c>sources</c> the originators compared.</summary>
    internal sealed record SourceDisagreementResponse(bool Disagrees, double MaxKm, IReadOnlyList<string> Sources)
    {
        public static SourceDisagreementResponse From(SourceDisagreement d) => new(d.Disagrees, d.MaxKm, d.Sources);
    }
}
