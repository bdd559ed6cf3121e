using System.Globalization;
using Concord.Astro.Time;

namespace Concord.Cli.Conjunctions;

/// <summary>An object that <c>concord screen</c> left out, whatever stage excluded it: an element set rejected when the
/// catalog was read, an object SGP4 would not start, an unusable OEM segment, or an object that left the screening
/// during the window (<see cref="Concord.Astro.Conjunctions.Screening.ScreeningResult.Exclusions"/>).</summary>
/// <param name="ObjectId">Catalog number (normalised, <c>00005</c> → <c>5</c>) or OEM object; empty when the element
/// set could not be read far enough to tell.</param>
/// <param name="File">The catalog or OEM file, as the user named it.</param>
/// <param name="Line">1-based line where the element set starts in <paramref name="File"/>; 0 when unknown.</param>
/// <param name="From">From when the object was left out (UTC); null when excluded from the start.</param>
/// <param name="Reason">Stable lower-case code: the diagnostic code (<c>tle.checksum</c>, <c>ccsds.omm.not-sgp4</c>,
/// <c>screen.sgp4-initialization</c>, <c>screen.ephemeris-segment</c>) or the screener's reason
/// (<c>sgp4.error-6</c> = decayed, <c>sgp4.unphysical-state</c>, <c>ephemeris.outside-useable-interval</c>).</param>
/// <param name="Description">Why, for people; may be reworded.</param>
internal sealed record ScreenExclusion(string ObjectId, string File, int Line, Epoch? From, string Reason, string Description)
{
    /// <summary>The header of the <c>--exclusions</c> CSV, exactly as documented.</summary>
    public const string CsvHeader = "object_id,file,line,from_utc,reason,description";

    /// <summary><see cref="From"/> as in the CSV: ISO 8601 UTC to the millisecond, empty when excluded from the start.</summary>
    public string FromUtcText => From is { } from ? from.ToIsoString(TimeScale.Utc, 3) : string.Empty;

    /// <summary>The CSV row, fields quoted as RFC 4180 requires (ids and descriptions come from other agencies' files).</summary>
    public string ToCsvRow()
        => string.Join(',',
            Quote(ObjectId),
            Quote(File),
            Line > 0 ? Line.ToString(CultureInfo.InvariantCulture) : string.Empty,
            FromUtcText,
            Quote(Reason),
            Quote(Description));

    /// <summary>One line for stderr, compiler-style: <c>FILE:LINE: excluded ID [from ISO]: REASON: description</c>.</summary>
    public string ToStderrLine()
    {
        string position = Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}") : File;
        string what = ObjectId.Length > 0 ? ObjectId : "an unidentified element set";
        string from = From is null ? string.Empty : $" from {FromUtcText}";
        return $"{position}: excluded {what}{from}: {Reason}: {Description}";
    }

    private static string Quote(string field)
        => field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
