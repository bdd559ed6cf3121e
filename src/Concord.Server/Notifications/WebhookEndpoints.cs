using Concord.Hub.Agencies;
using Concord.Hub.Notifications;
using Concord.Server.Auth;
using Concord.Server.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Server.Notifications;

/// <summary><c>/api/v1/webhooks</c>: the caller's agency's webhooks. Agency administrators only, of their own agency
/// (another agency's webhooks are 404 <c>webhook.not-found</c>); every other role 403.</summary>
/// <remarks>
/// <para><c>POST</c> <c>{"url": "https://…", "description"?}</c> → 201 with the <c>secret</c>, shown only then (422
/// <c>webhook.invalid-url</c>, <c>webhook.forbidden-destination</c>, <c>webhook.invalid-description</c>; 409
/// <c>webhook.limit-reached</c>). <c>GET</c> lists them with their delivery state, never
/// the secret. <c>DELETE /{id}</c> → 204. A new webhook receives the notifications committed after its creation.</para>
/// <para>Delivery (<see cref="WebhookDeliveryWorker"/>): one <c>POST</c> per notification, in order, body = the
/// <see cref="NotificationMessage"/> JSON, headers <c>Concord-Event-Id</c> (the notification UUID: the idempotency key),
/// <c>Concord-Timestamp</c> (Unix seconds) and <c>Concord-Signature: sha256=&lt;hex HMAC-SHA256(secret, timestamp + "." +
/// body)&gt;</c> (<see cref="WebhookSignature"/>). At least once: a 2xx moves the cursor; anything else retries the same
/// notification with exponential backoff (1 s doubling, at most 5 min).</para>
/// <para>Destinations (<see cref="WebhookDestinationPolicy"/>, settings in <see cref="WebhookOptions"/>): https only
/// unless <c>Concord:Webhooks:AllowHttp</c>; a literal loopback, private, link-local, multicast, unspecified or reserved
/// address is 422 <c>webhook.forbidden-destination</c> unless inside <c>Concord:Webhooks:AllowedNetworks</c>, and a host
/// name is resolved and checked when connecting (<see cref="WebhookConnector"/>), a refusal being a failed delivery with
/// the error <c>unreachable</c>. Redirects are not followed. At most <c>Concord:Webhooks:MaxPerAgency</c> (10) per agency
/// (409 <c>webhook.limit-reached</c>). Stored delivery errors are <c>HTTP &lt;status&gt;</c> or <c>unreachable</c>, never
/// the network's own words.</para>
/// </remarks>
internal static class WebhookEndpoints
{
    public static RouteGroupBuilder MapWebhooks(this IEndpointRouteBuilder app)
    {
        AuthorizationPolicy agencyAdmin = new AuthorizationPolicyBuilder(HubClaims.Scheme).RequireRole(HubRoles.AgencyAdmin).Build();
        RouteGroupBuilder group = app.MapGroup("/api/v1/webhooks").WithTags("Webhooks").RequireAuthorization(agencyAdmin);
        group.MapPost("/", Create);
        group.MapGet("/", List);
        group.MapDelete("/{id:guid}", Delete);
        return group;
    }

    private static async Task<Results<Created<CreatedWebhookResponse>, ProblemHttpResult>> Create(
        CreateWebhookRequest request, WebhookService webhooks, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await webhooks.CreateAsync(http.User.ToActor(), request.Url, request.Description, cancellationToken).ConfigureAwait(false);
        if (!result.Success)
        {
            return HubProblems.From(result.Errors);
        }

        Webhook w = result.Value.Webhook;
        // The secret leaves the hub here, once.
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created($"/api/v1/webhooks/{w.Id:D}",
            new CreatedWebhookResponse(w.Id, w.Url, w.Description, w.CreatedAt, result.Value.Secret));
    }

    private static async Task<Results<Ok<WebhookResponse[]>, ProblemHttpResult>> List(
        WebhookService webhooks, HttpContext http, CancellationToken cancellationToken, string? after = null, int limit = Paging.DefaultLimit)
    {
        if (Paging.CheckLimit(limit) is { } badLimit)
        {
            return badLimit;
        }

        if (!Paging.TryParseIdCursor(after, out Guid? cursor, out ProblemHttpResult? badCursor))
        {
            return badCursor!;
        }

        var result = await webhooks.ListAsync(http.User.ToActor(), cancellationToken).ConfigureAwait(false);
        return result.Success
            ? TypedResults.Ok(Paging.ById(http, result.Value, w => w.Id, cursor, limit).Select(WebhookResponse.From).ToArray())
            : HubProblems.From(result.Errors);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, WebhookService webhooks, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await webhooks.DeleteAsync(http.User.ToActor(), id, cancellationToken).ConfigureAwait(false);
        return result.Success ? TypedResults.NoContent() : HubProblems.From(result.Errors);
    }

    /// <summary>Body of <c>POST /api/v1/webhooks</c>.</summary>
    internal sealed record CreateWebhookRequest(string? Url, string? Description);

    /// <summary>A new webhook; <see cref="Secret"/> is shown only in this response.</summary>
    internal sealed record CreatedWebhookResponse(Guid Id, string Url, string? Description, DateTimeOffset CreatedAt, string Secret);

    /// <summary>A webhook with its delivery state (never its secret).</summary>
    internal sealed record WebhookResponse(
        Guid Id,
        string Url,
        string? Description,
        DateTimeOffset CreatedAt,
        long LastDeliveredSequence,
        DateTimeOffset? LastAttemptAt,
        string? LastError,
        int ConsecutiveFailures,
        DateTimeOffset? NextAttemptAt)
    {
        public static WebhookResponse From(Webhook w) => new(w.Id, w.Url, w.Description, w.CreatedAt, w.LastDeliveredSequence,
            w.LastAttemptAt, w.LastError, w.ConsecutiveFailures, w.NextAttemptAt);
    }
}
