using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.Hub.Audit;

namespace Concord.Server.Tests.Audit;

// An agency auditor's export (its entries in full, the others redacted) still proves the chain offline.
public sealed partial class AuditExportTests
{
    /// <summary>AAA's auditor's export: 1 bootstrap key (redacted), 2 agency AAA, 3 agency BBB (redacted), 4 AAA's
    /// auditor key, 5 BBB's analyst key (redacted); and the hub's head.</summary>
    private static async Task<(string Export, string Head)> RedactedExportAsync()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        await app.CreateAgencyAsync("BBB", "DE");
        (_, string auditor) = await app.IssueKeyAsync("AAA", "auditor");
        await app.IssueKeyAsync("BBB", "analyst");
        HttpClient client = app.ClientWithKey(auditor);
        string export = await client.GetStringAsync("/api/v1/audit", TestContext.Current.CancellationToken);
        JsonElement verify = await client.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify", TestContext.Current.CancellationToken);
        return (export, verify.GetProperty("head").GetString()!);
    }

    [Fact]
    public async Task ARedactedExportVerifies_UpToTheHubsHead()
    {
        (string export, string head) = await RedactedExportAsync();

        AuditExportVerification? result = AuditExport.Verify(export, out string? malformed);

        Assert.Null(malformed);
        Assert.NotNull(result);
        Assert.True(result.Valid, result.Problem);
        Assert.Equal(5, result.Entries);
        Assert.Equal(3, result.RedactedEntries);
        Assert.Equal(head, result.Head);
    }

    [Theory]
    [InlineData(4, "subject", "api-key:someone-else")]
    [InlineData(2, "actor", "key:forged")]
    public async Task AnAlteredFullEntryIsPinpointed(int sequence, string field, string value)
    {
        JsonArray entries = JsonNode.Parse((await RedactedExportAsync()).Export)!.AsArray();
        entries[sequence - 1]![field] = value;

        AuditExportVerification result = AuditExport.Verify(entries.ToJsonString(), out _)!;

        Assert.False(result.Valid);
        Assert.Equal(sequence, result.FirstInvalidSequence);
        Assert.Contains("altered", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingWhomAnEntryConcernsIsPinpointed()
    {
        JsonArray entries = JsonNode.Parse((await RedactedExportAsync()).Export)!.AsArray();
        entries[1]!["agencies"] = new JsonArray("AAA", "BBB");

        AuditExportVerification result = AuditExport.Verify(entries.ToJsonString(), out _)!;

        Assert.False(result.Valid);
        Assert.Equal(2, result.FirstInvalidSequence);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(1)]
    public async Task ARemovedRedactedEntryIsPinpointed(int sequence)
    {
        JsonArray entries = JsonNode.Parse((await RedactedExportAsync()).Export)!.AsArray();
        entries.RemoveAt(sequence - 1);

        AuditExportVerification result = AuditExport.Verify(entries.ToJsonString(), out _)!;

        Assert.False(result.Valid);
        Assert.Equal(sequence, result.FirstInvalidSequence);
    }

    [Fact]
    public async Task ARedactedEntryWithAnotherHashIsPinpointed()
    {
        JsonArray entries = JsonNode.Parse((await RedactedExportAsync()).Export)!.AsArray();
        entries[2]!["hash"] = new string('f', 64);

        AuditExportVerification result = AuditExport.Verify(entries.ToJsonString(), out _)!;

        Assert.False(result.Valid);
        Assert.Equal(3, result.FirstInvalidSequence);
    }

    [Fact]
    public async Task ARedactedEntryCarryingContentIsRejected()
    {
        JsonArray entries = JsonNode.Parse((await RedactedExportAsync()).Export)!.AsArray();
        entries[2]!["subject"] = "agency:BBB";

        AuditExportVerification result = AuditExport.Verify(entries.ToJsonString(), out _)!;

        Assert.False(result.Valid);
        Assert.Equal(3, result.FirstInvalidSequence);
    }
}
