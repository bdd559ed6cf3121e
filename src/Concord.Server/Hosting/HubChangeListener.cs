using Concord.Hub.Notifications;
using Concord.Hub.Storage;
using Concord.Server.Conjunctions;

namespace Concord.Server.Hosting;

/// <summary>Turns the other processes' change hints (<see cref="IHubCoordination.ListenAsync"/>, PostgreSQL
/// <c>LISTEN</c>) into this process's wake-ups: committed notifications pulse <see cref="NotificationSignal"/> (streams
/// and the webhook deliverer read the outbox at once), stored screening requests wake the screening worker. Does nothing
/// on a database of this process's own. Everything woken here also polls, so a lost hint only delays.</summary>
internal sealed class HubChangeListener(IHubCoordination coordination, NotificationSignal notifications, ConjunctionScreeningQueue screening)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        coordination.IsShared ? coordination.ListenAsync(Received, stoppingToken) : Task.CompletedTask;

    private void Received(string topic)
    {
        if (topic is HubChangeTopics.Notifications or HubChangeTopics.All)
        {
            notifications.Pulse();
        }

        if (topic is HubChangeTopics.Screening or HubChangeTopics.All)
        {
            screening.Wake();
        }
    }
}
