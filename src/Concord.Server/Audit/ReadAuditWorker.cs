using Concord.Hub.Audit;

namespace Concord.Server.Audit;

/// <summary>The one writer of the <see cref="ReadAuditQueue"/>: appends the queued read audit entries in batches
/// (<see cref="ReadAuditWriter"/>, one write-gate entry per batch), and at the stop writes everything still queued
/// before the process ends.</summary>
/// <remarks>A batch that fails (the database is unavailable) is tried again, 1 s later and then up to every 30 s; the
/// queue fills meanwhile and reads wait for room (back-pressure), so nothing is dropped while the process runs. Only
/// when the host's shutdown timeout runs out with entries still unwritten are they given up, and logged with their
/// count (as a crash would lose them).</remarks>
internal sealed partial class ReadAuditWorker(ReadAuditQueue queue, IServiceScopeFactory scopes, ILogger<ReadAuditWorker> logger)
    : IHostedService, IDisposable
{
    private static readonly TimeSpan s_maxRetryDelay = TimeSpan.FromSeconds(30);
    private readonly CancellationTokenSource _abandon = new();
    private Task _running = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _running = Task.Run(() => RunAsync(_abandon.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete(); // the server has stopped taking requests: drain what is queued
        using CancellationTokenRegistration abandon = cancellationToken.Register(_abandon.Cancel);
        await _running.ConfigureAwait(false);
    }

    public void Dispose() => _abandon.Dispose();

    private async Task RunAsync(CancellationToken abandon)
    {
        try
        {
            while (await queue.TakeBatchAsync(abandon).ConfigureAwait(false) is { } batch)
            {
                await WriteAsync(batch, abandon).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (abandon.IsCancellationRequested)
        {
            while (await queue.TakeBatchAsync(CancellationToken.None).ConfigureAwait(false) is { } rest)
            {
                Lose(rest);
            }
        }
    }

    private void Lose(ReadAuditBatch batch)
    {
        if (batch.Reads.Count > 0)
        {
            LogLost(batch.Reads.Count);
        }

        batch.MarkLost(new OperationCanceledException("The server stopped before these reads were audited."));
    }

    private async Task WriteAsync(ReadAuditBatch batch, CancellationToken abandon)
    {
        TimeSpan delay = TimeSpan.FromSeconds(1);
        while (true)
        {
            try
            {
                await using AsyncServiceScope scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ReadAuditWriter>().WriteAsync(batch, abandon).ConfigureAwait(false);
                batch.MarkWritten();
                return;
            }
            catch (OperationCanceledException) when (abandon.IsCancellationRequested)
            {
                Lose(batch);
                throw;
            }
            catch (Exception ex) when (!abandon.IsCancellationRequested)
            {
                LogFailed(ex, batch.Reads.Count);
            }

            if (!abandon.IsCancellationRequested)
            {
                await Task.WhenAny(Task.Delay(delay, abandon)).ConfigureAwait(false);
                delay = delay * 2 < s_maxRetryDelay ? delay * 2 : s_maxRetryDelay;
            }

            if (abandon.IsCancellationRequested)
            {
                Lose(batch);
                abandon.ThrowIfCancellationRequested();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Appending {Count} read audit entries failed; retrying (reads wait when the queue is full).")]
    private partial void LogFailed(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Count} read audit entries were not written before the server stopped.")]
    private partial void LogLost(int count);
}
