using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Concord.Server.Telemetry;

/// <summary>The hub's own traces and metrics (OpenTelemetry names <see cref="SourceName"/>): one activity per screening
/// run and per webhook delivery attempt, and the counters and histograms below. Registered as a singleton; the meter
/// comes from the host's <see cref="IMeterFactory"/>, so each host (and each test server) has its own.</summary>
/// <remarks>Labels never carry an agency, an object, a URL or a key: the scrape endpoint may be read by the operator's
/// monitoring, which is not a party to any agreement. Thread-safe.</remarks>
internal sealed class HubTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string SourceName = "Concord.Hub";

    /// <summary>The activity source of the background workers' spans.</summary>
    public static readonly ActivitySource Source = new(SourceName);

    private readonly Counter<long> _screeningRuns;
    private readonly Histogram<double> _screeningDuration;
    private readonly Counter<long> _objectsScreened;
    private readonly Counter<long> _deliveries;
    private readonly Histogram<double> _deliveryDuration;

    public HubTelemetry(IMeterFactory meters)
    {
        Meter meter = meters.Create(SourceName);
        _screeningRuns = meter.CreateCounter<long>("concord.screening.runs", "{run}",
            "Screening runs of the background worker, by outcome (ok, failed) and kind (objects, all).");
        _screeningDuration = meter.CreateHistogram<double>("concord.screening.duration", "s", "Duration of a screening run.");
        _objectsScreened = meter.CreateCounter<long>("concord.screening.objects", "{object}",
            "Objects screened as primaries by successful runs.");
        _deliveries = meter.CreateCounter<long>("concord.webhook.deliveries", "{delivery}",
            "Webhook POSTs of a notification, by outcome (ok: a 2xx, failed: anything else).");
        _deliveryDuration = meter.CreateHistogram<double>("concord.webhook.delivery.duration", "s", "Duration of a webhook POST.");
    }

    /// <summary>Records a screening run of <paramref name="objects"/> primaries.</summary>
    public void ScreeningRun(bool all, bool ok, int objects, TimeSpan elapsed)
    {
        var tags = new TagList { { "outcome", ok ? "ok" : "failed" }, { "kind", all ? "all" : "objects" } };
        _screeningRuns.Add(1, tags);
        _screeningDuration.Record(elapsed.TotalSeconds, tags);
        if (ok)
        {
            _objectsScreened.Add(objects, new KeyValuePair<string, object?>("kind", all ? "all" : "objects"));
        }
    }

    /// <summary>Records one webhook POST.</summary>
    public void Delivery(bool ok, TimeSpan elapsed)
    {
        var outcome = new KeyValuePair<string, object?>("outcome", ok ? "ok" : "failed");
        _deliveries.Add(1, outcome);
        _deliveryDuration.Record(elapsed.TotalSeconds, outcome);
    }
}
