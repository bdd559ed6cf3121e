using System.Diagnostics;
using Concord.Hub.Conjunctions;
using Concord.Server.Health;
using Concord.Server.Hosting;
using Concord.Server.Telemetry;

namespace Concord.Server.Conjunctions;

/// <summary>Runs <see cref="ConjunctionScreeningService"/> for the pending <see cref="ScreeningRequest"/>s, one run at a
/// time, and marks them completed.</summary>
/// <remarks>
/// <para>Each pass reads every pending request. Requests for given objects (submissions) are merged into one run and
/// go first; all-on-all requests (the schedule) are merged into one run after them. A submission stored while an
/// all-on-all run is under way waits for that run to end (its duration on the demo catalog is in docs/benchmarks.md),
/// then is screened before any further all-on-all run.</para>
/// <para>A run that fails counts an attempt against its requests; after <see cref="ScreeningRequests.MaxAttempts"/> they
/// are given up (completed, with the error kept). A run interrupted by a stop leaves its requests pending: the next start
/// screens them again (screening updates the same events).</para>
/// </remarks>
internal sealed partial class ConjunctionScreeningWorker(ConjunctionScreeningQueue queue, ConjunctionScreeningOptions options,
    IServiceScopeFactory scopes, HubTelemetry telemetry, HubJobLeader leader, ILogger<ConjunctionScreeningWorker> logger) : BackgroundService, IHubWorker
{
    public string WorkerName => "screening";

    public bool WorkerEnabled => options.Enabled;

    private static readonly TimeSpan s_poll = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan s_retryDelay = TimeSpan.FromSeconds(5);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Enabled ? leader.RunAsync(HubJobLeader.Screening, RunAsync, stoppingToken) : Task.CompletedTask;

    // Runs while this process leads the screening job.
    private async Task RunAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            return; // requests stay pending until a start with screening on
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            long requested = queue.Requested;
            bool failed;
            try
            {
                failed = await RunPendingAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Reading or marking the requests failed (the database): try again shortly.
                LogFailed(ex, 0);
                failed = true;
            }

            try
            {
                if (failed)
                {
                    await Task.Delay(s_retryDelay, stoppingToken).ConfigureAwait(false);
                    continue;
                }

                queue.Completed(requested);
                await queue.WaitAsync(requested, s_poll, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    // Runs until no request is pending; true when a run failed (its requests stay pending, or were given up).
    private async Task<bool> RunPendingAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            List<ScreeningRequest> pending;
            await using (AsyncServiceScope scope = scopes.CreateAsyncScope())
            {
                pending = await scope.ServiceProvider.GetRequiredService<ScreeningRequests>().PendingAsync(cancellationToken).ConfigureAwait(false);
            }

            if (pending.Count == 0)
            {
                return false;
            }

            // Given objects first: a submission must not wait behind an all-on-all run that has not started.
            List<ScreeningRequest> batch = pending.Any(r => !r.All) ? [.. pending.Where(r => !r.All)] : pending;
            if (!await RunAsync(batch, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
        }
    }

    private async Task<bool> RunAsync(List<ScreeningRequest> batch, CancellationToken cancellationToken)
    {
        Guid[] ids = [.. batch.Select(r => r.Id)];
        bool all = batch.Exists(r => r.All);
        await using AsyncServiceScope scope = scopes.CreateAsyncScope();
        ScreeningRequests requests = scope.ServiceProvider.GetRequiredService<ScreeningRequests>();
        int count = 0;
        long started = Stopwatch.GetTimestamp();
        using Activity? activity = HubTelemetry.Source.StartActivity("concord.screening.run");
        activity?.SetTag("concord.screening.requests", batch.Count);
        activity?.SetTag("concord.screening.all", all);
        try
        {
            IReadOnlyCollection<int> numbers = all
                ? await requests.CatalogNumbersAsync(cancellationToken).ConfigureAwait(false)
                : batch.SelectMany(r => r.CatalogNumbers).ToHashSet();
            count = numbers.Count;
            activity?.SetTag("concord.screening.objects", count);
            ConjunctionScreeningService screening = scope.ServiceProvider.GetRequiredService<ConjunctionScreeningService>();
            ConjunctionScreeningReport report = await screening.ScreenAsync(numbers, cancellationToken).ConfigureAwait(false);
            LogScreened(batch.Count, all, report.Primaries, report.CatalogObjects, report.Created, report.Updated, report.Unchanged, report.Closed,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(ex, count);
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            telemetry.ScreeningRun(all, ok: false, count, Stopwatch.GetElapsedTime(started));
            int givenUp = await requests.FailAsync(ids, ex.Message, CancellationToken.None).ConfigureAwait(false);
            if (givenUp > 0)
            {
                LogGivenUp(givenUp, ScreeningRequests.MaxAttempts);
            }

            return false;
        }

        // Not cancelled from here: the run's results are saved, and its requests are done.
        await requests.CompleteAsync(ids, CancellationToken.None).ConfigureAwait(false);
        telemetry.ScreeningRun(all, ok: true, count, Stopwatch.GetElapsedTime(started));
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Screened {Requests} requests (all-on-all: {All}): {Primaries} objects against {Catalog}: {Created} conjunctions created, {Updated} updated, {Unchanged} unchanged, {Closed} closed, in {Milliseconds:F0} ms.")]
    private partial void LogScreened(int requests, bool all, int primaries, int catalog, int created, int updated, int unchanged, int closed,
        double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Conjunction screening of {Count} objects failed.")]
    private partial void LogFailed(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Count} screening requests were given up after {Attempts} failed runs.")]
    private partial void LogGivenUp(int count, int attempts);
}
