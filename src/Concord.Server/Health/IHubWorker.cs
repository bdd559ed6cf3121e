namespace Concord.Server.Health;

/// <summary>A background worker of the hub whose running <c>/health/ready</c> checks (<see cref="WorkersHealthCheck"/>).</summary>
internal interface IHubWorker
{
    /// <summary>The worker's name in the readiness report.</summary>
    public string WorkerName { get; }

    /// <summary>Whether the configuration turns it on; a worker turned off is not expected to run.</summary>
    public bool WorkerEnabled { get; }
}
