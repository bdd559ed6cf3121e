using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Concord.Server.Telemetry;

/// <summary>Wires OpenTelemetry (traces and metrics of ASP.NET Core, EF Core and the hub's workers) to the exporters
/// that <see cref="TelemetryOptions"/> turns on, and maps the Prometheus scrape endpoint.</summary>
internal static class TelemetrySetup
{
    /// <summary>The meter EF Core publishes its own metrics on (commands, queries, saves).</summary>
    private const string EntityFrameworkMeter = "Microsoft.EntityFrameworkCore";

    public static TelemetryOptions AddHubTelemetry(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        options.Validate();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<HubTelemetry>();
        bool otlp = !string.IsNullOrWhiteSpace(options.OtlpEndpoint);
        if (!options.Prometheus && !otlp)
        {
            return options;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("concord-hub"))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddMeter(HubTelemetry.SourceName, EntityFrameworkMeter);
                if (options.Prometheus)
                {
                    metrics.AddPrometheusExporter();
                }

                if (otlp)
                {
                    metrics.AddOtlpExporter(exporter => exporter.Endpoint = new Uri(options.OtlpEndpoint!));
                }
            })
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation().AddEntityFrameworkCoreInstrumentation().AddSource(HubTelemetry.SourceName);
                if (otlp)
                {
                    tracing.AddOtlpExporter(exporter => exporter.Endpoint = new Uri(options.OtlpEndpoint!));
                }
            });
        return options;
    }

    /// <summary>Maps <c>GET /metrics</c> when <see cref="TelemetryOptions.Prometheus"/> is on; anonymous, like
    /// <c>/health</c>, because scrapers hold no hub key: its labels name routes and outcomes, never an agency or object.</summary>
    public static void MapHubTelemetry(this WebApplication app, TelemetryOptions options)
    {
        if (options.Prometheus)
        {
            app.MapPrometheusScrapingEndpoint(TelemetryOptions.PrometheusPath).AllowAnonymous();
        }
    }
}
