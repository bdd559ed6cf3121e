using Concord.Hub.Agreements;
using Concord.Hub.Errors;
using Concord.Hub.Release;
using Concord.Server.Auth;
using Concord.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Server.Agreements;

/// <summary><c>/api/v1/agreements</c>: proposing, signing, suspending, resuming and terminating data-sharing
/// agreements, and the release matrix they produce. The lifecycle and visibility rules are
/// <see cref="AgreementService"/>'s.</summary>
internal static class AgreementEndpoints
{
    public static RouteGroupBuilder MapAgreements(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/v1/agreements").WithTags("Agreements").RequireAuthorization();
        group.MapPost("/", Propose).RequireAuthorization(HubPolicies.Officer);
        group.MapGet("/", List);
        group.MapGet("/release-matrix", ReleaseMatrix).RequireAuthorization(HubPolicies.OfficerOrAnalyst);
        group.MapGet("/{id}", Get);
        group.MapPost("/{id}/sign", Sign).RequireAuthorization(HubPolicies.Officer);
        group.MapPost("/{id}/suspend", Suspend).RequireAuthorization(HubPolicies.Officer);
        group.MapPost("/{id}/resume", Resume).RequireAuthorization(HubPolicies.Officer);
        group.MapPost("/{id}/terminate", Terminate).RequireAuthorization(HubPolicies.Officer);
        return group;
    }

    private static async Task<Results<Created<AgreementResponse>, ProblemHttpResult>> Propose(
        ProposeAgreementRequest request, AgreementService agreements, TimeProvider time, HttpContext http,
        CancellationToken cancellationToken)
    {
        var proposal = new NewAgreement(
            request.Title ?? "",
            (request.Parties ?? []).Select(p => p ?? "").ToArray(),
            (request.Categories ?? []).Select(c => c ?? "").ToArray(),
            request.ObjectScope ?? "",
            request.ObjectIds?.Select(o => o ?? "").ToArray(),
            request.Conditions?.EmbargoMinutes,
            request.Conditions?.MinimumPc,
            request.Conditions?.ExpiresAt);
        HubResult<Agreement> result = await agreements.ProposeAsync(proposal, http.User.ToActor(), cancellationToken).ConfigureAwait(false);
        return result.Success
            ? TypedResults.Created($"/api/v1/agreements/{result.Value.Id:D}", AgreementResponse.From(result.Value, time.GetUtcNow()))
            : HubProblems.From(result.Errors);
    }

    private static async Task<Results<Ok<AgreementResponse[]>, ProblemHttpResult>> List(AgreementService agreements, TimeProvider time,
        HttpContext http, CancellationToken cancellationToken, string? after = null, int limit = Paging.DefaultLimit)
    {
        if (Paging.CheckLimit(limit) is { } badLimit)
        {
            return badLimit;
        }

        if (!Paging.TryParseIdCursor(after, out Guid? cursor, out ProblemHttpResult? badCursor))
        {
            return badCursor!;
        }

        IReadOnlyList<Agreement> visible = await agreements.ListAsync(http.User.ToActor(), cancellationToken).ConfigureAwait(false);
        DateTimeOffset now = time.GetUtcNow();
        return TypedResults.Ok(Paging.ById(http, visible, a => a.Id, cursor, limit).Select(a => AgreementResponse.From(a, now)).ToArray());
    }

    private static async Task<Results<Ok<AgreementResponse>, ProblemHttpResult>> Get(
        string id, AgreementService agreements, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out Guid agreementId))
        {
            return NotFound(id);
        }

        HubResult<Agreement> result = await agreements.FindAsync(agreementId, http.User.ToActor(), cancellationToken).ConfigureAwait(false);
        return result.Success ? TypedResults.Ok(AgreementResponse.From(result.Value, time.GetUtcNow())) : HubProblems.From(result.Errors);
    }

    private static Task<Results<Ok<AgreementResponse>, ProblemHttpResult>> Sign(
        string id, AgreementService agreements, TimeProvider time, HttpContext http, CancellationToken cancellationToken) =>
        ChangeAsync(id, agreements.SignAsync, time, http, cancellationToken);

    private static Task<Results<Ok<AgreementResponse>, ProblemHttpResult>> Suspend(
        string id, AgreementService agreements, TimeProvider time, HttpContext http, CancellationToken cancellationToken) =>
        ChangeAsync(id, agreements.SuspendAsync, time, http, cancellationToken);

    private static Task<Results<Ok<AgreementResponse>, ProblemHttpResult>> Resume(
        string id, AgreementService agreements, TimeProvider time, HttpContext http, CancellationToken cancellationToken) =>
        ChangeAsync(id, agreements.ResumeAsync, time, http, cancellationToken);

    private static Task<Results<Ok<AgreementResponse>, ProblemHttpResult>> Terminate(
        string id, AgreementService agreements, TimeProvider time, HttpContext http, CancellationToken cancellationToken) =>
        ChangeAsync(id, agreements.TerminateAsync, time, http, cancellationToken);

    private static async Task<Results<Ok<ReleaseMatrixResponse>, ProblemHttpResult>> ReleaseMatrix(
        AgreementService agreements, HttpContext http, CancellationToken cancellationToken)
    {
        HubResult<ReleaseMatrix> result = await agreements.ReleaseMatrixAsync(http.User.ToActor(), cancellationToken).ConfigureAwait(false);
        return result.Success ? TypedResults.Ok(ReleaseMatrixResponse.From(result.Value)) : HubProblems.From(result.Errors);
    }

    private static async Task<Results<Ok<AgreementResponse>, ProblemHttpResult>> ChangeAsync(string id,
        Func<Guid, Hub.Agencies.Actor, CancellationToken, Task<HubResult<Agreement>>> change, TimeProvider time, HttpContext http,
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out Guid agreementId))
        {
            return NotFound(id);
        }

        HubResult<Agreement> result = await change(agreementId, http.User.ToActor(), cancellationToken).ConfigureAwait(false);
        return result.Success ? TypedResults.Ok(AgreementResponse.From(result.Value, time.GetUtcNow())) : HubProblems.From(result.Errors);
    }

    // An identifier that is not a GUID names no agreement: the same 404 and code as an unknown or invisible one.
    private static ProblemHttpResult NotFound(string id) => HubProblems.From(
        [HubError.Create(HubErrorCodes.AgreementNotFound, HubErrorKind.NotFound, $"Agreement {id} was not found.", id)]);

    /// <summary>Body of <c>POST /api/v1/agreements</c>. Fields are nullable so that missing ones are reported together (422).</summary>
    internal sealed record ProposeAgreementRequest(
        string? Title,
        IReadOnlyList<string?>? Parties,
        IReadOnlyList<string?>? Categories,
        string? ObjectScope,
        IReadOnlyList<string?>? ObjectIds,
        ConditionsDto? Conditions);

    /// <summary>An agreement's conditions on the wire.</summary>
    internal sealed record ConditionsDto(int? EmbargoMinutes, double? MinimumPc, DateTimeOffset? ExpiresAt);

    /// <summary>A party and its signature on the wire.</summary>
    internal sealed record PartyDto(string Agency, bool Signed, DateTimeOffset? SignedAt);

    /// <summary>An agreement on the wire. <see cref="Status"/> is the status now (<c>expired</c> is computed);
    /// <see cref="ObjectIds"/> is <see langword="null"/> unless the scope is <c>list</c>.</summary>
    internal sealed record AgreementResponse(
        string Id,
        string Title,
        string Status,
        IReadOnlyList<PartyDto> Parties,
        IReadOnlyList<string> Categories,
        string ObjectScope,
        IReadOnlyList<string>? ObjectIds,
        ConditionsDto Conditions,
        string ProposedBy,
        DateTimeOffset CreatedAt,
        DateTimeOffset UpdatedAt,
        DateTimeOffset? ActivatedAt,
        DateTimeOffset? SuspendedAt,
        string? SuspendedBy,
        DateTimeOffset? TerminatedAt,
        string? TerminatedBy)
    {
        public static AgreementResponse From(Agreement agreement, DateTimeOffset now) => new(
            agreement.Id.ToString("D"),
            agreement.Title,
            agreement.StatusAt(now).ToWireName(),
            agreement.Parties.Select(p => new PartyDto(p.AgencyCode, p.IsSigned, p.SignedAt)).ToArray(),
            agreement.Categories.Select(c => c.ToWireName()).ToArray(),
            agreement.ObjectScope.ToWireName(),
            agreement.ObjectScope == Hub.Agreements.ObjectScope.List
                ? agreement.ObjectIds.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray()
                : null,
            new ConditionsDto(agreement.EmbargoMinutes, agreement.MinimumPc, agreement.ExpiresAt),
            agreement.ProposedBy,
            agreement.CreatedAt,
            agreement.UpdatedAt,
            agreement.ActivatedAt,
            agreement.SuspendedAt,
            agreement.SuspendedBy,
            agreement.TerminatedAt,
            agreement.TerminatedBy);
    }

    /// <summary>What one agreement lets flow, on the wire.</summary>
    internal sealed record FlowDto(string AgreementId, string Title, IReadOnlyList<string> Categories, string ObjectScope,
        int EmbargoMinutes, DateTimeOffset? ExpiresAt)
    {
        public static FlowDto From(AgreementFlow flow) => new(flow.AgreementId.ToString("D"), flow.Title,
            flow.Categories.Select(c => c.ToWireName()).ToArray(), flow.ObjectScope.ToWireName(), flow.EmbargoMinutes, flow.ExpiresAt);
    }

    /// <summary>One partner's row of the release matrix on the wire.</summary>
    internal sealed record PartnerDto(string Agency, IReadOnlyList<FlowDto> Outgoing, IReadOnlyList<FlowDto> Incoming);

    /// <summary><c>GET /api/v1/agreements/release-matrix</c>: for the caller's agency, what flows to (<c>outgoing</c>) and
    /// from (<c>incoming</c>) each partner under active agreements.</summary>
    internal sealed record ReleaseMatrixResponse(string Agency, DateTimeOffset At, IReadOnlyList<PartnerDto> Partners)
    {
        public static ReleaseMatrixResponse From(ReleaseMatrix matrix) => new(matrix.Agency, matrix.At,
            matrix.Partners.Select(p => new PartnerDto(p.Agency, p.Outgoing.Select(FlowDto.From).ToArray(),
                p.Incoming.Select(FlowDto.From).ToArray())).ToArray());
    }
}
