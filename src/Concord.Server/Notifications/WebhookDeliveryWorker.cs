using System.Globalization;
using System.Text;
using System.Text.Json;
using Concord.Hub.Notifications;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Concord.Server.Notifications;

/// <summary>Delivers the notification outbox to the agencies' webhooks (<see cref="WebhookEndpoints"/> documents the
/// protocol): wakes on <see cref="NotificationSignal"/> or every <see cref="WebhookOptions.PollSeconds"/>, and in each
/// pass sends every due webhook its pending notifications in order, the webhooks side by side.</summary>
/// <remarks>At least once: <see cref="WebhookDeliveryService.RecordDeliveredAsync"/> runs only after a 2xx, so a crash
/// after sending re-sends. A failure stops that webhook's pass; <see cref="WebhookRules.Backoff"/> says when it is tried
/// again.</remarks>
internal sealed partial class WebhookDeliveryWorker(
    IServiceScopeFactory scopes,
    NotificationSignal signal,
    IHttpClientFactory httpClients,
    IOptions<JsonOptions> json,
    WebhookOptions options,
    TimeProvider time,
    ILogger<WebhookDeliveryWorker> logger) : BackgroundService
{
    /// <summary>Most notifications one webhook is sent in one pass.</summary>
    private const int PageSize = 100;

    /// <summary>The idempotency key header: the notification's UUID.</summary>
    public const string EventIdHeader = "Concord-Event-Id";

    /// <summary>The signing time header: Unix seconds.</summary>
    public const string TimestampHeader = "Concord-Timestamp";

    /// <summary>The signature header: <c>sha256=&lt;hex&gt;</c> (<see cref="WebhookSignature.Sign"/>).</summary>
    public const string SignatureHeader = "Concord-Signature";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            return;
        }

        TimeSpan poll = TimeSpan.FromSeconds(options.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            Task pulse = signal.NextPulse; // before the pass: a commit during it starts the next one at once
            bool progressed = false;
            try
            {
                progressed = await PassAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A failed pass (database unavailable…) must not stop delivery: the next pass tries again.
                LogPassFailed(ex);
            }

            if (!progressed)
            {
                try
                {
                    await Task.WhenAny(pulse, Task.Delay(poll, stoppingToken)).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>One pass over the due webhooks; true when some cursor moved (there may be more to send).</summary>
    private async Task<bool> PassAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<Webhook> due;
        await using (AsyncServiceScope scope = scopes.CreateAsyncScope())
        {
            due = await scope.ServiceProvider.GetRequiredService<WebhookDeliveryService>().DueAsync(cancellationToken).ConfigureAwait(false);
        }

        if (due.Count == 0)
        {
            return false;
        }

        bool[] progressed = await Task.WhenAll(due.Select(w => DeliverAsync(w, cancellationToken))).ConfigureAwait(false);
        return progressed.Any(p => p);
    }

    /// <summary>Sends one webhook its next page of notifications, stopping at the first failure.</summary>
    private async Task<bool> DeliverAsync(Webhook webhook, CancellationToken cancellationToken)
    {
        await using AsyncServiceScope scope = scopes.CreateAsyncScope();
        WebhookDeliveryService deliveries = scope.ServiceProvider.GetRequiredService<WebhookDeliveryService>();
        NotificationPage page = await deliveries.PendingAsync(webhook, PageSize, cancellationToken).ConfigureAwait(false);
        long cursor = webhook.LastDeliveredSequence;
        foreach (ReleasedNotification released in page.Released)
        {
            string body = JsonSerializer.Serialize(NotificationMessage.From(released), json.Value.SerializerOptions);
            string? error = await PostAsync(webhook, released.Notification.Id, body, cancellationToken).ConfigureAwait(false);
            if (error is not null)
            {
                LogDeliveryFailed(webhook.Id, released.Notification.Sequence, error);
                await deliveries.RecordFailedAsync(webhook.Id, error, cancellationToken).ConfigureAwait(false);
                return cursor != webhook.LastDeliveredSequence;
            }

            cursor = released.Notification.Sequence;
            if (!await deliveries.RecordDeliveredAsync(webhook.Id, cursor, attempted: true, cancellationToken).ConfigureAwait(false))
            {
                return false; // deleted meanwhile
            }
        }

        if (page.Cursor > cursor)
        {
            // The rest of the page is withheld from this agency: pass it.
            await deliveries.RecordDeliveredAsync(webhook.Id, page.Cursor, attempted: false, cancellationToken).ConfigureAwait(false);
            cursor = page.Cursor;
        }

        return cursor != webhook.LastDeliveredSequence;
    }

    /// <summary>POSTs one signed notification; null on a 2xx, else why it failed.</summary>
    private async Task<string?> PostAsync(Webhook webhook, Guid notificationId, string body, CancellationToken cancellationToken)
    {
        long timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(EventIdHeader, notificationId.ToString("D"));
        request.Headers.Add(TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(SignatureHeader, WebhookSignature.Sign(webhook.Secret, timestamp, body));
        HttpClient client = httpClients.CreateClient(WebhookOptions.HttpClientName);
        try
        {
            using HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
                .ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? null
                : string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        catch (HttpRequestException ex)
        {
            return ex.Message;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return string.Create(CultureInfo.InvariantCulture, $"Timed out after {options.TimeoutSeconds} s.");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A webhook delivery pass failed.")]
    private partial void LogPassFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {WebhookId} did not accept notification {Sequence}: {Error}")]
    private partial void LogDeliveryFailed(Guid webhookId, long sequence, string error);
}
