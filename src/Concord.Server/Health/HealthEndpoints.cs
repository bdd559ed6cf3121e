using Concord.Hub.Errors;
using Concord.Hub.Storage;
using Concord.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Server.Health;

/// <summary><c>GET /health</c>: whether the database answers. Anonymous, for load balancers and supervisors.</summary>
internal static class HealthEndpoints
{
    public static RouteHandlerBuilder MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", Check).WithTags("Health").AllowAnonymous();

    private static async Task<Results<Ok<HealthResponse>, ProblemHttpResult>> Check(HubDbContext db, CancellationToken cancellationToken)
    {
        bool reachable = await db.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false);
        return reachable
            ? TypedResults.Ok(new HealthResponse("healthy", "reachable"))
            : HubProblems.Create(StatusCodes.Status503ServiceUnavailable, HubErrorCodes.HealthDatabaseUnreachable,
                "Service unavailable", "The database is not reachable.");
    }

    /// <summary>Health on the wire.</summary>
    internal sealed record HealthResponse(string Status, string Database);
}
