using System.Security.Cryptography;
using System.Text;
using Concord.Conjunctions.Samples;
using Concord.Hub.Agencies;
using Concord.Hub.Catalog;
using Concord.Hub.Conjunctions;
using Concord.Hub.Notifications;
using Concord.Hub.Release;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Tests.Coordination;

/// <summary>The screening records when an event reached its risk level (<see cref="ConjunctionEvent.RiskLevelSince"/>),
/// from which acknowledgements and escalations count.</summary>
public sealed class RiskLevelSinceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Screening_SetsItOnCreation_KeepsItWhileTheLevelStays_AndMovesItWhenTheLevelChanges()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await SubmitAsync(database, ConjunctionSamples.Primary + ConjunctionSamples.Secondary);
        DateTimeOffset created = database.Time.GetUtcNow();
        await ScreenAsync(database, new ConjunctionScreeningOptions());
        database.Time.Advance(TimeSpan.FromHours(1));
        await ScreenAsync(database, new ConjunctionScreeningOptions());
        DateTimeOffset kept = (await EventAsync(database)).RiskLevelSince;
        database.Time.Advance(TimeSpan.FromHours(1));

        // Thresholds no Pc reaches: the level drops to low, now.
        await ScreenAsync(database, new ConjunctionScreeningOptions { MitigationPc = 1.0, AttentionPc = 1.0 });

        ConjunctionEvent dropped = await EventAsync(database);
        Assert.Equal((created, ConjunctionRiskLevel.Low, database.Time.GetUtcNow()), (kept, dropped.RiskLevel, dropped.RiskLevelSince));
    }

    private static async Task<ConjunctionEvent> EventAsync(HubDatabase database)
    {
        await using HubDbContext check = database.NewContext();
        return await check.ConjunctionEvents.SingleAsync(Ct);
    }

    private static async Task ScreenAsync(HubDatabase database, ConjunctionScreeningOptions options)
    {
        await using HubDbContext db = database.NewContext();
        var service = new ConjunctionScreeningService(db, database.NewAuditLog(db), database.Gate, database.Time, options,
            new NotificationOutbox(db), new CatalogOptions());
        await service.ScreenAsync([90001, 90002], Ct);
    }

    private static async Task SubmitAsync(HubDatabase database, string text)
    {
        await using HubDbContext db = database.NewContext();
        var service = new SubmissionService(db, database.NewAuditLog(db), database.Gate, database.Time, database.Catalog);
        SubmissionResult result = await service.SubmitAsync(new NewSubmission(text,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), "text/plain", Marking.Partners, [], null),
            new Actor(Guid.NewGuid(), HubRole.Analyst, "AAA"), Ct);
        Assert.True(result.Success);
    }
}
