using System.Globalization;
using System.Threading.RateLimiting;
using Concord.Hub.Errors;
using Concord.Server.Auth;
using Concord.Server.Notifications;
using Concord.Server.Problems;
using Microsoft.AspNetCore.RateLimiting;

namespace Concord.Server.Hosting;

/// <summary>The hub's load limits on ASP.NET Core rate limiting (threat model invariant 9: load from one agency does not
/// starve another): a token bucket per key and category (<see cref="RateLimitOptions"/>) for every <c>/api</c> request,
/// and at most <see cref="StreamOptions.MaxPerKey"/> open streams per key (<see cref="StreamPolicy"/>). Refusals are 429
/// problems: <c>request.rate-limited</c> with <c>Retry-After</c> (seconds), <c>stream.too-many</c>.</summary>
/// <remarks>The middleware runs after authentication, so the partition is the authenticated key (an API key or the key
/// behind a console session); a request without a valid key counts against its remote address. Work the hub does in
/// process (the demo seeder, the screening workers) does not pass through HTTP and is not limited.</remarks>
internal static class HubRateLimits
{
    /// <summary>The endpoint policy of <c>GET /api/v1/stream</c>.</summary>
    public const string StreamPolicyName = "streams";

    /// <summary>The category of a request, or null when it is not limited (the console's files, <c>/health</c>).</summary>
    public static string? Category(HttpRequest request)
    {
        if (!request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            return nameof(RateLimitOptions.Reads);
        }

        string path = request.Path.Value ?? "";
        bool submission = request.Path.StartsWithSegments("/api/v1/submissions", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith("/maneuver-plans", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith("/maneuver-plans/", StringComparison.OrdinalIgnoreCase);
        return HttpMethods.IsPost(request.Method) && submission ? nameof(RateLimitOptions.Submissions) : nameof(RateLimitOptions.Writes);
    }

    /// <summary>Who a request counts against: its key, else its remote address.</summary>
    public static string Partition(HttpContext context) =>
        context.User.FindFirst(HubClaims.KeyId)?.Value is { } keyId
            ? "key:" + keyId
            : "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    /// <summary>Registers the limiter and the stream policy.</summary>
    public static IServiceCollection AddHubRateLimits(this IServiceCollection services, RateLimitOptions limits, StreamOptions streams)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(streams);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                string? category = limits.Enabled ? Category(context.Request) : null;
                if (category is null)
                {
                    return RateLimitPartition.GetNoLimiter("");
                }

                RateBudget budget = category switch
                {
                    nameof(RateLimitOptions.Reads) => limits.Reads,
                    nameof(RateLimitOptions.Submissions) => limits.Submissions,
                    _ => limits.Writes,
                };
                return RateLimitPartition.GetTokenBucketLimiter($"{category}|{Partition(context)}", _ => budget.ToLimiterOptions());
            });
            options.OnRejected = (context, cancellationToken) => RejectAsync(context.HttpContext, context.Lease);
            options.AddPolicy(StreamPolicyName, new StreamPolicy(streams.MaxPerKey));
        });
    }

    private static async ValueTask RejectAsync(HttpContext http, RateLimitLease lease)
    {
        string category = Category(http.Request) ?? nameof(RateLimitOptions.Reads);
        int seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await HubProblems.WriteAsync(http, StatusCodes.Status429TooManyRequests, HubErrorCodes.RateLimited, "Too many requests",
            string.Create(CultureInfo.InvariantCulture,
                $"Too many {category.ToLowerInvariant()} from this key; retry after {seconds} s ({RateLimitOptions.Section}:{category}).")).ConfigureAwait(false);
    }

    /// <summary>At most <c>maxPerKey</c> concurrent requests per key on the endpoint (the lease is held while the stream is
    /// open); the next one gets 429 <c>stream.too-many</c>.</summary>
    private sealed class StreamPolicy(int maxPerKey) : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = (context, _) => new ValueTask(
            HubProblems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, HubErrorCodes.StreamTooMany,
                "Too many streams", string.Create(CultureInfo.InvariantCulture,
                    $"This key already has {maxPerKey} open streams (Concord:Stream:MaxPerKey); close one first.")));

        public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
            RateLimitPartition.GetConcurrencyLimiter(Partition(httpContext),
                _ => new ConcurrencyLimiterOptions { PermitLimit = maxPerKey, QueueLimit = 0 });
    }
}
