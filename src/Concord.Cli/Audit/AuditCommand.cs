using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Concord.Hub.Audit;

namespace Concord.Cli.Audit;

/// <summary><c>concord audit verify FILE [--json]</c>: checks an exported audit log offline (the JSON array that
/// <c>GET /api/v1/audit</c> returns, or several such pages concatenated into one array) and pinpoints the first altered,
/// missing or reordered entry.</summary>
/// <remarks>Each full entry's hash is recomputed from the previous hash and its fields with the hub's own definition
/// (<see cref="AuditHasher"/>: SHA-256 over the previous hash and a canonical JSON form). An agency auditor's export
/// also holds other agencies' entries redacted (<c>"redacted": true</c>): those are checked by linkage only (their
/// sequence, their previous hash, and the next entry's previous hash); <see cref="AuditExport"/> says exactly what such an
/// export proves. Exit codes: 0 the chain is intact, 1 it is not (the first bad entry is reported as
/// <c>FILE: error audit.altered-entry: …</c>), 2 usage error or a file that is not an audit export.</remarks>
internal static class AuditCommand
{
    /// <summary>Stable code of a broken link (an entry changed, removed, inserted or moved).</summary>
    public const string AlteredEntryCode = "audit.altered-entry";

    /// <summary>Stable code of a file that is not an exported audit log.</summary>
    public const string MalformedExportCode = "audit.malformed-export";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = "The exported log: the JSON array from GET /api/v1/audit (pages joined)." };
        var json = new Option<bool>("--json") { Description = "Print {\"valid\",\"entries\",\"redacted\",\"head\",\"firstInvalidSequence\"}." };
        var verify = new Command("verify", "Verify an exported audit chain offline.") { file, json };
        verify.SetAction(parse => Verify(parse.GetValue(file)!, parse.GetValue(json), stdout, stderr));
        return new Command("audit", "Audit log tools.") { verify };
    }

    private static int Verify(string path, bool asJson, TextWriter stdout, TextWriter stderr)
    {
        if (!InputFile.TryRead(path, out string text, out string error))
        {
            stderr.WriteLine(error);
            return ExitCodes.Usage;
        }

        AuditExportVerification? result = AuditExport.Verify(text, out string? malformed);
        if (result is null)
        {
            stderr.WriteLine($"{path}: error {MalformedExportCode}: not an audit export: {malformed}");
            return ExitCodes.Usage;
        }

        if (!result.Valid)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{path}: error {AlteredEntryCode}: entry {result.FirstInvalidSequence}: {result.Problem}"));
        }

        if (asJson)
        {
            stdout.WriteLine(JsonSerializer.Serialize(new { valid = result.Valid, entries = result.Entries, redacted = result.RedactedEntries, head = result.Head, firstInvalidSequence = result.FirstInvalidSequence },
                new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        }
        else if (result.Valid)
        {
            string redacted = result.RedactedEntries == 0
                ? ""
                : string.Create(CultureInfo.InvariantCulture, $" ({result.RedactedEntries} redacted, checked by linkage only)");
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"audit: {result.Entries} entries{redacted}, chain intact, head {result.Head}"));
        }

        return result.Valid ? ExitCodes.Ok : ExitCodes.InvalidInput;
    }
}
