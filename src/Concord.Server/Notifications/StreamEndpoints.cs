using System.Globalization;
using Concord.Hub.Notifications;
using Concord.Server.Auth;
using Concord.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Server.Notifications;

/// <summary><c>GET /api/v1/stream</c>: the caller's live notifications as Server-Sent Events (<c>text/event-stream</c>).
/// Analysts, officers, agency and hub administrators; auditors 403.</summary>
/// <remarks>
/// <para>Each notification whose conjunction the release policy releases to the caller (and, when the notification is
/// addressed to one agency, only to that agency's keys) is one event:</para>
/// <code>
/// id: &lt;sequence&gt;
/// event: &lt;kind&gt;
/// data: {"id":"&lt;uuid&gt;","sequence":n,"kind":"…","eventId":"&lt;uuid&gt;","riskLevel":"…","createdAt":"…","conjunction":{…}}
/// </code>
/// <para>where <c>conjunction</c> is the event as <c>GET /api/v1/conjunctions/{id}</c> returns it to the caller (full or
/// basic), without history. Withheld notifications are skipped silently. The stream resumes after the sequence in the
/// <c>Last-Event-ID</c> header (or the <c>lastEventId</c> query parameter, for clients that cannot set headers);
/// without one it starts after the newest notification, sending only new ones. A malformed one is 400
/// <c>request.invalid-query</c> before the stream starts. One key may hold <c>Concord:Stream:MaxPerKey</c> (5) streams open
/// at once; the next is 429 <c>stream.too-many</c> (<see cref="Hosting.HubRateLimits"/>). Hub-level keys see no events (as in the conjunction routes);
/// their stream carries only keep-alive comments. The stream ends within about two seconds of its key being revoked
/// or expiring, or of its console session being signed out.</para>
/// </remarks>
internal static class StreamEndpoints
{
    /// <summary>The header an SSE client sends when it reconnects (WHATWG HTML §9.2).</summary>
    public const string LastEventIdHeader = "Last-Event-ID";

    public static RouteHandlerBuilder MapStream(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/stream", Stream)
            .WithTags("Notifications")
            .RequireAuthorization(HubPolicies.DataReader)
            .RequireRateLimiting(Hosting.HubRateLimits.StreamPolicyName) // Concord:Stream:MaxPerKey open streams per key
            .Produces(StatusCodes.Status200OK, contentType: NotificationStreamResult.ContentType);

    private static async Task<Results<NotificationStreamResult, ProblemHttpResult>> Stream(
        HttpContext http, NotificationFeed feed, CancellationToken cancellationToken,
        [FromHeader(Name = LastEventIdHeader)] string? lastEventIdHeader = null, string? lastEventId = null)
    {
        string? resumeFrom = lastEventIdHeader ?? lastEventId;
        long cursor;
        if (resumeFrom is null)
        {
            cursor = await feed.NewestSequenceAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (!long.TryParse(resumeFrom, NumberStyles.None, CultureInfo.InvariantCulture, out cursor))
        {
            return HubProblems.InvalidQuery(lastEventIdHeader is null ? "lastEventId" : LastEventIdHeader,
                "must be the id of a received event (a non-negative integer)");
        }

        return new NotificationStreamResult(http.User.ToActor(), cursor, http.User.ToSessionId());
    }
}
