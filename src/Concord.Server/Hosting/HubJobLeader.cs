using Concord.Hub.Storage;

namespace Concord.Server.Hosting;

/// <summary>Runs a background job in one process only, among the processes that share the database (singleton).</summary>
/// <remarks>
/// <para>On a shared database (PostgreSQL, <see cref="IHubCoordination.IsShared"/>) each job has a leader: the process
/// that holds its lock (<see cref="IHubCoordination.TryLeadAsync"/>). The others ask again every
/// <see cref="CheckInterval"/>; the leader confirms its leadership as often, and when it is lost (its database session
/// ended) the job's token is cancelled and the process goes back to asking. When a leader dies, another process takes
/// the job over within about one interval. A job that ran twice for a moment during a hand-over does no harm: every
/// job's writes are checked and made under the write gate (screening updates the same events, a due escalation is
/// taken once, a webhook cursor only moves forward, and deliveries are at least once anyway).</para>
/// <para>A job that is switched off in a process must not be run through here there: it would hold the lock and do
/// nothing.</para>
/// </remarks>
internal sealed partial class HubJobLeader(IHubCoordination coordination, ILogger<HubJobLeader> logger)
{
    /// <summary>How often a follower asks for the lock and a leader confirms it.</summary>
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(5);

    /// <summary>The jobs, by lock name.</summary>
    public const string Screening = "screening";

    /// <inheritdoc cref="Screening"/>
    public const string ScreeningSchedule = "screening-schedule";

    /// <inheritdoc cref="Screening"/>
    public const string Escalation = "escalation";

    /// <inheritdoc cref="Screening"/>
    public const string WebhookDelivery = "webhook-delivery";

    /// <summary>Runs <paramref name="work"/> while this process leads <paramref name="job"/> (always, on a database of
    /// its own), until <paramref name="stoppingToken"/> is cancelled. <paramref name="work"/> gets a token that is
    /// cancelled at the stop or when leadership is lost, and should run until then.</summary>
    public async Task RunAsync(string job, Func<CancellationToken, Task> work, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!coordination.IsShared)
        {
            await work(stoppingToken).ConfigureAwait(false);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await coordination.TryLeadAsync(job, stoppingToken).ConfigureAwait(false))
                {
                    await Task.Delay(CheckInterval, stoppingToken).ConfigureAwait(false);
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            LogLeading(job);
            using var leading = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            Task running = work(leading.Token);
            while (!running.IsCompleted && !stoppingToken.IsCancellationRequested)
            {
                await Task.WhenAny(running, Task.Delay(CheckInterval, stoppingToken)).ConfigureAwait(false);
                if (running.IsCompleted || stoppingToken.IsCancellationRequested)
                {
                    break;
                }

                bool still;
                try
                {
                    still = await coordination.TryLeadAsync(job, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }

                if (!still)
                {
                    LogLost(job);
                    await leading.CancelAsync().ConfigureAwait(false);
                }
            }

            try
            {
                await running.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (leading.IsCancellationRequested)
            {
            }

            if (!leading.IsCancellationRequested)
            {
                return; // the job ended on its own
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "This process now runs the {Job} job for the hub.")]
    private partial void LogLeading(string job);

    [LoggerMessage(Level = LogLevel.Warning, Message = "This process lost the lead of the {Job} job (its database session ended); it asks again.")]
    private partial void LogLost(string job);
}
