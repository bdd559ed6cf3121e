using System.Globalization;
using Concord.Astro.Propagation.Sgp4;
using Concord.Formats;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Diagnostics;
using Concord.Formats.Tle;

namespace Concord.Cli.Propagate;

/// <summary>Element sets read from a file for the propagation commands (TLE/3LE or OMM in any dialect, told from
/// the content), with the diagnostics to print.</summary>
internal sealed class ElementSetFile
{
    private ElementSetFile(IReadOnlyList<Entry> entries, IReadOnlyList<string> messages, bool fileError, bool hasInvalidSets,
        IReadOnlyList<Rejection> rejections, IReadOnlyList<string> otherMessages)
    {
        Entries = entries;
        Messages = messages;
        FileError = fileError;
        HasInvalidSets = hasInvalidSets;
        Rejections = rejections;
        OtherMessages = otherMessages;
    }

    /// <summary>One object: its catalog number as written, its SGP4 elements, its name and international
    /// designator (<c>1998-067A</c>) when the file gives them, and the 1-based line where it starts (0 if unknown).</summary>
    public sealed record Entry(string NoradId, Sgp4Elements Elements, string? Name = null, string? InternationalDesignator = null, int Line = 0);

    /// <summary>One rejected element set: its catalog number as written (empty when the set could not be read far
    /// enough to tell), the 1-based line where it starts (0 if unknown), the code of its first error, and the messages
    /// of all its errors.</summary>
    public sealed record Rejection(string NoradId, int Line, string Code, string Description);

    /// <summary>The well-formed element sets, in file order.</summary>
    public IReadOnlyList<Entry> Entries { get; }

    /// <summary>Compiler-style lines for stderr (<c>FILE:LINE:COLUMN: error CODE: message</c>).</summary>
    public IReadOnlyList<string> Messages { get; }

    /// <summary>The file could not be read, or holds no element set at all.</summary>
    public bool FileError { get; }

    /// <summary>At least one element set was rejected.</summary>
    public bool HasInvalidSets { get; }

    /// <summary>The rejected element sets, in file order (their errors are in <see cref="Messages"/> too).</summary>
    public IReadOnlyList<Rejection> Rejections { get; }

    /// <summary>The lines of <see cref="Messages"/> that are not errors of a rejected set: warnings, and problems of the
    /// file as a whole (for callers that report <see cref="Rejections"/> their own way).</summary>
    public IReadOnlyList<string> OtherMessages { get; }

    /// <summary>The file was read and recognised, and holds element sets, valid or rejected (a catalogue, even one
    /// whose every set was rejected).</summary>
    public bool IsCatalog => Entries.Count > 0 || Rejections.Count > 0;

    public static ElementSetFile Load(string path)
    {
        if (!InputFile.TryRead(path, out string text, out string error))
        {
            return new ElementSetFile([], [error], fileError: true, hasInvalidSets: false, [], [error]);
        }

        var entries = new List<Entry>();
        var diagnostics = new List<Diagnostic>();
        var rejections = new List<Rejection>();
        var rejected = new HashSet<Diagnostic>(ReferenceEqualityComparer.Instance);
        MessageKind kind = MessageKindDetector.Detect(text);
        switch (kind)
        {
            case MessageKind.Tle:
                TleReadResult tles = TleReader.Parse(text, TleReadOptions.Default);
                diagnostics.AddRange(tles.Diagnostics);
                entries.AddRange(tles.Entries.Select(e => new Entry(e.Tle.CatalogNumberText, e.Tle.ToSgp4Elements(), e.Tle.Name,
                    Cospar(e.Tle.InternationalDesignator), e.FirstLine)));
                RejectedTles(text, tles.Diagnostics, rejections, rejected);
                break;
            case MessageKind.Omm:
                OmmReadResult omms = OmmReader.Parse(text);
                diagnostics.AddRange(omms.Diagnostics);
                foreach (CcsdsReadEntry<Omm> read in omms.Entries)
                {
                    if (read.Message is null)
                    {
                        Reject(string.Empty, read.Line, read.Diagnostics, rejections, rejected);
                        continue;
                    }

                    ParseResult<Sgp4Elements> elements = OmmConverter.ToSgp4Elements(read.Message);
                    var placed = elements.Diagnostics.Select(d => d.Line == 0 ? d.AtLine(read.Line) : d).ToList();
                    diagnostics.AddRange(placed);
                    if (elements.Success)
                    {
                        entries.Add(new Entry(NoradId(read.Message), elements.Value!, read.Message.Metadata.ObjectName, read.Message.Metadata.ObjectId, read.Line));
                    }
                    else
                    {
                        Reject(NoradId(read.Message), read.Line, placed, rejections, rejected);
                    }
                }

                break;
            default:
                diagnostics.Add(new Diagnostic(ErrorCodes.FormatUnknown, DiagnosticSeverity.Error, 1, 0, null,
                    kind == MessageKind.Unknown ? MessageKindDetector.Describe(text) : $"a {kind.ToString().ToUpperInvariant()} holds no element sets"));
                break;
        }

        var messages = diagnostics.Select(d => d.ToCompilerString(path)).ToList();
        var otherMessages = diagnostics.Where(d => !rejected.Contains(d)).Select(d => d.ToCompilerString(path)).ToList();
        bool invalid = diagnostics.Any(d => d.IsError);
        if (entries.Count == 0)
        {
            string none = $"error: {path}: no element set found";
            messages.Add(none);
            if (rejections.Count == 0)
            {
                otherMessages.Add(none);
            }

            return new ElementSetFile([], messages, fileError: true, hasInvalidSets: invalid, rejections, otherMessages);
        }

        return new ElementSetFile(entries, messages, fileError: false, hasInvalidSets: invalid, rejections, otherMessages);
    }

    /// <summary>One rejection for the errors of one set: its first error gives the code, all of them the description.</summary>
    private static void Reject(string noradId, int line, IEnumerable<Diagnostic> diagnostics, List<Rejection> rejections, HashSet<Diagnostic> rejected)
    {
        var errors = diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count == 0)
        {
            return;
        }

        rejections.Add(new Rejection(noradId.Trim(), line, errors[0].Code, string.Join("; ", errors.Select(d => d.Message))));
        rejected.UnionWith(errors);
    }

    /// <summary>The rejected sets of a TLE file. The reader reports errors by line, not by set, so each error is
    /// attributed to the catalog number of its line (columns 3–7 of TLE line 1 or 2; for a name line, of the next
    /// line), and errors of the same number within one set's three lines make one rejection.</summary>
    private static void RejectedTles(string text, IReadOnlyList<Diagnostic> diagnostics, List<Rejection> rejections, HashSet<Diagnostic> rejected)
    {
        string[]? lines = null;
        var group = new List<Diagnostic>();
        string groupId = string.Empty;
        int groupLine = 0;
        foreach (Diagnostic diagnostic in diagnostics.Where(d => d.IsError && d.Line > 0).OrderBy(d => d.Line))
        {
            lines ??= text.Split('\n');
            string id = TleCatalogNumber(lines, diagnostic.Line);
            if (group.Count > 0 && (id != groupId || diagnostic.Line - groupLine > 2))
            {
                Reject(groupId, groupLine, group, rejections, rejected);
                group.Clear();
            }

            if (group.Count == 0)
            {
                groupId = id;
                groupLine = TleSetStart(lines, diagnostic.Line);
            }

            group.Add(diagnostic);
        }

        if (group.Count > 0)
        {
            Reject(groupId, groupLine, group, rejections, rejected);
        }
    }

    /// <summary>The 1-based line where the set holding input line <paramref name="line"/> starts: back from a TLE
    /// line 2 to its line 1, and from a line 1 to the name line before it (any line that is neither TLE line nor blank).</summary>
    private static int TleSetStart(string[] lines, int line)
    {
        int index = line - 1;
        if (index >= lines.Length)
        {
            return line;
        }

        if (IsTleLine(lines[index], '2') && index > 0 && IsTleLine(lines[index - 1], '1'))
        {
            index--;
        }

        if (IsTleLine(lines[index], '1') && index > 0 && !string.IsNullOrWhiteSpace(lines[index - 1])
            && !IsTleLine(lines[index - 1], '1') && !IsTleLine(lines[index - 1], '2'))
        {
            index--;
        }

        return index + 1;
    }

    private static bool IsTleLine(string text, char number) => text.Length >= 2 && text[0] == number && text[1] == ' ';

    /// <summary>Columns 3–7 of input line <paramref name="line"/> when it is a TLE line 1 or 2, else of the line after
    /// it (a name line precedes its set); empty when neither is.</summary>
    private static string TleCatalogNumber(string[] lines, int line)
    {
        for (int index = line - 1; index <= line && index < lines.Length; index++)
        {
            string candidate = lines[index];
            if (candidate.Length >= 7 && (IsTleLine(candidate, '1') || IsTleLine(candidate, '2')))
            {
                return candidate[2..7].Trim();
            }
        }

        return string.Empty;
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
