using System.Globalization;
using Concord.Astro.Propagation.Sgp4;
using Concord.Formats;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Diagnostics;
using Concord.Formats.Tle;

namespace Concord.Cli.Propagate;

/// <summary>Element sets read from a file for the propagation commands (TLE/3LE or OMM in any dialect, told from
/// the content), with the diagnostics to print.</summary>
internal sealed class ElementSetFile
{
    private ElementSetFile(IReadOnlyList<Entry> entries, IReadOnlyList<string> messages, bool fileError, bool hasInvalidSets)
    {
        Entries = entries;
        Messages = messages;
        FileError = fileError;
        HasInvalidSets = hasInvalidSets;
    }

    /// <summary>One object: its catalog number as written, its SGP4 elements, and its name and international
    /// designator (<c>1998-067A</c>) when the file gives them.</summary>
    public sealed record Entry(string NoradId, Sgp4Elements Elements, string? Name = null, string? InternationalDesignator = null);

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
        if (!InputFile.TryRead(path, out string text, out string error))
        {
            return new ElementSetFile([], [error], fileError: true, hasInvalidSets: false);
        }

        var messages = new List<string>();
        var entries = new List<Entry>();
        var diagnostics = new List<Diagnostic>();
        MessageKind kind = MessageKindDetector.Detect(text);
        switch (kind)
        {
            case MessageKind.Tle:
                TleReadResult tles = TleReader.Parse(text, TleReadOptions.Default);
                diagnostics.AddRange(tles.Diagnostics);
                entries.AddRange(tles.Sets.Select(t => new Entry(t.CatalogNumberText, t.ToSgp4Elements(), t.Name, Cospar(t.InternationalDesignator))));
                break;
            case MessageKind.Omm:
                OmmReadResult omms = OmmReader.Parse(text);
                diagnostics.AddRange(omms.Diagnostics);
                foreach (OmmReadEntry read in omms.Entries)
                {
                    if (read.Message is null)
                    {
                        continue;
                    }

                    ParseResult<Sgp4Elements> elements = OmmConverter.ToSgp4Elements(read.Message);
                    diagnostics.AddRange(elements.Diagnostics.Select(d => d.Line == 0 ? d.AtLine(read.Line) : d));
                    if (elements.Success)
                    {
                        entries.Add(new Entry(NoradId(read.Message), elements.Value!, read.Message.Metadata.ObjectName, read.Message.Metadata.ObjectId));
                    }
                }

                break;
            default:
                diagnostics.Add(new Diagnostic(ErrorCodes.FormatUnknown, DiagnosticSeverity.Error, 1, 0, null,
                    kind == MessageKind.Unknown ? MessageKindDetector.Describe(text) : $"a {kind.ToString().ToUpperInvariant()} holds no element sets"));
                break;
        }

        messages.AddRange(diagnostics.Select(d => d.ToCompilerString(path)));
        bool invalid = diagnostics.Any(d => d.IsError);
        if (entries.Count == 0)
        {
            messages.Add($"error: {path}: no element set found");
            return new ElementSetFile([], messages, fileError: true, hasInvalidSets: invalid);
        }

        return new ElementSetFile(entries, messages, fileError: false, hasInvalidSets: invalid);
    }

    /// <summary>A TLE's international designator <c>YYNNNP</c> in the COSPAR form <c>YYYY-NNNP</c> (years 57–99 are
    /// 1957–1999, as in the TLE epoch); null when absent or not in that form.</summary>
    private static string? Cospar(string? designator)
    {
        string text = designator?.Trim() ?? string.Empty;
        if (text.Length < 6 || text.AsSpan(0, 5).ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        int year = ((text[0] - '0') * 10) + (text[1] - '0');
        int century = year >= 57 ? 1900 : 2000;
        return string.Create(CultureInfo.InvariantCulture, $"{century + year:D4}-{text[2..]}");
    }

    private static string NoradId(Omm omm)
        => omm.Data.TleParameters?.NoradCatalogId?.ToString(CultureInfo.InvariantCulture) ?? omm.Metadata.ObjectId;
}
