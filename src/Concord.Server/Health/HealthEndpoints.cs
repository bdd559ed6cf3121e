using Concord.Hub.Errors;
using Concord.Hub.Storage;
using Concord.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Concord.Server.Health;

/// <summary><c>GET /health</c>: whether the database answers; <c>GET /health/ready</c>: whether the hub can serve
/// (database reachable, migrations applied, background workers running). Anonymous, for load balancers and supervisors.</summary>
internal static class HealthEndpoints
{
    /// <summary>The tag of the checks <c>/health/ready</c> runs.</summary>
    public const string ReadyTag = "ready";

    /// <summary>Registers the readiness checks (ASP.NET Core health checks).</summary>
    public static IServiceCollection AddHubHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [ReadyTag])
            .AddCheck<WorkersHealthCheck>("workers", tags: [ReadyTag]);
        return services;
    }

    public static RouteGroupBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/health").WithTags("Health").AllowAnonymous();
        group.MapGet("", Check);
        group.MapGet("/ready", Ready);
        return group;
    }

    private static async Task<Results<Ok<HealthResponse>, ProblemHttpResult>> Check(HubDbContext db, CancellationToken cancellationToken)
    {
        bool reachable = await db.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false);
        return reachable
            ? TypedResults.Ok(new HealthResponse("healthy", "reachable"))
            : HubProblems.Create(StatusCodes.Status503ServiceUnavailable, HubErrorCodes.HealthDatabaseUnreachable,
                "Service unavailable", "The database is not reachable.");
    }

    private static async Task<Results<Ok<ReadinessResponse>, ProblemHttpResult>> Ready(HealthCheckService health, CancellationToken cancellationToken)
    {
        HealthReport report = await health.CheckHealthAsync(check => check.Tags.Contains(ReadyTag), cancellationToken).ConfigureAwait(false);
        ReadinessCheck[] checks = [.. report.Entries.Select(e => new ReadinessCheck(e.Key, Status(e.Value.Status), e.Value.Description ?? ""))];
        if (report.Status == HealthStatus.Healthy)
        {
            return TypedResults.Ok(new ReadinessResponse("ready", checks));
        }

        string failed = string.Join("; ", checks.Where(c => c.Status != "healthy").Select(c => $"{c.Name} {c.Description}"));
        return HubProblems.Create(StatusCodes.Status503ServiceUnavailable, HubErrorCodes.HealthNotReady, "Service unavailable",
            $"The hub is not ready: {failed}.", new Dictionary<string, object?> { ["checks"] = checks });
    }

    private static string Status(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "healthy",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };

    /// <summary>Health on the wire.</summary>
    internal sealed record HealthResponse(string Status, string Database);

    /// <summary>Readiness on the wire: <c>ready</c> and each check.</summary>
    internal sealed record ReadinessResponse(string Status, IReadOnlyList<ReadinessCheck> Checks);

    /// <summary>One readiness check: <c>database</c>, <c>migrations</c> or <c>workers</c>, its status and what it found.</summary>
    internal sealed record ReadinessCheck(string Name, string Status, string Description);
}
