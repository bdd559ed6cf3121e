using Concord.Hub.Agencies;
using Concord.Hub.Agreements;
using Concord.Hub.Audit;
using Concord.Hub.Catalog;
using Concord.Hub.Conjunctions;
using Concord.Hub.Coordination;

using Concord.Hub.ManeuverPlans;
using Concord.Hub.Notifications;
using Concord.Hub.SpaceObjects;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Storage;

/// <summary>The hub's only <see cref="DbContext"/> (house style R22). Provider and migrations assembly are chosen
/// by the host: <c>Concord.Storage.Sqlite</c> or <c>Concord.Storage.Postgres</c>.</summary>
public sealed class HubDbContext(DbContextOptions<HubDbContext> options) : DbContext(options)
{
    /// <summary>Registered agencies.</summary>
    public DbSet<Agency> Agencies => Set<Agency>();

    /// <summary>Issued API keys (hashes only).</summary>
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    /// <summary>Web console sessions (token hashes only).</summary>
    public DbSet<WebSession> WebSessions => Set<WebSession>();

    /// <summary>The audit chain.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Registered space objects.</summary>
    public DbSet<SpaceObject> SpaceObjects => Set<SpaceObject>();

    /// <summary>Providers designated by confirmed owners.</summary>
    public DbSet<ObjectProvider> ObjectProviders => Set<ObjectProvider>();

    /// <summary>Standing grants of catalog-number ranges.</summary>
    public DbSet<OwnershipGrant> OwnershipGrants => Set<OwnershipGrant>();

    /// <summary>Data-sharing agreements, with their parties.</summary>
    public DbSet<Agreement> Agreements => Set<Agreement>();
    /// <summary>Accepted catalog submissions (provenance and idempotency keys).</summary>
    public DbSet<Submission> Submissions => Set<Submission>();

    /// <summary>Stored element sets, every submitted one (history).</summary>
    public DbSet<ElementSet> ElementSets => Set<ElementSet>();

    /// <summary>Stored OEM segments.</summary>
    public DbSet<EphemerisSegment> EphemerisSegments => Set<EphemerisSegment>();

    /// <summary>Conjunction events found by the hub's screening.</summary>
    public DbSet<ConjunctionEvent> ConjunctionEvents => Set<ConjunctionEvent>();

    /// <summary>The history of every conjunction event (one row per screening run that saw it).</summary>
    public DbSet<ConjunctionUpdate> ConjunctionUpdates => Set<ConjunctionUpdate>();

    /// <summary>The notification outbox, in commit order.</summary>
    public DbSet<HubNotification> Notifications => Set<HubNotification>();

    /// <summary>The durable screening queue: pending and completed screening requests.</summary>
    public DbSet<ScreeningRequest> ScreeningRequests => Set<ScreeningRequest>();

    /// <summary>Agencies' webhooks, with their delivery cursors.</summary>
    public DbSet<Webhook> Webhooks => Set<Webhook>();

    /// <summary>Parties' acknowledgements of conjunction events.</summary>
    public DbSet<ConjunctionAcknowledgement> ConjunctionAcknowledgements => Set<ConjunctionAcknowledgement>();

    /// <summary>Escalation steps of unacknowledged high-risk conjunction events.</summary>
    public DbSet<ConjunctionEscalation> ConjunctionEscalations => Set<ConjunctionEscalation>();

    /// <summary>Parties' statements of manoeuvre intent (history).</summary>
    public DbSet<ConjunctionIntent> ConjunctionIntents => Set<ConjunctionIntent>();

    /// <summary>Decisions of who moves, proposed, co-signed or superseded.</summary>
    public DbSet<ConjunctionDecision> ConjunctionDecisions => Set<ConjunctionDecision>();

    /// <summary>Manoeuvre plans of conjunction events.</summary>
    public DbSet<ManeuverPlan> ManeuverPlans => Set<ManeuverPlan>();

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HubDbContext).Assembly);
    }
}
