using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.Hub.Audit;

namespace Concord.Cli.Tests.Audit;

public sealed class AuditCommandTests
{
    // A two-entry chain built with the hub's own hash definition, in the shape GET /api/v1/audit exports.
    private static string Chain(string secondSubject = "agency:AAA")
    {
        var recorded = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        string details = AuditHasher.CanonicalDetails(new Dictionary<string, string?> { ["code"] = "AAA" });
        string first = AuditHasher.ComputeHash(AuditHasher.GenesisHash, 1, recorded, "system", "api-key.issued", "api-key:1", details);
        string second = AuditHasher.ComputeHash(first, 2, recorded, "key:1", "agency.created", "agency:AAA", details);
        object[] entries =
        [
            new { sequence = 1, recordedAt = recorded, actor = "system", action = "api-key.issued", subject = "api-key:1", details = new { code = "AAA" }, previousHash = AuditHasher.GenesisHash, hash = first },
            new { sequence = 2, recordedAt = recorded, actor = "key:1", action = "agency.created", subject = secondSubject, details = new { code = "AAA" }, previousHash = first, hash = second },
        ];
        return JsonSerializer.Serialize(entries, new JsonSerializerOptions(JsonSerializerDefaults.Web));
    }

    // Three entries as an auditor of AAA exports them: its own two in full (concerning AAA), the middle one redacted.
    private static JsonArray RedactedChain()
    {
        var recorded = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        string details = AuditHasher.CanonicalDetails(new Dictionary<string, string?> { ["code"] = "AAA" });
        string first = AuditHasher.ComputeHash(AuditHasher.GenesisHash, 1, recorded, "key:1", "agency.created", "agency:AAA", details, ["AAA"]);
        string second = AuditHasher.ComputeHash(first, 2, recorded, "key:1", "agency.created", "agency:BBB", "{\"code\":\"BBB\"}", ["BBB"]);
        string third = AuditHasher.ComputeHash(second, 3, recorded, "key:1", "api-key.issued", "api-key:2", details, ["AAA"]);
        object[] entries =
        [
            new { sequence = 1, recordedAt = recorded, actor = "key:1", action = "agency.created", subject = "agency:AAA", details = new { code = "AAA" }, agencies = new[] { "AAA" }, previousHash = AuditHasher.GenesisHash, hash = first },
            new { sequence = 2, recordedAt = recorded, previousHash = first, hash = second, redacted = true },
            new { sequence = 3, recordedAt = recorded, actor = "key:1", action = "api-key.issued", subject = "api-key:2", details = new { code = "AAA" }, agencies = new[] { "AAA" }, previousHash = second, hash = third },
        ];
        return JsonSerializer.SerializeToNode(entries, new JsonSerializerOptions(JsonSerializerDefaults.Web))!.AsArray();
    }

    [Fact]
    public async Task ARedactedExportVerifies_CountingItsRedactedEntries()
    {
        using var file = CliRunner.WriteTemp(RedactedChain().ToJsonString(), ".json");
        CliRunner.Outcome outcome = await CliRunner.RunAsync("audit", "verify", file.Path, "--json");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        using JsonDocument json = JsonDocument.Parse(outcome.StdoutLines[0]);
        Assert.True(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(3, json.RootElement.GetProperty("entries").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("redacted").GetInt32());
    }

    [Fact]
    public async Task ARemovedRedactedEntryExits1AndIsNamed()
    {
        JsonArray chain = RedactedChain();
        chain.RemoveAt(1);
        using var file = CliRunner.WriteTemp(chain.ToJsonString(), ".json");
        CliRunner.Outcome outcome = await CliRunner.RunAsync("audit", "verify", file.Path);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("error audit.altered-entry: entry 2:", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAlteredFullEntryBesideARedactedOneExits1AndIsNamed()
    {
        JsonArray chain = RedactedChain();
        chain[2]!["subject"] = "api-key:3";
        using var file = CliRunner.WriteTemp(chain.ToJsonString(), ".json");
        CliRunner.Outcome outcome = await CliRunner.RunAsync("audit", "verify", file.Path);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("error audit.altered-entry: entry 3:", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIntactChainExits0WithItsHead()
    {
        using var file = CliRunner.WriteTemp(Chain(), ".json");
        CliRunner.Outcome outcome = await CliRunner.RunAsync("audit", "verify", file.Path, "--json");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        using JsonDocument json = JsonDocument.Parse(outcome.StdoutLines[0]);
        Assert.True(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(2, json.RootElement.GetProperty("entries").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("firstInvalidSequence").ValueKind);
    }

    [Fact]
    public async Task AnAlteredEntryExits1AndIsNamed()
    {
        using var file = CliRunner.WriteTemp(Chain(secondSubject: "agency:BBB"), ".json");
        CliRunner.Outcome outcome = await CliRunner.RunAsync("audit", "verify", file.Path);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("error audit.altered-entry: entry 2:", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileThatIsNotAnExportExits2()
    {
        using var file = CliRunner.WriteTemp("{\"valid\":true}", ".json");
        CliRunner.Outcome outcome = await CliRunner.RunAsync("audit", "verify", file.Path);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("error audit.malformed-export", outcome.Stderr, StringComparison.Ordinal);
    }
}
