using System.Globalization;
using Concord.Astro.Time;
using Concord.Hub.Conjunctions;
using Concord.Hub.Coordination;
using Concord.Hub.Errors;
using Concord.Hub.Release;
using Concord.Hub.SpaceObjects;
using Concord.Hub.Storage;
using Concord.Server.Auth;
using Concord.Server.Coordination;
using Concord.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Server.Conjunctions;

/// <summary><c>/api/v1/conjunctions</c>: the conjunction events of the hub's screening, as the release policy allows each
/// caller to see them (<see cref="ConjunctionService"/>). Analysts, officers, agency and hub administrators; auditors 403.</summary>
/// <remarks>
/// <para><c>GET /api/v1/conjunctions[?riskLevel=low|attention|high&amp;object=NORAD&amp;agency=AAA&amp;tcaFrom=ISO&amp;tcaTo=ISO]</c>:
/// the events by TCA, without history. <c>GET /api/v1/conjunctions/{id}</c>: one event with its history
/// (<c>updates</c>, oldest first); 404 <c>conjunction.not-found</c> when it does not exist or is not released to the caller.</para>
/// <para>Released per caller and per object (<see cref="Hub.Release.ReleaseView.DecideDerived"/>). <c>detail</c> says what the
/// caller receives. <c>full</c>: the records behind both objects are released to the caller (it could compute the event
/// itself), so every field. <c>encounter</c>: the caller's agency owns one of the objects (duty to warn) or shares an
/// agreement covering <c>conjunctions</c> with an owner: TCA, miss distance, relative speed, Pc and method, risk level,
/// status and history, and in <c>objects</c> each object the caller may identify (its record is released, or the caller
/// owns it) with its source and the other object's position and velocity relative to it in its own RTN frame; a withheld
/// object appears as <c>{"released":false}</c> only, listed last, without its catalog number, name or owner; the top-level
/// <c>primaryNoradId</c>/<c>secondaryNoradId</c>/owners are null (their order would hint at the withheld number).
/// <c>coordination</c> (one event only; null in the list): the parties' acknowledgements, escalations, intents and
/// decision for a party; the decision status only for everyone else. Filters match only what the caller may identify.</para>
/// </remarks>
internal static class ConjunctionEndpoints
{
    public static RouteGroupBuilder MapConjunctions(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/v1/conjunctions").WithTags("Conjunctions").RequireAuthorization(HubPolicies.DataReader);
        group.MapGet("/", List);
        group.MapGet("/{id:guid}", Get);
        return group;
    }

    private static async Task<Results<Ok<ConjunctionResponse[]>, ProblemHttpResult>> List(
        ConjunctionService conjunctions, HttpContext http, CancellationToken cancellationToken,
        string? riskLevel = null, string? @object = null, string? agency = null, string? tcaFrom = null, string? tcaTo = null,
        string? after = null, int limit = ConjunctionQuery.DefaultLimit)
    {
        if (Paging.CheckLimit(limit) is { } badLimit)
        {
            return badLimit;
        }

        ConjunctionCursor? cursor = null;
        if (after is not null)
        {
            if (!ConjunctionCursor.TryDecode(after, out ConjunctionCursor decoded))
            {
                return HubProblems.InvalidQuery("after", "must be the cursor of a page's Link header");
            }

            cursor = decoded;
        }

        ConjunctionRiskLevel? parsedRisk = null;
        int? catalogNumber = null;
        if (riskLevel is not null)
        {
            if (!ConjunctionWireNames.TryParseRiskLevel(riskLevel, out ConjunctionRiskLevel level))
            {
                return HubProblems.InvalidQuery("riskLevel", "must be low, attention or high");
            }

            parsedRisk = level;
        }

        if (@object is not null)
        {
            if (!SpaceObjectRules.TryParseCatalogNumber(@object, out int number))
            {
                return HubProblems.InvalidQuery("object", "must be a catalog number");
            }

            catalogNumber = number;
        }

        if (!TryParseTime(tcaFrom, out Epoch? from))
        {
            return HubProblems.InvalidQuery("tcaFrom", "must be an ISO 8601 UTC time");
        }

        if (!TryParseTime(tcaTo, out Epoch? to))
        {
            return HubProblems.InvalidQuery("tcaTo", "must be an ISO 8601 UTC time");
        }

        var query = new ConjunctionQuery(parsedRisk, catalogNumber, agency, from, to, cursor, limit);
        HubPage<ReleasedConjunction> found = await conjunctions.ListAsync(http.User.ToActor(), query, cancellationToken).ConfigureAwait(false);
        if (found.HasMore)
        {
            ConjunctionEvent last = found.Items[^1].Event;
            Paging.SetNext(http, new ConjunctionCursor(last.Tca, last.Id).Encode());
        }

        return TypedResults.Ok(found.Items.Select(c => ConjunctionResponse.From(c, withHistory: false)).ToArray());
    }

    private static async Task<Results<Ok<ConjunctionResponse>, ProblemHttpResult>> Get(
        Guid id, ConjunctionService conjunctions, ConjunctionCoordinationService coordination, HttpContext http, CancellationToken cancellationToken)
    {
        ReleasedConjunction? found = await conjunctions.GetAsync(http.User.ToActor(), id, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return HubProblems.From([HubError.Create(HubErrorCodes.ConjunctionNotFound, HubErrorKind.NotFound, $"Conjunction {id:D} was not found.", id.ToString("D"))]);
        }

        ConjunctionCoordination state = await coordination.GetAsync(found, http.User.ToActor(), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(ConjunctionResponse.From(found, withHistory: true, ConjunctionCoordinationEndpoints.CoordinationResponse.From(state)));
    }

    private static bool TryParseTime(string? text, out Epoch? epoch)
    {
        epoch = null;
        if (text is null)
        {
            return true;
        }

        if (!Epoch.TryParseIso(text, TimeScale.Utc, LeapSecondHandling.AcceptAnnounced, out Epoch parsed))
        {
            return false;
        }

        epoch = parsed;
        return true;
    }

    internal static string NoradId(int catalogNumber) => catalogNumber.ToString(CultureInfo.InvariantCulture);

    private static string Iso(Epoch epoch) => epoch.ToIsoString(TimeScale.Utc, 3);

    /// <summary>One event as a caller sees it.</summary>
    internal sealed record ConjunctionResponse(
        Guid Id,
        string Detail,
        string? PrimaryNoradId,
        string? SecondaryNoradId,
        string? PrimaryOwner,
        string? SecondaryOwner,
        IReadOnlyList<ConjunctionObjectResponse> Objects,
        string Tca,
        double MissDistanceMeters,
        double RelativeSpeedMetersPerSecond,
        double? Pc,
        string? PcMethod,
        string RiskLevel,
        string Status,
        string? ClosedReason,
        DateTimeOffset FirstScreenedAt,
        DateTimeOffset LastScreenedAt,
        string ReleaseReason,
        IReadOnlyList<ConjunctionUpdateResponse>? Updates,
        ConjunctionCoordinationEndpoints.CoordinationResponse? Coordination)
    {
        public static ConjunctionResponse From(ReleasedConjunction released, bool withHistory,
            ConjunctionCoordinationEndpoints.CoordinationResponse? coordination = null)
        {
            ConjunctionEvent e = released.Event;
            bool full = released.Full;
            ConjunctionObjectResponse primary = ConjunctionObjectResponse.From(e.PrimaryCatalogNumber, released.PrimaryOwner, e.PrimarySide,
                released.Decision.InputReleased[0], released.Decision.OwnedByViewer[0]);
            ConjunctionObjectResponse secondary = ConjunctionObjectResponse.From(e.SecondaryCatalogNumber, released.SecondaryOwner, e.SecondarySide,
                released.Decision.InputReleased[1], released.Decision.OwnedByViewer[1]);
            ConjunctionObjectResponse[] objects = full
                ? [primary, secondary]
                : [.. new[] { primary, secondary }.OrderByDescending(o => o.Own).ThenByDescending(o => o.NoradId is not null)];
            return new ConjunctionResponse(
                e.Id,
                full ? "full" : "encounter",
                full ? NoradId(e.PrimaryCatalogNumber) : null,
                full ? NoradId(e.SecondaryCatalogNumber) : null,
                full ? released.PrimaryOwner : null,
                full ? released.SecondaryOwner : null,
                objects,
                Iso(e.Tca),
                e.MissDistanceMeters,
                e.RelativeSpeedMetersPerSecond,
                e.Pc,
                e.PcMethod,
                e.RiskLevel.ToWireName(),
                e.Status.ToWireName(),
                e.ClosedReason,
                e.FirstScreenedAt,
                e.LastScreenedAt,
                released.Decision.Reason,
                withHistory ? [.. e.Updates.Select(u => ConjunctionUpdateResponse.From(u, full))] : null,
                coordination);
        }
    }

    /// <summary>One object of an event as the caller sees it: everything when <c>released</c> (its record is released to the
    /// caller) or <c>own</c> (the caller's agency owns it), otherwise only <c>released: false</c>.</summary>
    /// <param name="NoradId">Catalog number.</param>
    /// <param name="Owner">Confirmed owner, when it has one.</param>
    /// <param name="Released">Whether the record the hub used for the object is released to the caller.</param>
    /// <param name="Own">Whether the caller's agency is the object's confirmed owner.</param>
    /// <param name="Source">The record the hub used for the object.</param>
    /// <param name="RelativePositionRtnMeters">The other object's position relative to this one at TCA in this object's RTN frame.</param>
    /// <param name="RelativeVelocityRtnMetersPerSecond">The relative velocity, same frame (non-rotating components).</param>
    internal sealed record ConjunctionObjectResponse(string? NoradId, string? Owner, bool Released, bool Own,
        ConjunctionSourceResponse? Source, double[]? RelativePositionRtnMeters, double[]? RelativeVelocityRtnMetersPerSecond)
    {
        public static ConjunctionObjectResponse From(int catalogNumber, string? owner, ConjunctionSide side, bool released, bool own)
        {
            if (!released && !own)
            {
                return new ConjunctionObjectResponse(null, null, false, false, null, null, null);
            }

            // The source's originator is part of the record: shown only where the record is released.
            ConjunctionSourceResponse? source = released && side.SourceKind.Length > 0
                ? new ConjunctionSourceResponse(side.SourceKind, side.SourceId, side.SourceOriginator, side.Authority, side.SourceDisagreement)
                : null;
            return new ConjunctionObjectResponse(ConjunctionEndpoints.NoradId(catalogNumber), owner, released, own, source,
                side.SourceKind.Length > 0 ? [side.RelativePositionR, side.RelativePositionT, side.RelativePositionN] : null,
                side.SourceKind.Length > 0 ? [side.RelativeVelocityR, side.RelativeVelocityT, side.RelativeVelocityN] : null);
        }
    }

    /// <summary>The record the hub used for an object: <c>kind</c> (<c>elements</c>, <c>ephemeris</c>), its <c>id</c>,
    /// <c>originator</c>, why it spoke for the object (<c>authority</c>: owner, provider, third-party, unowned) and whether
    /// another source disagreed with it by more than <c>Concord:Catalog:DisagreementKm</c>.</summary>
    internal sealed record ConjunctionSourceResponse(string Kind, Guid Id, string Originator, string Authority, bool SourceDisagreement);

    /// <summary>What one screening run saw (the trend of a full event); <c>id</c> names its CDM
    /// (<c>GET .../cdm?update={id}</c>) when <c>hasCdm</c>.</summary>
    internal sealed record ConjunctionUpdateResponse(DateTimeOffset ScreenedAt, string Tca, double MissDistanceMeters,
        double RelativeSpeedMetersPerSecond, double? Pc, string? PcMethod, string RiskLevel, Guid Id, bool HasCdm)
    {
        public static ConjunctionUpdateResponse From(ConjunctionUpdate u, bool full) =>
            new(u.ScreenedAt, Iso(u.Tca), u.MissDistanceMeters, u.RelativeSpeedMetersPerSecond, u.Pc, u.PcMethod, u.RiskLevel.ToWireName(), u.Id,
                full && u.Assessment is not null);
    }
}
