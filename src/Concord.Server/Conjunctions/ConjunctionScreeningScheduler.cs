using Concord.Hub.Conjunctions;
using Concord.Server.Health;
using Concord.Server.Hosting;

namespace Concord.Server.Conjunctions;

/// <summary>Stores an all-on-all <see cref="ScreeningRequest"/> (reason <see cref="ScreeningRequestReasons.Schedule"/>)
/// every <see cref="ConjunctionScreeningOptions.ScheduleMinutes"/>; its commit wakes the worker. Off when screening is off or the
/// interval is 0.</summary>
/// <remarks>The first request is due one interval after the newest stored schedule request (so a restart neither runs
/// one at once nor skips one), or one interval after start when there is none. When the previous all-on-all request is
/// still pending at a due time (a long run, or screening behind), no second one is added: the pending one covers it.
/// Time is the host's <see cref="TimeProvider"/>.</remarks>
internal sealed partial class ConjunctionScreeningScheduler(ConjunctionScreeningOptions options, IServiceScopeFactory scopes, TimeProvider time, HubJobLeader leader, ILogger<ConjunctionScreeningScheduler> logger) : BackgroundService, IHubWorker
{
    public string WorkerName => "screening-schedule";

    public bool WorkerEnabled => options.Enabled && options.ScheduleMinutes > 0;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Enabled && options.ScheduleMinutes > 0 ? leader.RunAsync(HubJobLeader.ScreeningSchedule, RunAsync, stoppingToken) : Task.CompletedTask;

    // Runs while this process leads the schedule.
    private async Task RunAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled || options.ScheduleMinutes <= 0)
        {
            return;
        }

        var interval = TimeSpan.FromMinutes(options.ScheduleMinutes);
        try
        {
            DateTimeOffset? last;
            await using (AsyncServiceScope scope = scopes.CreateAsyncScope())
            {
                last = await scope.ServiceProvider.GetRequiredService<ScreeningRequests>()
                    .LastAllRequestedAtAsync(ScreeningRequestReasons.Schedule, stoppingToken).ConfigureAwait(false);
            }

            DateTimeOffset due = (last ?? time.GetUtcNow()) + interval;
            while (!stoppingToken.IsCancellationRequested)
            {
                TimeSpan wait = due - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
                }

                try
                {
                    await using AsyncServiceScope scope = scopes.CreateAsyncScope();
                    ScreeningRequests requests = scope.ServiceProvider.GetRequiredService<ScreeningRequests>();
                    List<ScreeningRequest> pending = await requests.PendingAsync(stoppingToken).ConfigureAwait(false);
                    if (!pending.Exists(r => r.All))
                    {
                        await requests.AddAllAsync(ScreeningRequestReasons.Schedule, stoppingToken).ConfigureAwait(false); // wakes the worker
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogFailed(ex); // the next due time tries again
                }

                due = time.GetUtcNow() + interval;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing the scheduled all-on-all screening request failed.")]
    private partial void LogFailed(Exception exception);
}
