using System.Security.Cryptography;
using System.Text;
using Concord.Catalog.Samples;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Oem;
using Concord.Formats.Diagnostics;
using Concord.Formats.Tle;
using Concord.Hub.Agencies;
using Concord.Hub.Audit;
using Concord.Hub.Catalog;
using Concord.Hub.Errors;
using Concord.Hub.Release;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Tests.Catalog;

public sealed class SubmissionServiceTests
{
    private static readonly Actor s_analyst = new(Guid.NewGuid(), HubRole.Analyst, "AAA");

    [Fact]
    public async Task Submit_Omm_StoresEverySetWithProvenanceAndOneAuditEntryTogether()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        string text = CatalogSamples.OmmText(CcsdsFormat.Json, CatalogSamples.Set(90001), CatalogSamples.Set(90002));

        SubmissionResult result = await SubmitAsync(database, text);

        Assert.True(result.Success);
        Assert.Equal(2, result.Receipt.Records);
        Assert.Equal(SubmissionFormats.OmmJson, result.Receipt.Format);
        await using HubDbContext check = database.NewContext();
        Submission stored = await check.Submissions.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(("AAA", s_analyst.KeyId, Sha256(text), "application/json", Marking.Partners, 2),
            (stored.AgencyCode, stored.KeyId, stored.ContentSha256, stored.ContentType, stored.Marking, stored.RecordCount));
        Assert.Equal(database.Time.GetUtcNow(), stored.ReceivedAt);
        ElementSet[] sets = await check.ElementSets.OrderBy(e => e.CatalogNumber).ToArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal([90001, 90002], sets.Select(s => s.CatalogNumber));
        Assert.All(sets, s => Assert.Equal((stored.Id, "AAA", Marking.Partners), (s.SubmissionId, s.Originator, s.Marking)));
        AuditEntry entry = await check.AuditEntries.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(AuditActions.SubmissionAccepted, entry.Action);
        Assert.Contains($"\"hash\":\"{Sha256(text)}\"", entry.Details, StringComparison.Ordinal);
        Assert.Contains("\"records\":\"2\"", entry.Details, StringComparison.Ordinal);
        Assert.True((await database.NewAuditLog(check).VerifyAsync(TestContext.Current.CancellationToken)).Valid);
    }

    [Fact]
    public async Task Submit_Tle_StoresASetThatIsWrittenBackByteForByte()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        string text = CatalogSamples.TleText(CatalogSamples.Set(90001, name: "SAT ONE"));

        SubmissionResult result = await SubmitAsync(database, text, contentType: "text/plain");

        Assert.Equal(SubmissionFormats.ThreeLine, result.Receipt!.Format);
        await using HubDbContext check = database.NewContext();
        ElementSet set = await check.ElementSets.SingleAsync(TestContext.Current.CancellationToken);
        ParseResult<Tle> back = ElementSetMapping.ToTle(set);
        Assert.Equal(text, CatalogSamples.TleText(back.Value!));
        Assert.Equal(TleReader.Parse(text).Sets[0], back.Value);
    }

    [Fact]
    public async Task Submit_AnInvalidRecord_RefusesEverythingAndListsEveryDiagnostic()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        string good = CatalogSamples.TleText(CatalogSamples.Set(90001), CatalogSamples.Set(90002), CatalogSamples.Set(90003));
        string[] lines = good.Split('\n');
        // Lines 2 and 6 (line 2 of the first and third set): the inclination field becomes non-numeric.
        string text = CatalogSamples.ReplaceLine(CatalogSamples.ReplaceLine(good, 2, lines[1][..8] + "5x.6416" + lines[1][16..]),
            6, lines[5][..8] + "5x.6416" + lines[5][16..]);

        SubmissionResult result = await SubmitAsync(database, text);

        Assert.False(result.Success);
        Assert.Equal(HubErrorCodes.SubmissionInvalidContent, Assert.Single(result.Errors).Code);
        Assert.Equal([2, 6], result.Diagnostics.Where(d => d.IsError).Select(d => d.Line).Distinct());
        await using HubDbContext check = database.NewContext();
        Assert.Equal(0, await check.ElementSets.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await check.Submissions.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await check.AuditEntries.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Submit_NonSgp4Omm_IsRefusedAtTheMessageLine()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        string text = CatalogSamples.OmmText(CcsdsFormat.Kvn, CatalogSamples.Set(90001)).Replace("TEME", "GCRF", StringComparison.Ordinal);

        SubmissionResult result = await SubmitAsync(database, text);

        Diagnostic diagnostic = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((ErrorCodes.CcsdsOmmNotSgp4, 1), (diagnostic.Code, diagnostic.Line));
    }

    [Fact]
    public async Task Submit_SameIdempotencyKey_ReplaysTheFirstReceipt_OrConflictsOnOtherContent()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        string text = CatalogSamples.TleText(CatalogSamples.Set(90001));

        SubmissionResult first = await SubmitAsync(database, text, idempotencyKey: "k-1");
        SubmissionResult again = await SubmitAsync(database, text, idempotencyKey: "k-1");
        SubmissionResult other = await SubmitAsync(database, CatalogSamples.TleText(CatalogSamples.Set(90002)), idempotencyKey: "k-1");

        Assert.False(first.Receipt!.Replayed);
        Assert.True(again.Receipt!.Replayed);
        Assert.Equal(first.Receipt.Id, again.Receipt.Id);
        HubError conflict = Assert.Single(other.Errors);
        Assert.Equal((HubErrorCodes.SubmissionIdempotencyConflict, HubErrorKind.Conflict), (conflict.Code, conflict.Kind));
        Assert.Equal(["k-1", first.Receipt.Id.ToString("D")], conflict.Arguments);
        await using HubDbContext check = database.NewContext();
        Assert.Equal(1, await check.Submissions.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, await check.ElementSets.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, await check.AuditEntries.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(Marking.Partners, "BBB", "allowed only with marking restricted")]
    [InlineData(Marking.Restricted, "", "required with marking restricted")]
    [InlineData(Marking.Restricted, "ZZZ", "agency ZZZ is not registered")]
    public async Task Submit_InvalidRelTo_IsRefused(Marking marking, string relTo, string reason)
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await AddAgencyAsync(database, "BBB");

        SubmissionResult result = await SubmitAsync(database, CatalogSamples.TleText(CatalogSamples.Set(90001)), marking,
            relTo.Length == 0 ? [] : [relTo]);

        HubError error = Assert.Single(result.Errors);
        Assert.Equal(HubErrorCodes.ValidationFailed, error.Code);
        Assert.Equal(["relTo", reason], error.Arguments);
    }

    [Fact]
    public async Task Submit_RestrictedToARegisteredAgency_KeepsRelToOnEveryRow()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();
        await AddAgencyAsync(database, "BBB");

        SubmissionResult result = await SubmitAsync(database, CatalogSamples.TleText(CatalogSamples.Set(90001)), Marking.Restricted, ["BBB"]);

        Assert.True(result.Success);
        await using HubDbContext check = database.NewContext();
        ElementSet set = await check.ElementSets.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Marking.Restricted, set.Marking);
        Assert.Equal(["BBB"], set.RelTo);
    }

    [Fact]
    public async Task Submit_Oem_StoresEachSegmentAsCanonicalKvnWithItsCatalogNumber()
    {
        await using HubDatabase database = await HubDatabase.CreateAsync();

        SubmissionResult result = await SubmitAsync(database, CatalogSamples.Oem, contentType: "text/plain");

        Assert.Equal((SubmissionFormats.OemKvn, 2), (result.Receipt!.Format, result.Receipt.Records));
        await using HubDbContext check = database.NewContext();
        EphemerisSegment[] segments = await check.EphemerisSegments.OrderBy(s => s.ObjectName).ToArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal([90001, null], segments.Select(s => s.CatalogNumber));
        Assert.Equal("2026-01-10T00:00:30.000000Z", segments[1].UseableStart.ToIsoString(Astro.Time.TimeScale.Utc));
        Oem original = OemReader.Parse(CatalogSamples.Oem).Message!;
        Oem reread = OemReader.Parse(segments[0].Text).Message!;
        Assert.Equal(original.Segments[0], Assert.Single(reread.Segments));
    }

    private static async Task<SubmissionResult> SubmitAsync(HubDatabase database, string text, Marking marking = Marking.Partners,
        IReadOnlyList<string>? relTo = null, string? idempotencyKey = null, string contentType = "application/json")
    {
        await using HubDbContext db = database.NewContext();
        var service = new SubmissionService(db, database.NewAuditLog(db), database.Gate, database.Time, database.Catalog);
        return await service.SubmitAsync(new NewSubmission(text, Sha256(text), contentType, marking, relTo ?? [], idempotencyKey),
            s_analyst, TestContext.Current.CancellationToken);
    }

    private static async Task AddAgencyAsync(HubDatabase database, string code)
    {
        await using HubDbContext db = database.NewContext();
        db.Agencies.Add(new Agency { Id = Guid.NewGuid(), Code = code, Name = code, Country = "FR" });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
