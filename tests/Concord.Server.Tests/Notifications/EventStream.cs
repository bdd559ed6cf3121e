using System.Net;
using System.Text.Json;

namespace Concord.Server.Tests.Notifications;

/// <summary>A test client of <c>GET /api/v1/stream</c>: reads Server-Sent Events line by line, skipping comments.</summary>
internal sealed class EventStream : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;
    private Task<string?>? _pendingLine;

    private EventStream(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reader = new StreamReader(body);
    }

    /// <summary>One event: its <c>id:</c>, <c>event:</c> and <c>data:</c> fields.</summary>
    public sealed record ServerSentEvent(string? Id, string? Event, string Data)
    {
        public JsonElement Json => JsonDocument.Parse(Data).RootElement.Clone();
    }

    /// <summary>Opens the stream (200 and <c>text/event-stream</c> asserted), optionally resuming after
    /// <paramref name="lastEventId"/> (header).</summary>
    public static async Task<EventStream> OpenAsync(HttpClient client, string? lastEventId = null, string path = "/api/v1/stream")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Stream body = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
        return new EventStream(response, body);
    }

    /// <summary>The next event, or null when none arrives within <paramref name="timeout"/> (the stream is then unusable:
    /// a timed-out read leaves it mid-line).</summary>
    public async Task<ServerSentEvent?> ReadAsync(TimeSpan timeout)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cts.CancelAfter(timeout);
        string? id = null;
        string? kind = null;
        string? data = null;
        try
        {
            while (await _reader.ReadLineAsync(cts.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    if (data is not null)
                    {
                        return new ServerSentEvent(id, kind, data);
                    }

                    continue;
                }

                if (line.StartsWith(':'))
                {
                    continue; // comment (keep-alive)
                }

                int colon = line.IndexOf(':', StringComparison.Ordinal);
                string field = line[..colon];
                string value = line[(colon + 1)..].TrimStart(' ');
                switch (field)
                {
                    case "id": id = value; break;
                    case "event": kind = value; break;
                    case "data": data = data is null ? value : data + "\n" + value; break;
                }
            }
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            return null;
        }

        return null;
    }

    /// <summary>Whether the server ends the stream within <paramref name="timeout"/> (events and comments before the end
    /// are skipped). A read still pending at the timeout is kept for the next call, so the stream stays usable for
    /// this method (not for <see cref="ReadAsync"/>).</summary>
    public async Task<bool> EndsWithinAsync(TimeSpan timeout)
    {
        Task deadline = Task.Delay(timeout, TestContext.Current.CancellationToken);
        while (true)
        {
            _pendingLine ??= _reader.ReadLineAsync(TestContext.Current.CancellationToken).AsTask();
            if (await Task.WhenAny(_pendingLine, deadline) == deadline)
            {
                return false;
            }

            string? line;
            try
            {
                line = await _pendingLine;
            }
            catch (IOException)
            {
                return true; // the connection was closed under the reader
            }
            finally
            {
                _pendingLine = null;
            }

            if (line is null)
            {
                return true;
            }
        }
    }

    /// <summary>The next event, failing the test when none arrives within 30 s (generous: CI runs the suites side by side on 2 cores).</summary>
    public async Task<ServerSentEvent> NextAsync() =>
        await ReadAsync(TimeSpan.FromSeconds(30)) ?? throw new Xunit.Sdk.XunitException("No event arrived on the stream within 30 s.");

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}
