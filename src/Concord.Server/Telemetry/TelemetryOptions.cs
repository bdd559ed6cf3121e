namespace Concord.Server.Telemetry;

/// <summary>Configuration section <c>Concord:Telemetry</c> (environment <c>Concord__Telemetry__Prometheus=true</c>).
/// Both exporters are off by default; with neither, no OpenTelemetry pipeline is set up.</summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Concord:Telemetry";

    /// <summary>The path of the Prometheus scrape endpoint.</summary>
    public const string PrometheusPath = "/metrics";

    /// <summary>Serve the metrics in the Prometheus text format at <c>GET /metrics</c>, without authentication (expose it
    /// only to the monitoring network). Default false: <c>/metrics</c> is then absent.</summary>
    public bool Prometheus { get; set; }

    /// <summary>An OTLP collector (for example <c>http://127.0.0.1:4317</c>, gRPC) to export traces and metrics to;
    /// empty for none (the default).</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Checks the settings; throws at start on a malformed <see cref="OtlpEndpoint"/>.</summary>
    public void Validate()
    {
        if (!string.IsNullOrWhiteSpace(OtlpEndpoint)
            && (!Uri.TryCreate(OtlpEndpoint, UriKind.Absolute, out Uri? uri) || uri.Scheme is not ("http" or "https")))
        {
            throw new InvalidOperationException($"{Section}:OtlpEndpoint must be an absolute http or https URL; found '{OtlpEndpoint}'.");
        }
    }
}
