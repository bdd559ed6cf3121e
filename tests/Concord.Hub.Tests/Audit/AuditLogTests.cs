using Concord.Hub.Agencies;
using Concord.Hub.Audit;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Tests.Audit;

public sealed class AuditLogTests
{
    private static readonly Actor s_actor = new(Guid.Parse("01900000-0000-7000-8000-000000000001"), HubRole.HubAdmin, null);

    [Fact]
    public async Task EmptyLog_VerifiesWithGenesisHead()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await using HubDbContext db = database.NewContext();

        AuditVerification result = await database.NewAuditLog(db).VerifyAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new AuditVerification(true, 0, AuditHasher.GenesisHash, null), result);
    }

    [Fact]
    public async Task AppendedEntries_AreChainedAndVerify()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await AppendAsync(database, 3);
        await using HubDbContext db = database.NewContext();

        AuditVerification result = await database.NewAuditLog(db).VerifyAsync(TestContext.Current.CancellationToken);
        List<AuditEntry> entries = await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync(TestContext.Current.CancellationToken);

        Assert.True(result.Valid);
        Assert.Equal(3, result.Entries);
        Assert.Equal(entries[^1].Hash, result.Head);
        Assert.Equal([1L, 2L, 3L], entries.Select(e => e.Sequence));
        Assert.Equal(AuditHasher.GenesisHash, entries[0].PreviousHash);
        Assert.Equal(entries[0].Hash, entries[1].PreviousHash);
        Assert.Equal(entries[1].Hash, entries[2].PreviousHash);
    }

    [Fact]
    public async Task TamperedDetails_AreDetectedAtThatEntry()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await AppendAsync(database, 3);
        await using HubDbContext db = database.NewContext();
        string forged = "{\"name\":\"forged\"}";
        await db.Database.ExecuteSqlAsync(
            $"UPDATE audit_entries SET Details = {forged} WHERE Sequence = 2", TestContext.Current.CancellationToken);

        AuditVerification result = await database.NewAuditLog(db).VerifyAsync(TestContext.Current.CancellationToken);

        Assert.False(result.Valid);
        Assert.Equal(2, result.FirstInvalidSequence);
        Assert.Equal(3, result.Entries);
    }

    [Fact]
    public async Task DeletedEntry_IsDetected()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await AppendAsync(database, 3);
        await using HubDbContext db = database.NewContext();
        await db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries WHERE Sequence = 2", TestContext.Current.CancellationToken);

        AuditVerification result = await database.NewAuditLog(db).VerifyAsync(TestContext.Current.CancellationToken);

        Assert.False(result.Valid);
        Assert.Equal(3, result.FirstInvalidSequence);
    }

    [Fact]
    public async Task RecordedAt_IsTruncatedToMicroseconds_AndSurvivesStorage()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        database.Time.Advance(TimeSpan.FromTicks(1234567));
        await AppendAsync(database, 1);
        await using HubDbContext db = database.NewContext();

        AuditEntry entry = await db.AuditEntries.SingleAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, entry.RecordedAt.Ticks % TimeSpan.TicksPerMicrosecond);
        Assert.Equal(entry.Hash, AuditHasher.ComputeHash(entry.PreviousHash, entry));
    }

    [Fact]
    public void CanonicalDetails_SortsKeysOrdinallyWithoutWhitespace()
    {
        string details = AuditHasher.CanonicalDetails(new Dictionary<string, string?> { ["b"] = "2", ["B"] = null, ["a"] = "x\"y" });

        Assert.Equal("{\"B\":null,\"a\":\"x\\u0022y\",\"b\":\"2\"}", details);
    }

    private static async Task AppendAsync(HubDatabase database, int count)
    {
        for (int i = 0; i < count; i++)
        {
            await using HubDbContext db = database.NewContext();
            await database.NewAuditLog(db).Append(s_actor, AuditActions.AgencyCreated, $"agency:A{i:D2}",
                new Dictionary<string, string?> { ["name"] = $"Agency {i}" }, TestContext.Current.CancellationToken);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            database.Time.Advance(TimeSpan.FromSeconds(1));
        }
    }
}
