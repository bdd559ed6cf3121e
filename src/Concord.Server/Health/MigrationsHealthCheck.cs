using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Concord.Server.Health;

/// <summary>Readiness: every migration of the provider's migrations assembly is applied (a hub whose schema is behind
/// its code must not take requests: <c>concord db migrate</c> or a start of <c>serve</c> applies them).</summary>
internal sealed class MigrationsHealthCheck(HubDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            string[] pending = [.. await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)];
            return pending.Length == 0
                ? HealthCheckResult.Healthy("applied")
                : HealthCheckResult.Unhealthy($"{pending.Length} pending: {string.Join(", ", pending)}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("unknown (database unreachable)", ex);
        }
    }
}
