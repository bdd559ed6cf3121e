using System.Globalization;
using Concord.Hub.Agencies;
using Concord.Hub.Coordination;
using Concord.Hub.Conjunctions;
using Concord.Hub.Errors;
using Concord.Server.Auth;
using Concord.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Server.Coordination;

/// <summary>Coordination of a conjunction between its parties (the owners of its two objects):
/// acknowledgement, statements of intent and the decision of who moves (<see cref="ConjunctionCoordinationService"/>).</summary>
/// <remarks>
/// <para><c>POST /api/v1/conjunctions/{id}/acknowledge</c> (body optional: <c>{"comment"}</c>), analysts, officers and agency
/// administrators of a party: 201 with the new acknowledgement, 200 with the one that already counts at the event's
/// current risk level (nothing written).</para>
/// <para><c>POST /api/v1/conjunctions/{id}/intent</c> <c>{"intent": "will-mitigate|will-not-mitigate|undetermined",
/// "maneuverable": "yes|no|unknown", "comment"?, "object"?}</c>, analysts and officers of a party, for its own object
/// (<c>object</c> is required only when the party owns both): 201.</para>
/// <para><c>POST /api/v1/conjunctions/{id}/decision</c> <c>{"maneuveringObject": "NORAD"|null, "maneuverAt": ISO|null,
/// "planId": UUID|null, "summary"}</c>, officers of a party: 201 with the proposal (signed by the proposer; final at once
/// when one agency owns both objects). <c>POST /api/v1/conjunctions/{id}/decision/co-sign</c> <c>{"sha256"}</c> (required:
/// the content hash of the proposal the co-signer read; absent 422 <c>request.validation-failed</c> field <c>sha256</c>, different
/// from the current proposal 409 <c>decision.content-mismatch</c>), an officer of the other party: 200 with the co-signed
/// decision, which is then immutable (409 <c>decision.already-co-signed</c>).</para>
/// <para><c>GET /api/v1/conjunctions/{id}/coordination</c>, every reader the event is released to: the coordination
/// state (also the <c>coordination</c> field of <c>GET /api/v1/conjunctions/{id}</c>).</para>
/// <para>A caller whose agency is not a party gets 404 <c>conjunction.not-found</c> when the event is not released to it,
/// 403 <c>conjunction.not-a-party</c> when it is; a closed event is 409 <c>conjunction.closed</c>.</para>
/// </remarks>
internal static class ConjunctionCoordinationEndpoints
{
    public static RouteGroupBuilder MapConjunctionCoordination(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/v1/conjunctions").WithTags("Conjunctions").RequireAuthorization();
        group.MapPost("/{id:guid}/acknowledge", Acknowledge).RequireAuthorization(policy => policy
            .AddAuthenticationSchemes(HubClaims.Scheme).RequireRole(HubRoles.Analyst, HubRoles.Officer, HubRoles.AgencyAdmin));
        group.MapPost("/{id:guid}/intent", Intent).RequireAuthorization(HubPolicies.OfficerOrAnalyst);
        group.MapPost("/{id:guid}/decision", Propose).RequireAuthorization(HubPolicies.Officer);
        group.MapPost("/{id:guid}/decision/co-sign", CoSign).RequireAuthorization(HubPolicies.Officer);
        group.MapGet("/{id:guid}/coordination", Get).RequireAuthorization(HubPolicies.DataReader);
        return group;
    }

    private static async Task<Results<Created<AcknowledgementResponse>, Ok<AcknowledgementResponse>, ProblemHttpResult>> Acknowledge(
        Guid id, AcknowledgeRequest? request, ConjunctionCoordinationService coordination, HttpContext http, CancellationToken cancellationToken)
    {
        HubResult<CoordinationOutcome<ConjunctionAcknowledgement>> result = await coordination
            .AcknowledgeAsync(id, request?.Comment, http.User.ToActor(), cancellationToken).ConfigureAwait(false);
        if (!result.Success)
        {
            return HubProblems.From(result.Errors);
        }

        AcknowledgementResponse body = AcknowledgementResponse.From(result.Value.Value, valid: true);
        return result.Value.Created ? TypedResults.Created($"/api/v1/conjunctions/{id:D}/coordination", body) : TypedResults.Ok(body);
    }

    private static async Task<Results<Created<IntentResponse>, ProblemHttpResult>> Intent(
        Guid id, IntentRequest request, ConjunctionCoordinationService coordination, HttpContext http, CancellationToken cancellationToken)
    {
        HubResult<ConjunctionIntent> result = await coordination.StateIntentAsync(id,
            new NewIntent(request.Intent, request.Maneuverable, request.Comment, request.Object), http.User.ToActor(), cancellationToken)
            .ConfigureAwait(false);
        return result.Success
            ? TypedResults.Created($"/api/v1/conjunctions/{id:D}/coordination", IntentResponse.From(result.Value))
            : HubProblems.From(result.Errors);
    }

    private static async Task<Results<Created<DecisionResponse>, ProblemHttpResult>> Propose(
        Guid id, DecisionRequest request, ConjunctionCoordinationService coordination, HttpContext http, CancellationToken cancellationToken)
    {
        HubResult<ConjunctionDecision> result = await coordination.ProposeDecisionAsync(id,
            new NewDecision(request.ManeuveringObject, request.ManeuverAt, request.PlanId, request.Summary), http.User.ToActor(), cancellationToken)
            .ConfigureAwait(false);
        return result.Success
            ? TypedResults.Created($"/api/v1/conjunctions/{id:D}/coordination", DecisionResponse.From(result.Value))
            : HubProblems.From(result.Errors);
    }

    private static async Task<Results<Ok<DecisionResponse>, ProblemHttpResult>> CoSign(
        Guid id, CoSignRequest? request, ConjunctionCoordinationService coordination, HttpContext http, CancellationToken cancellationToken)
    {
        HubResult<ConjunctionDecision> result = await coordination.CoSignDecisionAsync(id, request?.Sha256, http.User.ToActor(), cancellationToken)
            .ConfigureAwait(false);
        return result.Success ? TypedResults.Ok(DecisionResponse.From(result.Value)) : HubProblems.From(result.Errors);
    }

    private static async Task<Results<Ok<CoordinationResponse>, ProblemHttpResult>> Get(
        Guid id, ConjunctionCoordinationService coordination, HttpContext http, CancellationToken cancellationToken)
    {
        ConjunctionCoordination? state = await coordination.GetAsync(id, http.User.ToActor(), cancellationToken).ConfigureAwait(false);
        return state is null
            ? HubProblems.From([HubError.Create(HubErrorCodes.ConjunctionNotFound, HubErrorKind.NotFound, $"Conjunction {id:D} was not found.", id.ToString("D"))])
            : TypedResults.Ok(CoordinationResponse.From(state));
    }

    private static string NoradId(int catalogNumber) => catalogNumber.ToString(CultureInfo.InvariantCulture);

    /// <summary>Body of <c>POST …/acknowledge</c> (optional).</summary>
    internal sealed record AcknowledgeRequest(string? Comment);

    /// <summary>Body of <c>POST …/intent</c>.</summary>
    internal sealed record IntentRequest(string? Intent, string? Maneuverable, string? Comment, string? Object);

    /// <summary>Body of <c>POST …/decision</c>.</summary>
    internal sealed record DecisionRequest(string? ManeuveringObject, string? ManeuverAt, string? PlanId, string? Summary);

    /// <summary>Body of <c>POST …/decision/co-sign</c>: the SHA-256 of the proposal read (required).</summary>
    internal sealed record CoSignRequest(string? Sha256);

    /// <summary>The coordination state of an event: per party (every party for a full viewer, the own one for a basic
    /// viewer), and the current decision's status for everyone, its content for full viewers only.</summary>
    internal sealed record CoordinationResponse(IReadOnlyList<PartyResponse> Parties, string? DecisionStatus, DecisionResponse? Decision)
    {
        public static CoordinationResponse From(ConjunctionCoordination state) =>
            new([.. state.Parties.Select(PartyResponse.From)], state.DecisionStatus?.ToWireName(),
                state.Decision is { } d ? DecisionResponse.From(d) : null);
    }

    /// <summary>One party's state: whether its acknowledgement counts at the current risk level, its latest
    /// acknowledgement, its escalation steps and its latest intent.</summary>
    internal sealed record PartyResponse(string? Agency, bool Acknowledged, AcknowledgementResponse? Acknowledgement,
        IReadOnlyList<EscalationResponse> Escalations, IntentResponse? Intent)
    {
        public static PartyResponse From(PartyCoordination party) =>
            new(party.Agency, party.Acknowledged,
                party.Acknowledgement is { } a ? AcknowledgementResponse.From(a, party.Acknowledged) : null,
                [.. party.Escalations.Select(EscalationResponse.From)],
                party.Intent is { } i ? IntentResponse.From(i) : null);
    }

    /// <summary>An acknowledgement; <c>valid</c> says whether it still counts (a raise of the risk level ends it).</summary>
    internal sealed record AcknowledgementResponse(Guid Id, string Agency, string RiskLevel, DateTimeOffset AcknowledgedAt, string Actor,
        string? Comment, bool Valid)
    {
        public static AcknowledgementResponse From(ConjunctionAcknowledgement a, bool valid) =>
            new(a.Id, a.Agency, a.RiskLevel.ToWireName(), a.AcknowledgedAt, a.Actor, a.Comment, valid);
    }

    /// <summary>An escalation step: 1 to the duty contacts (<c>recipients</c>), 2 to a role (<c>role</c>).</summary>
    internal sealed record EscalationResponse(int Step, DateTimeOffset EscalatedAt, DateTimeOffset LevelSince, IReadOnlyList<string> Recipients,
        string? Role)
    {
        public static EscalationResponse From(ConjunctionEscalation s) => new(s.Step, s.EscalatedAt, s.LevelSince, s.Recipients, s.Role);
    }

    /// <summary>A statement of intent.</summary>
    internal sealed record IntentResponse(Guid Id, string Agency, string Object, string Intent, string Maneuverable, string? Comment,
        string Actor, DateTimeOffset StatedAt)
    {
        public static IntentResponse From(ConjunctionIntent i) =>
            new(i.Id, i.Agency, NoradId(i.CatalogNumber), i.Intent.ToWireName(), i.Maneuverable.ToWireName(), i.Comment, i.Actor, i.StatedAt);
    }

    /// <summary>A decision with its signatures (the proposer's first) and the SHA-256 of its canonical content.</summary>
    internal sealed record DecisionResponse(Guid Id, string Status, string? ManeuveringObject, DateTimeOffset? ManeuverAt, Guid? PlanId,
        string Summary, string Sha256, IReadOnlyList<SignatureResponse> Signatures, DateTimeOffset? FinalAt)
    {
        public static DecisionResponse From(ConjunctionDecision d)
        {
            var signatures = new List<SignatureResponse> { new(d.ProposedBy, d.ProposedByActor, d.ProposedAt, "proposer") };
            if (d.CoSignedBy is { } agency && d.CoSignedByActor is { } actor && d.CoSignedAt is { } at)
            {
                signatures.Add(new SignatureResponse(agency, actor, at, "co-signer"));
            }

            return new(d.Id, d.Status.ToWireName(), d.ManeuveringCatalogNumber is { } n ? NoradId(n) : null, d.ManeuverAt, d.PlanId,
                d.Summary, d.ContentSha256, signatures, d.CoSignedAt);
        }
    }

    /// <summary>One signature of a decision (<c>proposer</c> or <c>co-signer</c>).</summary>
    internal sealed record SignatureResponse(string Agency, string Actor, DateTimeOffset SignedAt, string As);
}
