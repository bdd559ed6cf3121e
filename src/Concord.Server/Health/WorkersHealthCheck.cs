using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Concord.Server.Health;

/// <summary>Readiness: every background worker that the configuration turns on (<see cref="IHubWorker"/>) has started
/// and is still running; one that ended (a fault, or a loop that returned) or has not started yet makes the hub not ready.</summary>
internal sealed class WorkersHealthCheck(IEnumerable<IHostedService> hostedServices) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var states = new Dictionary<string, object>(StringComparer.Ordinal);
        var failed = new List<string>();
        foreach (BackgroundService service in hostedServices.OfType<BackgroundService>())
        {
            if (service is not IHubWorker worker)
            {
                continue;
            }

            string state = State(worker, service.ExecuteTask);
            states[worker.WorkerName] = state;
            if (state is not ("running" or "disabled"))
            {
                failed.Add($"{worker.WorkerName} {state}");
            }
        }

        return Task.FromResult(failed.Count == 0
            ? HealthCheckResult.Healthy("running", states)
            : HealthCheckResult.Unhealthy(string.Join(", ", failed), data: states));
    }

    internal static string State(IHubWorker worker, Task? execution) => execution switch
    {
        _ when !worker.WorkerEnabled => "disabled",
        null => "not started",
        { IsFaulted: true } => "failed",
        { IsCompleted: true } => "stopped",
        _ => "running",
    };
}
