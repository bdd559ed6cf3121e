using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Concord.Hub.Notifications;
using Concord.Server.Health;
using Concord.Server.Hosting;
using Concord.Server.Telemetry;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Concord.Server.Notifications;

/// <summary>Delivers the notification outbox to the agencies' webhooks (<see cref="WebhookEndpoints"/> documents the
/// protocol): wakes on <see cref="NotificationSignal"/> or every <see cref="WebhookOptions.PollSeconds"/>, and in each
/// pass starts a delivery for every due webhook that has none running: each webhook is sent its pending notifications in
/// order, independently of the others, so a slow or unreachable receiver delays only itself.</summary>
/// <remarks>At least once: <see cref="WebhookDeliveryService.RecordDeliveredAsync"/> runs only after a 2xx, so a crash
/// after sending re-sends. A failure stops that webhook's delivery; <see cref="WebhookRules.Backoff"/> says when it is
/// tried again.</remarks>
internal sealed partial class WebhookDeliveryWorker(
    IServiceScopeFactory scopes,
    NotificationSignal signal,
    IHttpClientFactory httpClients,
    IOptions<JsonOptions> json,
    WebhookOptions options,
    WebhookDestinationPolicy policy,
    IWebhookSecretProtector secrets,
    TimeProvider time,
    HubTelemetry telemetry,
    HubJobLeader leader,
    ILogger<WebhookDeliveryWorker> logger) : BackgroundService, IHubWorker
{
    public string WorkerName => "webhooks";

    public bool WorkerEnabled => options.Enabled;

    /// <summary>How often, at most, a delivery records its progress while it sends a page.</summary>
    private static readonly TimeSpan s_recordEvery = TimeSpan.FromSeconds(1);

    /// <summary>Most notifications one webhook is sent in one delivery.</summary>
    private const int PageSize = 100;

    /// <summary>The webhooks with a delivery running, and that delivery.</summary>
    private readonly ConcurrentDictionary<Guid, Task> _running = new();

    /// <summary>Completed when a delivery moved its cursor (there may be more to send at once).</summary>
    private TaskCompletionSource _progressed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The idempotency key header: the notification's UUID.</summary>
    public const string EventIdHeader = "Concord-Event-Id";

    /// <summary>The signing time header: Unix seconds.</summary>
    public const string TimestampHeader = "Concord-Timestamp";

    /// <summary>The signature header: <c>sha256=&lt;hex&gt;</c> (<see cref="WebhookSignature.Sign"/>).</summary>
    public const string SignatureHeader = "Concord-Signature";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Enabled ? leader.RunAsync(HubJobLeader.WebhookDelivery, RunAsync, stoppingToken) : Task.CompletedTask;

    // Runs while this process leads webhook delivery.
    private async Task RunAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            return;
        }

        TimeSpan poll = TimeSpan.FromSeconds(options.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            // Both taken before the pass: a commit or a delivery's progress during it starts the next pass at once.
            Task pulse = signal.NextPulse;
            TaskCompletionSource progressed = Volatile.Read(ref _progressed);
            try
            {
                await PassAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // A failed pass (database unavailable…) must not stop delivery: the next pass tries again.
                LogPassFailed(ex);
            }

            await Task.WhenAny(pulse, progressed.Task, Task.Delay(poll, stoppingToken)).ConfigureAwait(false);
            if (progressed.Task.IsCompleted)
            {
                Interlocked.CompareExchange(ref _progressed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), progressed);
            }
        }

        await Task.WhenAll(_running.Values).ConfigureAwait(false); // they end at the cancellation
    }

    /// <summary>Starts a delivery for every due webhook that has none running.</summary>
    private async Task PassAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<Webhook> due;
        await using (AsyncServiceScope scope = scopes.CreateAsyncScope())
        {
            due = await scope.ServiceProvider.GetRequiredService<WebhookDeliveryService>().DueAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (Webhook webhook in due)
        {
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!_running.TryAdd(webhook.Id, start.Task))
            {
                continue; // still delivering from an earlier pass
            }

            _running[webhook.Id] = RunAsync(webhook, start.Task, cancellationToken);
            start.SetResult(); // only now may the delivery finish and remove itself
        }
    }

    /// <summary>One delivery of one webhook, removed from the running ones when done; never throws.</summary>
    private async Task RunAsync(Webhook webhook, Task start, CancellationToken cancellationToken)
    {
        await start.ConfigureAwait(false);
        try
        {
            if (await DeliverAsync(webhook, cancellationToken).ConfigureAwait(false))
            {
                Volatile.Read(ref _progressed).TrySetResult();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The server is stopping; the cursor is where the last 2xx left it.
        }
        catch (Exception ex)
        {
            LogPassFailed(ex);
        }
        finally
        {
            _running.TryRemove(webhook.Id, out _);
        }
    }

    /// <summary>Sends one webhook its next page of notifications, stopping at the first failure.</summary>
    /// <remarks>The cursor is recorded (a write under the hub's write gate) at most every <see cref="s_recordEvery"/>,
    /// at the end of the page and before a failure is recorded, not after every POST: under load the gate is busy, and
    /// one write per notification held deliveries back (the load test in bench/). A crash may therefore send again what
    /// was sent since the last record: delivery is at least once, and receivers drop repeats by
    /// <c>Concord-Event-Id</c>. A webhook deleted meanwhile is noticed at the next record.</remarks>
    private async Task<bool> DeliverAsync(Webhook due, CancellationToken cancellationToken)
    {
        await using AsyncServiceScope scope = scopes.CreateAsyncScope();
        WebhookDeliveryService deliveries = scope.ServiceProvider.GetRequiredService<WebhookDeliveryService>();
        // Read again now that this delivery is the only one of the webhook: the pass's list may predate the cursor
        // recorded by a delivery that ended since.
        if (await deliveries.CurrentAsync(due.Id, cancellationToken).ConfigureAwait(false) is not { } webhook)
        {
            return false; // deleted meanwhile
        }

        if (webhook.NextAttemptAt is { } next && next > time.GetUtcNow())
        {
            return false; // a delivery that ended since failed: its backoff holds
        }

        NotificationPage page = await deliveries.PendingAsync(webhook, PageSize, cancellationToken).ConfigureAwait(false);
        long cursor = webhook.LastDeliveredSequence;
        long recorded = cursor;
        long lastRecord = System.Diagnostics.Stopwatch.GetTimestamp();
        foreach (ReleasedNotification released in page.Released)
        {
            string body = JsonSerializer.Serialize(NotificationMessage.From(released), json.Value.SerializerOptions);
            long started = System.Diagnostics.Stopwatch.GetTimestamp();
            string? error;
            using (System.Diagnostics.Activity? activity = HubTelemetry.Source.StartActivity("concord.webhook.deliver"))
            {
                activity?.SetTag("concord.notification.sequence", released.Notification.Sequence);
                error = await PostAsync(webhook, released.Notification.Id, body, cancellationToken).ConfigureAwait(false);
                if (error is not null)
                {
                    activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error);
                }
            }

            telemetry.Delivery(error is null, System.Diagnostics.Stopwatch.GetElapsedTime(started));
            if (error is not null)
            {
                LogDeliveryFailed(webhook.Id, released.Notification.Sequence, error);
                if (cursor > recorded
                    && !await deliveries.RecordDeliveredAsync(webhook.Id, cursor, attempted: true, cancellationToken).ConfigureAwait(false))
                {
                    return false; // deleted meanwhile
                }

                await deliveries.RecordFailedAsync(webhook.Id, error, cancellationToken).ConfigureAwait(false);
                return cursor != webhook.LastDeliveredSequence;
            }

            cursor = released.Notification.Sequence;
            if (System.Diagnostics.Stopwatch.GetElapsedTime(lastRecord) >= s_recordEvery)
            {
                if (!await deliveries.RecordDeliveredAsync(webhook.Id, cursor, attempted: true, cancellationToken).ConfigureAwait(false))
                {
                    return false; // deleted meanwhile
                }

                recorded = cursor;
                lastRecord = System.Diagnostics.Stopwatch.GetTimestamp();
            }
        }

        if (cursor > recorded
            && !await deliveries.RecordDeliveredAsync(webhook.Id, cursor, attempted: true, cancellationToken).ConfigureAwait(false))
        {
            return false; // deleted meanwhile
        }

        if (page.Cursor > cursor)
        {
            // The rest of the page is withheld from this agency: pass it.
            await deliveries.RecordDeliveredAsync(webhook.Id, page.Cursor, attempted: false, cancellationToken).ConfigureAwait(false);
            cursor = page.Cursor;
        }

        return cursor != webhook.LastDeliveredSequence;
    }

    /// <summary>POSTs one signed notification; null on a 2xx, else why it failed, generically (threat model invariant 8:
    /// nothing the network said is echoed to the agency): <c>HTTP &lt;status&gt;</c>, or <c>unreachable</c> for a refused
    /// destination, a network error or a timeout. The operator's log has the details.</summary>
    private async Task<string?> PostAsync(Webhook webhook, Guid notificationId, string body, CancellationToken cancellationToken)
    {
        string secret;
        try
        {
            secret = secrets.Unprotect(webhook.Secret);
        }
        catch (System.Security.Cryptography.CryptographicException ex)
        {
            // The data-protection keys in <data-dir>/keys that encrypted it are gone: nothing can be signed.
            LogSecretUnreadable(webhook.Id, ex);
            return SecretUnreadableError;
        }

        if (!Uri.TryCreate(webhook.Url, UriKind.Absolute, out Uri? url) || !policy.PermitsScheme(url))
        {
            LogRefused(webhook.Id, "its scheme is not allowed (Concord:Webhooks:AllowHttp)");
            return UnreachableError; // registered while http was allowed
        }

        long timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(EventIdHeader, notificationId.ToString("D"));
        request.Headers.Add(TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(SignatureHeader, WebhookSignature.Sign(secret, timestamp, body));
        HttpClient client = httpClients.CreateClient(WebhookOptions.HttpClientName);
        try
        {
            using HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
                .ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? null
                : string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode}");
        }
        catch (HttpRequestException ex)
        {
            LogRefused(webhook.Id, ex.InnerException?.Message ?? ex.Message);
            return UnreachableError;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogRefused(webhook.Id, string.Create(CultureInfo.InvariantCulture, $"timed out after {options.TimeoutSeconds} s"));
            return UnreachableError;
        }
    }

    /// <summary>The stored error of a delivery that reached no receiver (refused destination, network error, timeout).</summary>
    public const string UnreachableError = "unreachable";

    /// <summary>The stored error when the webhook's secret cannot be decrypted (the data-protection keys are gone).</summary>
    public const string SecretUnreadableError = "secret unreadable: delete and recreate the webhook";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {WebhookId} was not reached: {Reason}")]
    private partial void LogRefused(Guid webhookId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The secret of webhook {WebhookId} cannot be decrypted.")]
    private partial void LogSecretUnreadable(Guid webhookId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A webhook delivery pass failed.")]
    private partial void LogPassFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {WebhookId} did not accept notification {Sequence}: {Error}")]
    private partial void LogDeliveryFailed(Guid webhookId, long sequence, string error);
}
