using System.Text;
using Concord.Astro.Time;
using Concord.Hub.Errors;
using Concord.Hub.ManeuverPlans;
using Concord.Server.Auth;
using Concord.Server.Problems;
using Concord.Server.Catalog;
using Concord.Server.Conjunctions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Concord.Server.ManeuverPlans;

/// <summary><c>/api/v1/conjunctions/{id}/maneuver-plans</c>: planned ephemerides of the two parties to a conjunction
/// event, screened by the hub before the burn (<see cref="ManeuverPlanService"/>).</summary>
/// <remarks>
/// <para><c>POST</c> (analysts and officers of the owner of one of the event's objects; other roles 403): body an OEM of
/// one segment in KVN or XML, <c>Content-Type</c> <c>text/plain</c> or <c>application/xml</c> (charset UTF-8 or
/// US-ASCII when given; 415 otherwise). 201 with the plan and its screening. 404 <c>conjunction.not-found</c> when the
/// event is not released to the caller; 403 <c>plan.not-party</c> when it is but the caller owns neither object; 422
/// <c>plan.invalid-content</c> (every diagnostic under <c>diagnostics</c>), <c>plan.wrong-object</c> or
/// <c>plan.does-not-cover-tca</c>, and nothing is stored.</para>
/// <para><c>GET</c> (readers; auditors 403): the plans, oldest first. <c>detail</c> <c>full</c> (own agency's plans, and
/// the other party's when an agreement entitles the caller): with <c>oem</c>, the planned OEM in KVN; <c>basic</c>:
/// metadata and screening only. <c>GET .../maneuver-plans/{planId}/oem</c>: the OEM as <c>text/plain</c>, 403
/// <c>conjunction.detail-withheld</c> for a basic viewer, 404 <c>plan.not-found</c>.</para>
/// </remarks>
internal static class ManeuverPlanEndpoints
{
    private static readonly string[] s_mediaTypes = ["text/plain", "application/xml"];
    private static readonly string[] s_charsets = ["utf-8", "utf8", "us-ascii"];

    public static RouteGroupBuilder MapManeuverPlans(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/v1/conjunctions/{id:guid}/maneuver-plans").WithTags("Conjunctions");
        group.MapPost("/", Submit).RequireAuthorization(HubPolicies.OfficerOrAnalyst);
        group.MapGet("/", List).RequireAuthorization(HubPolicies.DataReader);
        group.MapGet("/{planId:guid}/oem", Oem).RequireAuthorization(HubPolicies.DataReader);
        return group;
    }

    private static async Task<Results<Created<ManeuverPlanResponse>, ProblemHttpResult>> Submit(
        Guid id, HttpContext http, ManeuverPlanService plans, CancellationToken cancellationToken)
    {
        string? contentType = http.Request.ContentType;
        if (!IsAccepted(contentType))
        {
            return HubProblems.Create(StatusCodes.Status415UnsupportedMediaType, HubErrorCodes.UnsupportedMediaType, "Unsupported media type",
                $"Content type {contentType ?? "(none)"} is not accepted here.");
        }

        string text;
        using (var reader = new StreamReader(http.Request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }

        ManeuverPlanResult result = await plans.SubmitAsync(http.User.ToActor(), id, text, cancellationToken).ConfigureAwait(false);
        if (!result.Success)
        {
            HubError error = result.Errors[0];
            return error.Code == HubErrorCodes.ManeuverPlanInvalidContent
                ? HubProblems.Create(StatusCodes.Status422UnprocessableEntity, error.Code, "Invalid message", error.Message,
                    new Dictionary<string, object?> { ["diagnostics"] = result.Diagnostics.Select(SubmissionEndpoints.DiagnosticDto.From).ToArray() })
                : HubProblems.From(result.Errors);
        }

        ManeuverPlanResponse response = ManeuverPlanResponse.From(new ReleasedManeuverPlan(result.Plan!, result.Screening!, Full: true), withOem: false);
        return TypedResults.Created(response.OemUrl, response);
    }

    private static async Task<Results<Ok<ManeuverPlanResponse[]>, ProblemHttpResult>> List(
        Guid id, HttpContext http, ManeuverPlanService plans, CancellationToken cancellationToken, string? after = null,
        int limit = Paging.DefaultLimit)
    {
        if (Paging.CheckLimit(limit) is { } badLimit)
        {
            return badLimit;
        }

        if (!Paging.TryParseIdCursor(after, out Guid? cursor, out ProblemHttpResult? badCursor))
        {
            return badCursor!;
        }

        IReadOnlyList<ReleasedManeuverPlan>? found = await plans.ListAsync(http.User.ToActor(), id, cancellationToken).ConfigureAwait(false);
        return found is null
            ? NotFound(id)
            : TypedResults.Ok(Paging.ById(http, found, p => p.Plan.Id, cursor, limit).Select(p => ManeuverPlanResponse.From(p, withOem: true)).ToArray());
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Oem(
        Guid id, Guid planId, HttpContext http, ManeuverPlanService plans, CancellationToken cancellationToken)
    {
        IReadOnlyList<ReleasedManeuverPlan>? found = await plans.ListAsync(http.User.ToActor(), id, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return NotFound(id);
        }

        if (found.FirstOrDefault(p => p.Plan.Id == planId) is not { } plan)
        {
            return HubProblems.From([HubError.Create(HubErrorCodes.ManeuverPlanNotFound, HubErrorKind.NotFound,
                $"Maneuver plan {planId:D} was not found.", planId.ToString("D"))]);
        }

        if (!plan.Full)
        {
            return HubProblems.From([HubError.Create(HubErrorCodes.ConjunctionDetailWithheld, HubErrorKind.Forbidden,
                $"Conjunction {id:D}: the planned ephemeris of {plan.Plan.Agency} is not released to the caller.", id.ToString("D"))]);
        }

        http.Response.Headers.ContentDisposition = $"attachment; filename=\"maneuver-plan-{planId:D}.oem\"";
        return TypedResults.Text(plan.Plan.OemKvn, ConjunctionCdmEndpoints.KvnMediaType);
    }

    private static ProblemHttpResult NotFound(Guid id) =>
        HubProblems.From([HubError.Create(HubErrorCodes.ConjunctionNotFound, HubErrorKind.NotFound, $"Conjunction {id:D} was not found.", id.ToString("D"))]);

    private static bool IsAccepted(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? parsed))
        {
            return false;
        }

        string? charset = parsed.Charset.HasValue ? parsed.Charset.ToString().Trim('"') : null;
        return s_mediaTypes.Contains(parsed.MediaType.ToString(), StringComparer.OrdinalIgnoreCase)
            && (charset is null || s_charsets.Contains(charset, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>A plan as a caller sees it: <c>oem</c> (the planned OEM in KVN) only in a full list entry, <c>oemUrl</c>
    /// only when the caller may fetch it.</summary>
    internal sealed record ManeuverPlanResponse(
        Guid Id,
        Guid EventId,
        string Detail,
        string Object,
        string UploadedBy,
        DateTimeOffset UploadedAt,
        string UseableStart,
        string UseableStop,
        ManeuverPlanScreening Screening,
        string? OemUrl,
        string? Oem)
    {
        public static ManeuverPlanResponse From(ReleasedManeuverPlan released, bool withOem)
        {
            ManeuverPlan p = released.Plan;
            return new ManeuverPlanResponse(p.Id, p.EventId, released.Full ? "full" : "basic",
                p.CatalogNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Agency, p.UploadedAt,
                p.UseableStart.ToIsoString(TimeScale.Utc, 3), p.UseableStop.ToIsoString(TimeScale.Utc, 3), released.Screening,
                released.Full ? $"/api/v1/conjunctions/{p.EventId:D}/maneuver-plans/{p.Id:D}/oem" : null,
                released.Full && withOem ? p.OemKvn : null);
        }
    }
}
