using System.Globalization;
using Concord.Astro.Time;
using Concord.Hub.Conjunctions;
using Concord.Hub.Coordination;
using Concord.Hub.Errors;
using Concord.Hub.Release;
using Concord.Hub.SpaceObjects;
using Concord.Server.Auth;
using Concord.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Server.Conjunctions;

/// <summary><c>/api/v1/conjunctions</c>: the conjunction events of the hub's screening, as the release policy allows each
/// caller to see them (<see cref="ConjunctionService"/>). Analysts, officers, agency and hub administrators; auditors 403.</summary>
/// <remarks>
/// <para><c>GET /api/v1/conjunctions[?riskLevel=low|attention|high&amp;object=NORAD&amp;agency=AAA&amp;tcaFrom=ISO&amp;tcaTo=ISO]</c>:
/// the events by TCA, without history. <c>GET /api/v1/conjunctions/{id}</c>: one event with its history
/// (<c>updates</c>, oldest first); 404 <c>conjunction.not-found</c> when it does not exist or is not released to the caller.</para>
/// <para><c>detail</c> says what the caller receives. <c>full</c>: every field. <c>basic</c> (the duty to warn an owner of
/// one of the objects without an agreement): the two catalog numbers, TCA, miss distance, risk level and status only; the
/// other object's owner, the relative speed, the Pc, the screening times and the history are null. <c>coordination</c> (one
/// event only; null in the list): acknowledgements, escalations, intents and the decision of the parties
/// (<see cref="ConjunctionCoordinationEndpoints"/>), every party's for a full viewer, the own party's for a basic one. The catalog numbers
/// stay because an owner cannot act on a warning without knowing what it is warned about, and a catalog number is the
/// object's public identity (SATCAT), not another agency's data. Hub-level keys have no agency, own nothing and are party
/// to no agreement, so they see no event.</para>
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
        string? riskLevel = null, string? @object = null, string? agency = null, string? tcaFrom = null, string? tcaTo = null)
    {
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

        var query = new ConjunctionQuery(parsedRisk, catalogNumber, agency, from, to);
        IReadOnlyList<ReleasedConjunction> found = await conjunctions.ListAsync(http.User.ToActor(), query, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(found.Select(c => ConjunctionResponse.From(c, withHistory: false)).ToArray());
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

    private static string NoradId(int catalogNumber) => catalogNumber.ToString(CultureInfo.InvariantCulture);

    private static string Iso(Epoch epoch) => epoch.ToIsoString(TimeScale.Utc, 3);

    /// <summary>One event as a caller sees it; fields a basic warning leaves out are null.</summary>
    internal sealed record ConjunctionResponse(
        Guid Id,
        string Detail,
        string PrimaryNoradId,
        string SecondaryNoradId,
        string? PrimaryOwner,
        string? SecondaryOwner,
        string Tca,
        double MissDistanceMeters,
        double? RelativeSpeedMetersPerSecond,
        double? Pc,
        string RiskLevel,
        string Status,
        DateTimeOffset? FirstScreenedAt,
        DateTimeOffset? LastScreenedAt,
        string ReleaseReason,
        IReadOnlyList<ConjunctionUpdateResponse>? Updates,
        ConjunctionCoordinationEndpoints.CoordinationResponse? Coordination)
    {
        public static ConjunctionResponse From(ReleasedConjunction released, bool withHistory,
            ConjunctionCoordinationEndpoints.CoordinationResponse? coordination = null)
        {
            ConjunctionEvent e = released.Event;
            bool full = released.Decision.Detail == WarningDetail.Full;
            return new ConjunctionResponse(
                e.Id,
                full ? "full" : "basic",
                NoradId(e.PrimaryCatalogNumber),
                NoradId(e.SecondaryCatalogNumber),
                full ? released.PrimaryOwner : null,
                full ? released.SecondaryOwner : null,
                Iso(e.Tca),
                e.MissDistanceMeters,
                full ? e.RelativeSpeedMetersPerSecond : null,
                full ? e.Pc : null,
                e.RiskLevel.ToWireName(),
                e.Status.ToWireName(),
                full ? e.FirstScreenedAt : null,
                full ? e.LastScreenedAt : null,
                released.Decision.Decision.Reason,
                full && withHistory ? [.. e.Updates.Select(ConjunctionUpdateResponse.From)] : null,
                coordination);
        }
    }

    /// <summary>What one screening run saw (the trend of a full event); <c>id</c> names its CDM
    /// (<c>GET .../cdm?update={id}</c>) when <c>hasCdm</c>.</summary>
    internal sealed record ConjunctionUpdateResponse(DateTimeOffset ScreenedAt, string Tca, double MissDistanceMeters,
        double RelativeSpeedMetersPerSecond, double? Pc, string RiskLevel, Guid Id, bool HasCdm)
    {
        public static ConjunctionUpdateResponse From(ConjunctionUpdate u) =>
            new(u.ScreenedAt, Iso(u.Tca), u.MissDistanceMeters, u.RelativeSpeedMetersPerSecond, u.Pc, u.RiskLevel.ToWireName(), u.Id, u.CdmKvn is not null);
    }
}
