using Concord.Astro.Propagation.Sgp4;
using Concord.Formats.Diagnostics;
using Concord.Formats.Tle;

namespace Concord.Cli.Propagate;

/// <summary>Element sets read from a file for the propagation commands, with the diagnostics to print.</summary>
internal sealed class ElementSetFile
{
    private ElementSetFile(IReadOnlyList<Entry> entries, IReadOnlyList<string> messages, bool fileError, bool hasInvalidSets)
    {
        Entries = entries;
        Messages = messages;
        FileError = fileError;
        HasInvalidSets = hasInvalidSets;
    }

    /// <summary>One object: its catalog number as written and its SGP4 elements.</summary>
    public sealed record Entry(string NoradId, Sgp4Elements Elements);

    /// <summary>The well-formed element sets, in file order.</summary>
    public IReadOnlyList<Entry> Entries { get; }

    /// <summary>Compiler-style lines for stderr (<c>FILE:LINE:COLUMN: error CODE: message</c>).</summary>
    public IReadOnlyList<string> Messages { get; }

    /// <summary>The file could not be read, or holds no element set at all.</summary>
    public bool FileError { get; }

    /// <summary>At least one element set was rejected.</summary>
    public bool HasInvalidSets { get; }

    public static ElementSetFile Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new ElementSetFile([], [$"error: {path}: cannot read: {ex.Message}"], fileError: true, hasInvalidSets: false);
        }

        TleReadResult result = TleReader.Parse(text, TleReadOptions.Default);
        var messages = result.Diagnostics.Select(d => d.ToCompilerString(path)).ToList();
        var entries = result.Sets.Select(t => new Entry(t.CatalogNumberText, t.ToSgp4Elements())).ToList();
        bool invalid = result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        if (entries.Count == 0)
        {
            messages.Add($"error: {path}: no element set found");
            return new ElementSetFile([], messages, fileError: true, hasInvalidSets: invalid);
        }

        return new ElementSetFile(entries, messages, fileError: false, hasInvalidSets: invalid);
    }
}
