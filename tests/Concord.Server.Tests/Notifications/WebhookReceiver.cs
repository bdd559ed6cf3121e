using System.Net;
using System.Threading.Channels;

namespace Concord.Server.Tests.Notifications;

/// <summary>Stands in for the agencies' webhook endpoints: the primary handler of the server's <c>webhooks</c> HTTP
/// client. Records every delivery and answers with <see cref="Answer"/>.</summary>
internal sealed class WebhookReceiver
{
    private readonly Channel<Delivery> _deliveries = Channel.CreateUnbounded<Delivery>();

    /// <summary>One POST the server made.</summary>
    public sealed record Delivery(Uri Url, string? EventId, string? Timestamp, string? Signature, string? ContentType, string Body);

    /// <summary>The status to answer a delivery with (200 unless a test says otherwise).</summary>
    public Func<Delivery, HttpStatusCode> Answer { get; set; } = _ => HttpStatusCode.OK;

    /// <summary>A handler for <c>ConfigurePrimaryHttpMessageHandler</c> (the factory may create several).</summary>
    public HttpMessageHandler CreateHandler() => new Handler(this);

    /// <summary>The next delivery, failing the test when none arrives within 30 s.</summary>
    public async Task<Delivery> NextAsync()
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cts.CancelAfter(TimeSpan.FromSeconds(30));
        return await _deliveries.Reader.ReadAsync(cts.Token);
    }

    /// <summary>Whether a delivery is waiting to be read.</summary>
    public bool HasMore => _deliveries.Reader.TryPeek(out _);

    private sealed class Handler(WebhookReceiver receiver) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            string body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            var delivery = new Delivery(request.RequestUri!, Header(request, "Concord-Event-Id"), Header(request, "Concord-Timestamp"),
                Header(request, "Concord-Signature"), request.Content?.Headers.ContentType?.MediaType, body);
            HttpStatusCode status = receiver.Answer(delivery);
            await receiver._deliveries.Writer.WriteAsync(delivery, cancellationToken);
            return new HttpResponseMessage(status) { RequestMessage = request };
        }

        private static string? Header(HttpRequestMessage request, string name) =>
            request.Headers.TryGetValues(name, out IEnumerable<string>? values) ? string.Join(',', values) : null;
    }
}
