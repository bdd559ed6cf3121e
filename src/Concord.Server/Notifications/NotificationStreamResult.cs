using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Concord.Hub.Agencies;
using Concord.Hub.Notifications;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Concord.Server.Notifications;

/// <summary>Writes the notifications released to one viewer as Server-Sent Events (WHATWG HTML Living Standard,
/// §9.2 "Server-sent events"), from a cursor, until the client disconnects or the server stops.</summary>
/// <remarks>
/// <para>Each notification is one event: <c>id: &lt;sequence&gt;</c>, <c>event: &lt;kind&gt;</c> and one <c>data:</c>
/// line with the <see cref="NotificationMessage"/> JSON, then a blank line. A comment line <c>: keep-alive</c> is written
/// after <see cref="KeepAliveInterval"/> without events, so that proxies keep the connection open.</para>
/// <para>Every read takes a fresh DI scope (a fresh <see cref="Hub.Storage.HubDbContext"/>): a stream may stay open for
/// hours. Between reads the stream waits for <see cref="NotificationSignal"/> (pulsed after each commit) or
/// <see cref="PollInterval"/>, whichever is first.</para>
/// <para>Every <see cref="CredentialCheckInterval"/> the stream re-reads its key (and its console session, when it was
/// opened with one) and ends when the key is revoked or expired or the session was signed out: a revoked key's open
/// stream ends within about two seconds (threat model invariant 4).</para>
/// </remarks>
internal sealed class NotificationStreamResult(Actor viewer, long afterSequence, Guid? sessionId = null) : IResult
{
    /// <summary>Longest time between two checks of the stream's key and session.</summary>
    public static readonly TimeSpan CredentialCheckInterval = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between two reads of the outbox when no commit is signalled.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>Longest time without a line written.</summary>
    public static readonly TimeSpan KeepAliveInterval = TimeSpan.FromSeconds(15);

    private static readonly byte[] s_keepAlive = Encoding.UTF8.GetBytes(": keep-alive\n\n");

    /// <summary>The content type of the stream.</summary>
    public const string ContentType = "text/event-stream";

    /// <inheritdoc/>
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        IServiceProvider services = httpContext.RequestServices;
        IServiceScopeFactory scopes = services.GetRequiredService<IServiceScopeFactory>();
        NotificationSignal signal = services.GetRequiredService<NotificationSignal>();
        JsonSerializerOptions json = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        IHostApplicationLifetime lifetime = services.GetRequiredService<IHostApplicationLifetime>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted, lifetime.ApplicationStopping);
        CancellationToken cancellationToken = stop.Token;

        HttpResponse response = httpContext.Response;
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no"; // nginx: do not buffer the stream
        long cursor = afterSequence;
        var quiet = Stopwatch.StartNew();
        Stopwatch? sinceCheck = null;
        try
        {
            await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false); // headers now: the client knows it is connected
            while (!cancellationToken.IsCancellationRequested)
            {
                Task pulse = signal.NextPulse; // before reading: a commit during the read wakes the next wait
                NotificationPage page;
                await using (AsyncServiceScope scope = scopes.CreateAsyncScope())
                {
                    if (sinceCheck is null || sinceCheck.Elapsed >= CredentialCheckInterval)
                    {
                        if (!await CredentialsStandAsync(scope.ServiceProvider, cancellationToken).ConfigureAwait(false))
                        {
                            return; // revoked, expired or signed out: the response ends here
                        }

                        sinceCheck = Stopwatch.StartNew();
                    }

                    NotificationFeed feed = scope.ServiceProvider.GetRequiredService<NotificationFeed>();
                    page = await feed.ReadAsync(viewer, cursor, NotificationFeed.MaxPageSize, cancellationToken).ConfigureAwait(false);
                }

                if (page.Released.Count > 0)
                {
                    await response.Body.WriteAsync(Format(page.Released, json), cancellationToken).ConfigureAwait(false);
                    await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
                    quiet.Restart();
                }

                bool advanced = page.Cursor != cursor;
                cursor = page.Cursor;
                if (advanced)
                {
                    continue; // a full page may have more behind it
                }

                if (quiet.Elapsed >= KeepAliveInterval)
                {
                    await response.Body.WriteAsync(s_keepAlive, cancellationToken).ConfigureAwait(false);
                    await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
                    quiet.Restart();
                }

                TimeSpan untilKeepAlive = KeepAliveInterval - quiet.Elapsed;
                TimeSpan wait = untilKeepAlive <= TimeSpan.Zero ? TimeSpan.Zero : untilKeepAlive < PollInterval ? untilKeepAlive : PollInterval;
                await Task.WhenAny(pulse, Task.Delay(wait, cancellationToken)).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away or the server is stopping: the stream simply ends; the client resumes with Last-Event-ID.
        }
    }

    /// <summary>Whether the stream's key is still active and its console session (if any) still open.</summary>
    private async Task<bool> CredentialsStandAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (viewer.KeyId is not { } keyId)
        {
            return false;
        }

        (ApiKeyStatus status, _) = await services.GetRequiredService<ApiKeyService>()
            .CheckAsync(keyId, recordUse: false, cancellationToken).ConfigureAwait(false);
        return status == ApiKeyStatus.Active
            && (sessionId is not { } session
                || await services.GetRequiredService<WebSessionService>().IsOpenAsync(session, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The SSE text of a batch of notifications (UTF-8).</summary>
    internal static byte[] Format(IReadOnlyList<ReleasedNotification> released, JsonSerializerOptions json)
    {
        var text = new StringBuilder();
        foreach (ReleasedNotification r in released)
        {
            NotificationMessage message = NotificationMessage.From(r);
            // Serialised JSON has no raw line breaks (they are escaped in strings), so one data line is enough.
            text.Append(CultureInfo.InvariantCulture, $"id: {message.Sequence}\n")
                .Append(CultureInfo.InvariantCulture, $"event: {message.Kind}\n")
                .Append("data: ").Append(JsonSerializer.Serialize(message, json)).Append("\n\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
