using Concord.Astro.Time;
using Concord.Hub.Agencies;
using Concord.Hub.Conjunctions;
using Concord.Hub.Coordination;
using Concord.Hub.Notifications;
using Concord.Hub.Release;
using Concord.Hub.SpaceObjects;
using Concord.Hub.Storage;

namespace Concord.Hub.Tests.Coordination;

/// <summary>Agencies AAA (two contacts, the second on duty), BBB (two contacts, none on duty) and CCC, and conjunction
/// events stored directly (what screening would store), with the services under test.</summary>
internal static class CoordinationScene
{
    public static readonly Actor AaaOfficer = new(Guid.NewGuid(), HubRole.Officer, "AAA");
    public static readonly Actor AaaAnalyst = new(Guid.NewGuid(), HubRole.Analyst, "AAA");
    public static readonly Actor BbbOfficer = new(Guid.NewGuid(), HubRole.Officer, "BBB");
    public static readonly Actor BbbAdmin = new(Guid.NewGuid(), HubRole.AgencyAdmin, "BBB");
    public static readonly Actor CccOfficer = new(Guid.NewGuid(), HubRole.Officer, "CCC");

    public static readonly ConjunctionCoordinationOptions Options = new() { AcknowledgeTimeout = TimeSpan.FromMinutes(30) };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task AgenciesAsync(HubDatabase database)
    {
        await using HubDbContext db = database.NewContext();
        DateTimeOffset now = database.Time.GetUtcNow();
        db.Agencies.AddRange(
            new Agency
            {
                Id = Guid.NewGuid(), Code = "AAA", Name = "Agency A", Country = "FR", CreatedAt = now,
                Contacts = [new() { Name = "Ann Day", Email = "ann@a.example" }, new() { Name = "Al Night", Email = "al@a.example", Duty = true }],
            },
            new Agency
            {
                Id = Guid.NewGuid(), Code = "BBB", Name = "Agency B", Country = "DE", CreatedAt = now,
                Contacts = [new() { Name = "Bea", Email = "bea@b.example" }, new() { Name = "Bo", Email = "bo@b.example" }],
            },
            new Agency { Id = Guid.NewGuid(), Code = "CCC", Name = "Agency C", Country = "IT", CreatedAt = now });
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>Registers <paramref name="primary"/> (owned by <paramref name="primaryOwner"/>) and <paramref name="secondary"/>
    /// (owned by <paramref name="secondaryOwner"/>) and stores an open event between them, TCA one day ahead.</summary>
    public static async Task<Guid> EventAsync(HubDatabase database, ConjunctionRiskLevel risk, string primaryOwner = "AAA",
        string secondaryOwner = "BBB", int primary = 90001, int secondary = 90002)
    {
        await using HubDbContext db = database.NewContext();
        DateTimeOffset now = database.Time.GetUtcNow();
        foreach ((int number, string owner) in new[] { (primary, primaryOwner), (secondary, secondaryOwner) })
        {
            db.SpaceObjects.Add(new SpaceObject
            {
                Id = Guid.NewGuid(), CatalogNumber = number, Name = $"OBJECT {number}", Owner = owner, Originator = owner, Claim = ClaimStatus.Confirmed,
                Marking = Marking.Partners, Status = SpaceObjectStatus.Operational, CreatedAt = now, UpdatedAt = now,
            });
        }

        var e = new ConjunctionEvent
        {
            Id = Guid.CreateVersion7(now),
            PrimaryCatalogNumber = primary,
            SecondaryCatalogNumber = secondary,
            Tca = Epoch.FromUtc(now.AddDays(1)),
            MissDistanceMeters = 30.0,
            RelativeSpeedMetersPerSecond = 6000.0,
            Pc = risk == ConjunctionRiskLevel.High ? 1e-3 : 1e-6,
            RiskLevel = risk,
            RiskLevelSince = now,
            Status = ConjunctionStatus.Open,
            FirstScreenedAt = now,
            LastScreenedAt = now,
            // Each owner's own set, released to the other owner: the parties identify each other.
            PrimarySide = Side(primaryOwner, secondaryOwner, now),
            SecondarySide = Side(secondaryOwner, primaryOwner, now),
        };
        db.ConjunctionEvents.Add(e);
        await db.SaveChangesAsync(Ct);
        return e.Id;
    }

    private static ConjunctionSide Side(string owner, string other, DateTimeOffset now) => new()
    {
        SourceKind = ConjunctionSources.Elements,
        SourceId = Guid.NewGuid(),
        SourceOriginator = owner,
        SourceMarking = Marking.Restricted,
        SourceRelTo = [other],
        SourceStoredAt = now,
        Authority = ConjunctionSources.Owner,
    };

    /// <summary>Changes an event as a screening run would: a new risk level (since now) or a closed status.</summary>
    public static async Task ChangeAsync(HubDatabase database, Guid id, ConjunctionRiskLevel? risk = null, ConjunctionStatus? status = null)
    {
        await using HubDbContext db = database.NewContext();
        ConjunctionEvent e = await db.ConjunctionEvents.FindAsync([id], Ct) ?? throw new InvalidOperationException();
        if (risk is { } level && level != e.RiskLevel)
        {
            e.RiskLevel = level;
            e.RiskLevelSince = database.Time.GetUtcNow();
        }

        e.Status = status ?? e.Status;
        await db.SaveChangesAsync(Ct);
    }

    public static ConjunctionCoordinationService Coordination(HubDatabase database, HubDbContext db) =>
        new(db, database.NewAuditLog(db), database.Gate, database.Time, new NotificationOutbox(db),
            new ConjunctionService(db, new ReleasePolicy(db, database.Time)));

    public static ConjunctionEscalationService Escalation(HubDatabase database, HubDbContext db) =>
        new(db, database.NewAuditLog(db), database.Gate, database.Time, Options, new NotificationOutbox(db));

    /// <summary>Runs one coordination call on a fresh context.</summary>
    public static async Task<T> WithCoordinationAsync<T>(HubDatabase database, Func<ConjunctionCoordinationService, Task<T>> action)
    {
        await using HubDbContext db = database.NewContext();
        return await action(Coordination(database, db));
    }

    /// <summary>Runs one escalation check on a fresh context.</summary>
    public static async Task<IReadOnlyList<ConjunctionEscalation>> EscalateAsync(HubDatabase database)
    {
        await using HubDbContext db = database.NewContext();
        return await Escalation(database, db).EscalateDueAsync(Ct);
    }
}
