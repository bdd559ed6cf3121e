using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Cdm;
using Concord.Formats.Diagnostics;
using Concord.Hub.Conjunctions;
using Concord.Hub.Errors;
using Concord.Server.Auth;
using Concord.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Server.Conjunctions;

/// <summary><c>GET /api/v1/conjunctions/{id}/cdm[?format=kvn|xml&amp;update=UPDATE_ID]</c>: the CCSDS 508.0-B-1
/// Conjunction Data Message of the event's latest update (or of the given update), which the hub's screening wrote with
/// it (built on request from the update's typed assessment). Analysts, officers, agency and hub administrators; auditors 403.</summary>
/// <remarks>
/// <para>KVN (the default) is <c>text/plain; charset=utf-8</c>; XML is <c>application/xml</c>, written by
/// <see cref="CdmWriter"/> from the same message, so the two agree. Both come as an attachment (<c>Content-Disposition</c>) named
/// <c>conjunction-{id}-{updateId}.cdm</c> or <c>.xml</c>.</para>
/// <para>A CDM carries the other object's state and covariance, so only a viewer that receives the full event gets it:
/// a basic warning is 403 <c>conjunction.detail-withheld</c>. An event that does not exist or is not released is 404
/// <c>conjunction.not-found</c>; an unknown update, or one stored before the hub wrote CDMs, 404
/// <c>conjunction.cdm-not-found</c>; a bad <c>format</c> or <c>update</c> 400 <c>request.invalid-query</c>.</para>
/// </remarks>
internal static class ConjunctionCdmEndpoints
{
    /// <summary>Media type of a CDM in KVN.</summary>
    public const string KvnMediaType = "text/plain; charset=utf-8";

    /// <summary>Media type of a CDM in XML.</summary>
    public const string XmlMediaType = "application/xml";

    public static RouteGroupBuilder MapConjunctionCdms(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/v1/conjunctions").WithTags("Conjunctions").RequireAuthorization(HubPolicies.DataReader);
        group.MapGet("/{id:guid}/cdm", Get);
        return group;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Get(
        Guid id, ConjunctionService conjunctions, HttpContext http, CancellationToken cancellationToken, string? format = null, string? update = null)
    {
        bool xml;
        switch (format)
        {
            case null or "kvn":
                xml = false;
                break;
            case "xml":
                xml = true;
                break;
            default:
                return HubProblems.InvalidQuery("format", "must be kvn or xml");
        }

        Guid? updateId = null;
        if (update is not null)
        {
            if (!Guid.TryParse(update, out Guid parsed))
            {
                return HubProblems.InvalidQuery("update", "must be an update id");
            }

            updateId = parsed;
        }

        HubResult<ReleasedCdm> found = await conjunctions.GetCdmAsync(http.User.ToActor(), id, updateId, cancellationToken).ConfigureAwait(false);
        if (!found.Success)
        {
            return HubProblems.From(found.Errors);
        }

        ConjunctionUpdate chosen = found.Value.Update;
        string text = xml ? ToXml(found.Value.Message) : found.Value.Kvn;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"conjunction-{id:D}-{chosen.Id:D}.{(xml ? "xml" : "cdm")}\"";
        return TypedResults.Text(text, xml ? XmlMediaType : KvnMediaType);
    }

    /// <summary>The XML of a CDM whose KVN was written (the same message, so the writer accepts it).</summary>
    public static string ToXml(Cdm message)
    {
        WriteResult written = CdmWriter.Write(message, CcsdsFormat.Xml);
        return written.Text ?? throw new InvalidOperationException("A CDM written in KVN can be written in XML.");
    }
}
