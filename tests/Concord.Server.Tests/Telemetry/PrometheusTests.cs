using System.Net;
using Concord.Server.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Server.Tests.Telemetry;

// Alone: OpenTelemetry listens to every meter of a name in the process, so another test's server starting and stopping
// meanwhile (its ASP.NET Core instruments share names with this one's) would end the metric streams this test reads.
// A real hub is one server per process.
[CollectionDefinition(nameof(PrometheusTests), DisableParallelization = true)]
public sealed class PrometheusCollection;

[Collection(nameof(PrometheusTests))]
public sealed class PrometheusTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Metrics_WhenEnabled_ServePrometheusTextWithAspNetCoreAndConcordMetrics()
    {
        using var app = new HubApplication();
        app.Settings["Concord:Telemetry:Prometheus"] = "true";
        HttpClient anonymous = app.ClientWithKey(null);
        // A first scrape makes sure the meter provider is listening before the requests to be measured.
        using (HttpResponseMessage first = await anonymous.GetAsync("/metrics", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        await app.CreateAgencyAsync("ESA");
        // A screening run is a hub metric; record one through the hub's own instruments, as the worker does.
        app.Services.GetRequiredService<HubTelemetry>().ScreeningRun(all: false, ok: true, objects: 3, TimeSpan.FromMilliseconds(12));

        string text = await ScrapeAsync(anonymous);

        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", text, StringComparison.Ordinal);
        Assert.Contains("http_route=\"/api/v1/agencies", text, StringComparison.Ordinal);
        Assert.Contains("concord_screening_runs_total{", text, StringComparison.Ordinal);
        Assert.Contains("concord_screening_objects_total{", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ESA", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_WhenNotEnabled_AreAbsent()
    {
        using var app = new HubApplication();

        using HttpResponseMessage response = await app.AdminClient().GetAsync("/metrics", Ct);
        using HttpResponseMessage anonymous = await app.ClientWithKey(null).GetAsync("/metrics", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
    }

    // The exporter caches a scrape for a short while and collects asynchronously: read until the request metric shows.
    private static async Task<string> ScrapeAsync(HttpClient client)
    {
        string text = "";
        for (int attempt = 0; attempt < 50; attempt++)
        {
            using HttpResponseMessage response = await client.GetAsync("/metrics", Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
            text = await response.Content.ReadAsStringAsync(Ct);
            if (text.Contains("http_route=\"/api/v1/agencies", StringComparison.Ordinal) && text.Contains("concord_screening_runs_total", StringComparison.Ordinal))
            {
                return text;
            }

            await Task.Delay(200, Ct);
        }

        return text;
    }
}
