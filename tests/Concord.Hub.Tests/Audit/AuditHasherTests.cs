using System.Security.Cryptography;
using System.Text;
using Concord.Hub.Agencies;
using Concord.Hub.Audit;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Tests.Audit;

public sealed class AuditHasherTests
{
    private static readonly DateTimeOffset s_recorded = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // The canonical text written out by hand, as AuditHasher's remarks define it.
    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private const string Canonical =
        "{\"sequence\":1,\"recordedAt\":\"2026-01-01T00:00:00.000000Z\",\"actor\":\"system\",\"action\":\"agency.created\"," +
        "\"subject\":\"agency:AAA\",\"details\":{\"code\":\"AAA\"}";

    [Fact]
    public void WithoutAgencies_TheHashIsTheOriginalDefinition()
    {
        string expected = Sha256(AuditHasher.GenesisHash + Canonical + "}");

        Assert.Equal(expected, AuditHasher.ComputeHash(AuditHasher.GenesisHash, 1, s_recorded, "system", "agency.created", "agency:AAA", "{\"code\":\"AAA\"}"));
        Assert.Equal(expected, AuditHasher.ComputeHash(AuditHasher.GenesisHash, 1, s_recorded, "system", "agency.created", "agency:AAA", "{\"code\":\"AAA\"}", []));
    }

    [Fact]
    public void Agencies_FollowTheDetails_AndChangeTheHash()
    {
        string expected = Sha256(AuditHasher.GenesisHash + Canonical + ",\"agencies\":[\"AAA\",\"BBB\"]}");

        string hash = AuditHasher.ComputeHash(AuditHasher.GenesisHash, 1, s_recorded, "system", "agency.created", "agency:AAA", "{\"code\":\"AAA\"}", ["AAA", "BBB"]);

        Assert.Equal(expected, hash);
        Assert.NotEqual(hash, AuditHasher.ComputeHash(AuditHasher.GenesisHash, 1, s_recorded, "system", "agency.created", "agency:AAA", "{\"code\":\"AAA\"}", ["AAA"]));
    }

    [Fact]
    public void NormalizeAgencies_DropsEmptyAndDuplicateCodes_InOrdinalOrder()
    {
        Assert.Equal(["AAA", "BBB", "aaa"], AuditHasher.NormalizeAgencies(["BBB", null, "AAA", "", "aaa", "BBB"]));
    }

    [Fact]
    public async Task Append_RecordsTheGivenAgenciesAndTheActors_InTheHash()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        var actor = new Actor(Guid.Parse("01900000-0000-7000-8000-000000000002"), HubRole.Officer, "CCC");
        await using (HubDbContext db = database.NewContext())
        {
            await database.NewAuditLog(db).Append(actor, AuditActions.AgreementProposed, "agreement:1",
                new Dictionary<string, string?>(), TestContext.Current.CancellationToken, ["BBB", "AAA", null]);
            await database.NewAuditLog(db).Append(Actor.System, AuditActions.ConjunctionsScreened, "screening:1",
                new Dictionary<string, string?>(), TestContext.Current.CancellationToken);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using HubDbContext read = database.NewContext();
        List<AuditEntry> entries = await read.AuditEntries.OrderBy(e => e.Sequence).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["AAA", "BBB", "CCC"], entries[0].Agencies);
        Assert.Empty(entries[1].Agencies);
        Assert.Equal(entries[0].Hash, AuditHasher.ComputeHash(AuditHasher.GenesisHash, entries[0]));
        Assert.NotEqual(entries[0].Hash, AuditHasher.ComputeHash(AuditHasher.GenesisHash, entries[0].Sequence, entries[0].RecordedAt,
            entries[0].Actor, entries[0].Action, entries[0].Subject, entries[0].Details));
        Assert.True((await database.NewAuditLog(read).VerifyAsync(TestContext.Current.CancellationToken)).Valid);
    }

    [Fact]
    public async Task AnEntryWrittenBeforeAgencies_StillVerifies_AndTheChainGoesOn()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await using (HubDbContext db = database.NewContext())
        {
            // As the hub wrote it before the Agencies column: hashed with the original definition, stored with none.
            string details = "{\"code\":\"AAA\"}";
            db.AuditEntries.Add(new AuditEntry
            {
                Sequence = 1, RecordedAt = s_recorded, Actor = "system", Action = AuditActions.AgencyCreated, Subject = "agency:AAA",
                Details = details, PreviousHash = AuditHasher.GenesisHash, Hash = Sha256(AuditHasher.GenesisHash + Canonical + "}"),
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            await database.NewAuditLog(db).Append(Actor.System, AuditActions.ApiKeyIssued, "api-key:1",
                new Dictionary<string, string?>(), TestContext.Current.CancellationToken, ["AAA"]);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using HubDbContext read = database.NewContext();
        AuditVerification result = await database.NewAuditLog(read).VerifyAsync(TestContext.Current.CancellationToken);

        Assert.True(result.Valid);
        Assert.Equal(2, result.Entries);
    }

    [Fact]
    public async Task ChangingWhomAStoredEntryConcerns_IsDetected()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await using (HubDbContext db = database.NewContext())
        {
            await database.NewAuditLog(db).Append(Actor.System, AuditActions.AgencyCreated, "agency:AAA",
                new Dictionary<string, string?>(), TestContext.Current.CancellationToken, ["AAA"]);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            await db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET Agencies = ',AAA,BBB,'", TestContext.Current.CancellationToken);
        }

        await using HubDbContext read = database.NewContext();
        AuditVerification result = await database.NewAuditLog(read).VerifyAsync(TestContext.Current.CancellationToken);

        Assert.False(result.Valid);
        Assert.Equal(1, result.FirstInvalidSequence);
    }
}
