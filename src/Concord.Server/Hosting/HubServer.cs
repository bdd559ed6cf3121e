using System.Text.Json;
using System.Text.Json.Serialization;
using Concord.Hub.Agencies;
using Concord.Hub.Catalog;
using Concord.Hub.Conjunctions;
using Concord.Hub.Coordination;
using Concord.Hub.Release;
using Concord.Hub.Storage;
using Concord.Server.Agencies;
using Concord.Server.Agreements;
using Concord.Server.Audit;
using Concord.Server.Demo;
using Concord.Server.Auth;
using Concord.Server.Catalog;
using Concord.Server.Conjunctions;
using Concord.Server.Console;
using Concord.Server.Coordination;
using Concord.Server.Geometry;
using Concord.Server.Health;
using Concord.Server.ManeuverPlans;
using Concord.Server.Notifications;
using Concord.Server.Problems;
using Concord.Server.SpaceObjects;
using Concord.Server.Telemetry;
using Concord.Storage.Postgres;
using Concord.Storage.Sqlite;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Scalar.AspNetCore;

namespace Concord.Server.Hosting;

/// <summary>Composes the hub's web application (house style R21: this file only composes). Used by
/// <c>Program</c> and by <c>concord serve</c>.</summary>
public static class HubServer
{
    /// <summary>Builds the application from command-line style arguments (<c>--Concord:DataDir=…</c>, <c>--urls=…</c>).</summary>
    public static WebApplication Build(string[] args)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            WebRootPath = ConsoleFrontEnd.WebRootPath,
        });
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(HubServerOptions.DefaultUrl);
        }

        // EF Core logs every SQL command at Information; an operator's console should show the hub's own messages.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        var hubOptions = builder.Configuration.GetSection(HubServerOptions.Section).Get<HubServerOptions>() ?? new HubServerOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hubOptions.MaxRequestBytes, "Concord:MaxRequestBytes");
        builder.Services.Configure<HubServerOptions>(builder.Configuration.GetSection(HubServerOptions.Section));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = hubOptions.MaxRequestBytes);
        builder.Services.AddSingleton(TimeProvider.System);
        var screeningOptions = builder.Configuration.GetSection(ConjunctionScreeningOptions.Section).Get<ConjunctionScreeningOptions>()
            ?? new ConjunctionScreeningOptions();
        screeningOptions.Validate();
        builder.Services.AddSingleton(screeningOptions);
        var releaseOptions = builder.Configuration.GetSection(ReleaseOptions.Section).Get<ReleaseOptions>() ?? new ReleaseOptions();
        releaseOptions.Validate();
        builder.Services.AddSingleton(releaseOptions);
        var coordinationOptions = builder.Configuration.GetSection(ConjunctionCoordinationOptions.Section).Get<ConjunctionCoordinationOptions>()
            ?? new ConjunctionCoordinationOptions();
        if (hubOptions.Demo && builder.Configuration[$"{ConjunctionCoordinationOptions.Section}:{nameof(ConjunctionCoordinationOptions.AcknowledgeTimeout)}"] is null)
        {
            coordinationOptions.AcknowledgeTimeout = DemoSeeder.AcknowledgeTimeout; // so that the demo shows escalations within minutes
        }

        coordinationOptions.Validate();
        builder.Services.AddSingleton(coordinationOptions);
        var catalogOptions = builder.Configuration.GetSection(CatalogOptions.Section).Get<CatalogOptions>() ?? new CatalogOptions();
        catalogOptions.Validate();
        builder.Services.AddSingleton(catalogOptions);
        var sessionOptions = builder.Configuration.GetSection(WebSessionOptions.Section).Get<WebSessionOptions>() ?? new WebSessionOptions();
        sessionOptions.Validate();
        builder.Services.AddSingleton(sessionOptions);
        var forwarded = builder.Configuration.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>()
            ?? new ForwardedHeadersSettings();
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded.Apply);
        builder.Services.AddHub(options =>
        {
            if (!string.IsNullOrWhiteSpace(hubOptions.Database))
            {
                PostgresStorage.Configure(options, hubOptions.Database);
            }
            else
            {
                // The folder and the file are made private (0700, 0600) before first use: DataFiles.Prepare.
                string file = Path.GetFullPath(Path.Combine(hubOptions.DataDir, HubServerOptions.SqliteFileName));
                SqliteStorage.Configure(options, $"Data Source={file}");
            }
        });
        // On PostgreSQL any number of servers may share the database: advisory locks and LISTEN/NOTIFY coordinate them
        // (PostgresHubCoordination). Decided from the context's provider, so that a host replacing the database options
        // (the tests) gets the coordination of the database it actually uses.
        builder.Services.Replace(ServiceDescriptor.Singleton<IHubCoordination>(services =>
        {
            using IServiceScope scope = services.CreateScope();
            return PostgresStorage.CoordinationFor(scope.ServiceProvider.GetRequiredService<HubDbContext>(),
                services.GetRequiredService<ILogger<PostgresHubCoordination>>()) ?? (IHubCoordination)new SingleProcessCoordination();
        }));
        builder.Services.AddSingleton<HubJobLeader>();
        builder.Services.AddHostedService<HubInitializer>();
        builder.Services.AddHostedService<ReadAuditWorker>();
        builder.Services.AddHostedService<DemoSeeder>(); // after HubInitializer: needs the migrated database; no-op unless Concord:Demo
        builder.Services.AddSingleton(services => new ConjunctionScreeningQueue(screeningOptions.Enabled, services.GetRequiredService<IHubCoordination>(),
            services.GetRequiredService<ScreeningSignal>()));
        builder.Services.AddHostedService<ConjunctionScreeningWorker>();
        builder.Services.AddHostedService<ConjunctionScreeningScheduler>();
        var webhookOptions = builder.Configuration.GetSection(WebhookOptions.Section).Get<WebhookOptions>() ?? new WebhookOptions();
        webhookOptions.Validate();
        builder.Services.AddSingleton(webhookOptions);
        var webhookConnector = new WebhookConnector(webhookOptions.ToPolicy());
        builder.Services.AddSingleton(webhookOptions.ToPolicy());
        builder.Services.AddHttpClient(WebhookOptions.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(webhookOptions.TimeoutSeconds))
            // A redirect would re-send the signed body elsewhere (or drop it, for 301/302): a webhook URL is used as given.
            // The connector resolves and checks every destination; a proxy would hide the destination from it.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false,
                ConnectCallback = webhookConnector.ConnectAsync,
            });
        builder.Services.AddSingleton<Hub.Notifications.IWebhookSecretProtector, DataProtectedWebhookSecrets>();
        builder.Services.AddHostedService<WebhookDeliveryWorker>();
        builder.Services.AddHostedService<ConjunctionEscalationWorker>();
        builder.Services.AddHostedService<HubChangeListener>();

        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            // Unknown fields are a client mistake worth reporting (400), not something to drop silently.
            json.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            int status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
            if (!context.ProblemDetails.Extensions.TryGetValue("code", out object? existing) || existing is not string)
            {
                // A framework-generated problem (malformed JSON, unknown route, ...): give it the catalogue's code.
                string code = HubProblems.DefaultCode(status);
                context.ProblemDetails.Extensions["code"] = code;
                context.ProblemDetails.Type = HubProblems.TypeUri(code);
            }

            context.ProblemDetails.Extensions.TryAdd("traceId", context.HttpContext.TraceIdentifier);
        });
        builder.Services.AddAuthentication(HubClaims.Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(HubClaims.ApiKeyScheme, null)
            .AddConsoleSession(hubOptions.DataDir);
        builder.Services.AddAuthorizationBuilder().AddHubPolicies();
        var rateLimits = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        rateLimits.Validate();
        var streamOptions = builder.Configuration.GetSection(StreamOptions.Section).Get<StreamOptions>() ?? new StreamOptions();
        streamOptions.Validate();
        builder.Services.AddHubRateLimits(rateLimits, streamOptions);
        builder.Services.AddOpenApi();
        builder.Services.AddHubHealthChecks();
        TelemetryOptions telemetry = builder.AddHubTelemetry();

        WebApplication app = builder.Build();
        app.UseForwardedHeaders(); // first: everything after sees the scheme the client used at a trusted proxy
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestSizeLimitMiddleware>();
        app.UseConsoleFrontEnd();
        app.UseMiddleware<ConsoleCsrfMiddleware>();
        app.UseAuthentication();
        app.UseRateLimiter(); // after authentication: the budgets are per key
        app.UseAuthorization();

        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference().AllowAnonymous();
        app.MapHealth();
        app.MapHubTelemetry(telemetry);
        app.MapAgencies();
        app.MapApiKeys();
        app.MapAudit();
        app.MapSpaceObjects();
        app.MapObjectOwnership();
        app.MapOwnershipGrants();
        app.MapObjectTracks();
        app.MapAgreements();
        app.MapSubmissions();
        app.MapCatalog();
        app.MapConjunctions();
        app.MapStream();
        app.MapWebhooks();
        app.MapConjunctionCoordination();
        app.MapConjunctionCdms();
        app.MapConjunctionGeometry();
        app.MapManeuverPlans();
        app.MapSession();
        app.MapConsoleFrontEnd();
        return app;
    }
}
