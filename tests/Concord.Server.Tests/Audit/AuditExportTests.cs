using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.Hub.Audit;

namespace Concord.Server.Tests.Audit;

// The offline verifier (behind `concord audit verify`) on a real export from GET /api/v1/audit.
public sealed partial class AuditExportTests
{
    private static async Task<string> ExportAsync()
    {
        using var app = new HubApplication();
        await app.CreateAgencyAsync("AAA");
        await app.CreateAgencyAsync("BBB", "DE");
        await app.IssueKeyAsync("AAA", "auditor");
        await app.IssueKeyAsync("BBB", "analyst");
        // The hub administrator's export: every entry in full (an agency auditor's redacted one is in .Redacted).
        return await app.AdminClient().GetStringAsync("/api/v1/audit", TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task AnUntouchedExportVerifies_EvenReformatted()
    {
        string export = await ExportAsync();
        AuditExportVerification? result = AuditExport.Verify(export, out string? malformed);
        Assert.Null(malformed);
        Assert.NotNull(result);
        Assert.True(result.Valid, result.Problem);
        Assert.Equal(5, result.Entries);

        // Pretty-printed by a tool on the way: the same chain.
        string pretty = JsonNode.Parse(export)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        Assert.True(AuditExport.Verify(pretty, out _)!.Valid);
    }

    [Theory]
    [InlineData(3, "subject", "api-key:someone-else", "altered")]
    [InlineData(2, "actor", "key:forged", "altered")]
    [InlineData(4, "recordedAt", "2025-01-01T00:00:00Z", "altered")]
    public async Task AnAlteredEntryIsPinpointed(int sequence, string field, string value, string why)
    {
        JsonArray entries = JsonNode.Parse(await ExportAsync())!.AsArray();
        entries[sequence - 1]![field] = value;
        AuditExportVerification result = AuditExport.Verify(entries.ToJsonString(), out _)!;
        Assert.False(result.Valid);
        Assert.Equal(sequence, result.FirstInvalidSequence);
        Assert.Contains(why, result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARemovedEntryIsPinpointed()
    {
        JsonArray entries = JsonNode.Parse(await ExportAsync())!.AsArray();
        entries.RemoveAt(2);
        AuditExportVerification result = AuditExport.Verify(entries.ToJsonString(), out _)!;
        Assert.False(result.Valid);
        Assert.Equal(3, result.FirstInvalidSequence);
    }

    [Fact]
    public async Task ChangedDetailsArePinpointed()
    {
        JsonArray entries = JsonNode.Parse(await ExportAsync())!.AsArray();
        entries[1]!["details"]!["country"] = "US";
        AuditExportVerification result = AuditExport.Verify(entries.ToJsonString(), out _)!;
        Assert.False(result.Valid);
        Assert.Equal(2, result.FirstInvalidSequence);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"sequence\":1}")]
    [InlineData("[{\"sequence\":1,\"unknown\":true}]")]
    public void SomethingElseIsNotAnExport(string text)
    {
        Assert.Null(AuditExport.Verify(text, out string? malformed));
        Assert.NotNull(malformed);
    }
}
