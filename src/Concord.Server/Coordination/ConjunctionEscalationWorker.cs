using Concord.Hub.Coordination;
using Concord.Server.Health;
using Concord.Server.Hosting;

namespace Concord.Server.Coordination;

/// <summary>Runs <see cref="ConjunctionEscalationService.EscalateDueAsync"/> every
/// <see cref="ConjunctionCoordinationOptions.EscalationCheckInterval"/> (on the hub's <see cref="TimeProvider"/>), unless
/// <see cref="ConjunctionCoordinationOptions.EscalationEnabled"/> is off.</summary>
internal sealed partial class ConjunctionEscalationWorker(ConjunctionCoordinationOptions options, IServiceScopeFactory scopes,
    TimeProvider time, HubJobLeader leader, ILogger<ConjunctionEscalationWorker> logger) : BackgroundService, IHubWorker
{
    public string WorkerName => "escalation";

    public bool WorkerEnabled => options.EscalationEnabled;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.EscalationEnabled ? leader.RunAsync(HubJobLeader.Escalation, RunAsync, stoppingToken) : Task.CompletedTask;

    // Runs while this process leads the escalation job.
    private async Task RunAsync(CancellationToken stoppingToken)
    {
        if (!options.EscalationEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.EscalationCheckInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await using AsyncServiceScope scope = scopes.CreateAsyncScope();
                ConjunctionEscalationService escalation = scope.ServiceProvider.GetRequiredService<ConjunctionEscalationService>();
                IReadOnlyList<ConjunctionEscalation> taken = await escalation.EscalateDueAsync(stoppingToken).ConfigureAwait(false);
                if (taken.Count > 0)
                {
                    LogEscalated(taken.Count);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // A failed check must not stop the worker: the next one finds the same steps due.
                LogFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Escalated {Count} unacknowledged high-risk conjunction step(s).")]
    private partial void LogEscalated(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The conjunction escalation check failed.")]
    private partial void LogFailed(Exception exception);
}
