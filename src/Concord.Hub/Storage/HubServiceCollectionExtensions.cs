using Concord.Hub.Agencies;
using Concord.Hub.Agreements;
using Concord.Hub.Audit;
using Concord.Hub.Catalog;
using Concord.Hub.Conjunctions;
using Concord.Hub.Coordination;
using Concord.Hub.Geometry;
using Concord.Hub.ManeuverPlans;
using Concord.Hub.Notifications;
using Concord.Hub.Release;
using Concord.Hub.SpaceObjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Concord.Hub.Storage;

/// <summary>Registers the hub's domain services and its <see cref="HubDbContext"/>.</summary>
public static class HubServiceCollectionExtensions
{
    /// <summary>Adds the hub. <paramref name="configureDatabase"/> chooses the provider and its migrations assembly
    /// (see <c>SqliteStorage.Configure</c> and <c>PostgresStorage.Configure</c>). A <see cref="TimeProvider"/> must
    /// be registered by the host (tests register a fake one). <see cref="IHubCoordination"/> is
    /// <see cref="SingleProcessCoordination"/> unless the host registered its own first. <see cref="ConjunctionScreeningOptions"/>, <see cref="ConjunctionCoordinationOptions"/>, <see cref="CatalogOptions"/> and <see cref="WebhookDestinationPolicy"/> are the defaults
    /// unless the host registered its own first.</summary>
    public static IServiceCollection AddHub(this IServiceCollection services, Action<DbContextOptionsBuilder> configureDatabase)
    {
        services.AddDbContext<HubDbContext>(configureDatabase);
        // One process per database unless the host registered a shared coordination first (PostgreSQL).
        services.TryAddSingleton<IHubCoordination, SingleProcessCoordination>();
        services.AddSingleton<HubWriteGate>();
        services.AddScoped<AuditLog>();
        services.TryAddSingleton(_ => new ReadAuditQueue());
        services.AddScoped<ReadAuditWriter>();
        services.AddSingleton<NotificationSignal>();
        services.AddSingleton<ScreeningSignal>();
        services.AddScoped<NotificationOutbox>();
        services.AddScoped<AgencyService>();
        services.AddScoped<ApiKeyService>();
        services.AddSingleton<ApiKeyUsage>();
        services.TryAddSingleton(new WebSessionOptions());
        services.AddScoped<WebSessionService>();
        services.AddScoped<ReleasePolicy>();
        services.TryAddSingleton(new ReleaseOptions());
        services.AddScoped<SpaceObjectService>();
        services.AddScoped<OwnershipService>();
        services.AddScoped<AgreementService>();
        services.AddScoped<SubmissionService>();
        services.AddScoped<CatalogService>();
        services.TryAddSingleton(new ConjunctionScreeningOptions());
        services.TryAddSingleton(new CatalogOptions());
        services.AddScoped<ConjunctionScreeningService>();
        services.AddScoped<ConjunctionService>();
        services.AddScoped<ScreeningRequests>();
        services.AddScoped<NotificationFeed>();
        services.TryAddSingleton<IWebhookSecretProtector, UnprotectedWebhookSecrets>();
        services.TryAddSingleton(WebhookDestinationPolicy.Default);
        services.AddScoped<WebhookService>();
        services.AddScoped<WebhookDeliveryService>();
        services.TryAddSingleton(new ConjunctionCoordinationOptions());
        services.AddScoped<ConjunctionCoordinationService>();
        services.AddScoped<ConjunctionEscalationService>();
        services.AddScoped<ManeuverPlanService>();
        services.AddScoped<ObjectTrackService>();
        services.AddScoped<ConjunctionGeometryService>();
        services.AddScoped<TypedStorageUpgrade>();
        return services;
    }
}
