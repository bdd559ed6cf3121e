using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Concord.Server.Hosting;

/// <summary>Refuses request bodies larger than <see cref="HubServerOptions.MaxRequestBytes"/> (on routes open without a
/// key, such as <c>POST /api/v1/session</c>, larger than <see cref="HubServerOptions.AnonymousMaxRequestBytes"/>) with 413
/// problem details (<c>request.too-large</c>) before any handler stores anything.</summary>
/// <remarks>
/// A declared <c>Content-Length</c> above the limit is refused before the handler runs. A body without one (chunked) is
/// counted while it is read: the first read past the limit throws, so the handler never sees a complete body. Minimal
/// API body binding swallows that exception (it is an <see cref="IOException"/>) and leaves an empty response, and
/// Kestrel's own limit (also set here, per request) answers 413 without a body; in both cases this middleware writes the
/// problem instead. The same code path works under <c>TestServer</c>, which enforces no limit itself.
/// </remarks>
internal sealed class RequestSizeLimitMiddleware(RequestDelegate next, IOptions<HubServerOptions> options, IProblemDetailsService problems)
{
    private readonly long _maxRequestBytes = options.Value.MaxRequestBytes;

    public async Task InvokeAsync(HttpContext context)
    {
        // Routing has run: an anonymous endpoint (sign-in) is reachable by anyone, so it reads small bodies only.
        bool anonymous = context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null;
        long limit = anonymous ? Math.Min(_maxRequestBytes, HubServerOptions.AnonymousMaxRequestBytes) : _maxRequestBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } kestrel)
        {
            kestrel.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            await WriteTooLargeAsync(context, limit, anonymous).ConfigureAwait(false);
            return;
        }

        var counted = new LimitedReadStream(context.Request.Body, limit);
        context.Request.Body = counted;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            counted.Exceeded = true;
        }

        if (counted.Exceeded && !context.Response.HasStarted)
        {
            context.Response.Clear();
            await WriteTooLargeAsync(context, limit, anonymous).ConfigureAwait(false);
        }
    }

    private async Task WriteTooLargeAsync(HttpContext context, long limit, bool anonymous)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        // Keep-alive would make the server drain the rest of an oversized body; close the connection instead.
        context.Response.Headers.Connection = "close";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "Request too large",
                Detail = anonymous
                    ? $"The request body exceeds the limit of {limit} bytes for routes open without a key."
                    : $"The request body exceeds the hub's limit of {limit} bytes (Concord:MaxRequestBytes).",
            },
        }).ConfigureAwait(false);
    }

    /// <summary>A read-only view of the request body that throws once more than the limit has been read, and remembers
    /// that it did (or that the server below it refused the body for its size).</summary>
    private sealed class LimitedReadStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public bool Exceeded { get; set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int read;
            try
            {
                read = inner.Read(buffer);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                Exceeded = true;
                throw;
            }

            return Count(read);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            int read;
            try
            {
                read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                Exceeded = true;
                throw;
            }

            return Count(read);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int read)
        {
            _read += read;
            if (_read > limit)
            {
                Exceeded = true;
                throw new BadHttpRequestException($"The request body exceeds {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
            }

            return read;
        }
    }
}
