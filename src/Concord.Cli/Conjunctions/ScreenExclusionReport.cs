using System.Globalization;
using System.Text;
using Concord.Formats.Tle;

namespace Concord.Cli.Conjunctions;

/// <summary>How <c>concord screen</c> reports its exclusions: a summary by reason and the first few on stderr (a full
/// catalogue can exclude thousands), and all of them in the <c>--exclusions</c> CSV.</summary>
internal static class ScreenExclusionReport
{
    /// <summary>How many exclusions stderr lists one by one.</summary>
    public const int MaxStderrLines = 10;

    /// <summary>The exclusions in report order: by object id (catalog numbers numerically, Alpha-5 included, then other
    /// identifiers ordinally, then unidentified sets), then by time (from the start first), then by file and line.</summary>
    public static List<ScreenExclusion> Order(IEnumerable<ScreenExclusion> exclusions)
        => [.. exclusions
            .OrderBy(e => IdRank(e.ObjectId, out _))
            .ThenBy(e => IdRank(e.ObjectId, out long number) == 0 ? number : 0L)
            .ThenBy(e => e.ObjectId, StringComparer.Ordinal)
            .ThenBy(e => e.From)
            .ThenBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.Line)];

    /// <summary>Writes the summary (<c>screen: excluded N objects: 30 sgp4.error-6, 5 tle.checksum</c>, reasons by
    /// count, then code), the first <see cref="MaxStderrLines"/> exclusions, and where to find the rest.
    /// Nothing when there is no exclusion.</summary>
    /// <param name="ordered">The exclusions, in <see cref="Order"/>.</param>
    /// <param name="csvPath">The <c>--exclusions</c> path, or null when not given.</param>
    public static void WriteSummary(IReadOnlyList<ScreenExclusion> ordered, string? csvPath, TextWriter stderr)
    {
        if (ordered.Count == 0)
        {
            return;
        }

        IEnumerable<string> reasons = ordered
            .GroupBy(e => e.Reason, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key}"));
        string noun = ordered.Count == 1 ? "object" : "objects";
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"screen: excluded {ordered.Count} {noun}: {string.Join(", ", reasons)}"));
        foreach (ScreenExclusion exclusion in ordered.Take(MaxStderrLines))
        {
            stderr.WriteLine(exclusion.ToStderrLine());
        }

        int rest = ordered.Count - MaxStderrLines;
        string more = rest > 0 ? string.Create(CultureInfo.InvariantCulture, $"{rest} more; ") : string.Empty;
        stderr.WriteLine(csvPath is null
            ? $"screen: {more}--exclusions FILE lists every exclusion (CSV)"
            : $"screen: {more}every exclusion is listed in {csvPath}");
    }

    /// <summary>Writes the <c>--exclusions</c> CSV (UTF-8 without BOM, header, one row per exclusion); false, with
    /// the error on stderr, when the file cannot be written.</summary>
    public static bool TryWriteCsv(IReadOnlyList<ScreenExclusion> ordered, string path, TextWriter stderr)
    {
        try
        {
            using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
            writer.WriteLine(ScreenExclusion.CsvHeader);
            foreach (ScreenExclusion exclusion in ordered)
            {
                writer.WriteLine(exclusion.ToCsvRow());
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"error: {path}: cannot write: {ex.Message}");
            return false;
        }
    }

    /// <summary>0 for a catalog number (digits or Alpha-5, its value in <paramref name="number"/>), 1 for any other
    /// identifier, 2 for none.</summary>
    private static int IdRank(string id, out long number)
    {
        number = 0;
        if (id.Length == 0)
        {
            return 2;
        }

        if (long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out number))
        {
            return 0;
        }

        if (id.Length == 5 && char.IsAsciiLetterUpper(id[0]) && Alpha5.TryDecode(id, out int value))
        {
            number = value;
            return 0;
        }

        return 1;
    }
}
