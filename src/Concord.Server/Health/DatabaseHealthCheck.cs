using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Concord.Server.Health;

/// <summary>Readiness: the database answers.</summary>
internal sealed class DatabaseHealthCheck(HubDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false)
                ? HealthCheckResult.Healthy("reachable")
                : HealthCheckResult.Unhealthy("unreachable");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The driver's message may name hosts or users: the report says only that it failed (the log has the rest).
            return HealthCheckResult.Unhealthy("unreachable", ex);
        }
    }
}
