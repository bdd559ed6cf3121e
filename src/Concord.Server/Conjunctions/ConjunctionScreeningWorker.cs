using Concord.Hub.Conjunctions;

namespace Concord.Server.Conjunctions;

/// <summary>Runs <see cref="ConjunctionScreeningService"/> for the batches of <see cref="ConjunctionScreeningQueue"/>, one
/// run at a time, merging the batches that queued up meanwhile into one run.</summary>
internal sealed partial class ConjunctionScreeningWorker(ConjunctionScreeningQueue queue, IServiceScopeFactory scopes,
    ILogger<ConjunctionScreeningWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            HashSet<int> numbers;
            int batches;
            try
            {
                (numbers, batches) = await queue.ReadAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await using AsyncServiceScope scope = scopes.CreateAsyncScope();
                ConjunctionScreeningService screening = scope.ServiceProvider.GetRequiredService<ConjunctionScreeningService>();
                ConjunctionScreeningReport report = await screening.ScreenAsync(numbers, stoppingToken).ConfigureAwait(false);
                LogScreened(report.Primaries, report.CatalogObjects, report.Created, report.Updated, report.Closed);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // A failed run must not stop the worker: the next submission of these objects screens them again.
                LogFailed(ex, numbers.Count);
            }
            finally
            {
                queue.Done(batches);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Screened {Primaries} objects against {Catalog}: {Created} conjunctions created, {Updated} updated, {Closed} closed.")]
    private partial void LogScreened(int primaries, int catalog, int created, int updated, int closed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Conjunction screening of {Count} objects failed.")]
    private partial void LogFailed(Exception exception, int count);
}
