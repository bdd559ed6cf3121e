using System.Collections.Immutable;
using Concord.Astro.Time;
using Concord.Formats;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Oem;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Diagnostics;
using Concord.Formats.Tle;

namespace Concord.Hub.Catalog;

/// <summary>Reads a submitted message with the reader its content calls for (never its content type) and checks that
/// every record can be stored: element sets must map to SGP4 (<see cref="OmmConverter.ToSgp4Elements"/>), OEM segments
/// must have dates in UTC, TAI or TT. Thread-safe.</summary>
internal static class SubmissionReader
{
    /// <summary>Reads <paramref name="text"/>; the result holds records only when no diagnostic is an error.</summary>
    public static ParsedMessage Read(string text)
    {
        MessageKind kind = MessageKindDetector.Detect(text);
        switch (kind)
        {
            case MessageKind.Tle:
                return ReadTles(text);
            case MessageKind.Omm:
                return ReadOmms(text);
            case MessageKind.Oem:
                return ReadOem(text);
            case MessageKind.Unknown:
                return new ParsedMessage("unknown",
                    [new Diagnostic(ErrorCodes.FormatUnknown, DiagnosticSeverity.Error, 1, 0, null, MessageKindDetector.Describe(text))]);
            default:
                return new ParsedMessage(kind.ToString().ToLowerInvariant(),
                    [new Diagnostic(ErrorCodes.FormatUnsupported, DiagnosticSeverity.Error, 1, 0, null, kind.ToString().ToUpperInvariant())]);
        }
    }

    private static ParsedMessage ReadTles(string text)
    {
        TleReadResult result = TleReader.Parse(text, TleReadOptions.Default);
        ImmutableArray<Diagnostic> diagnostics = result.Diagnostics;
        if (result.Sets.IsEmpty && result.Success)
        {
            diagnostics = diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsNoMessage, DiagnosticSeverity.Error, 0, 0, null, "TLE"));
        }

        string format = result.Sets.Any(s => s.Name is not null) ? SubmissionFormats.ThreeLine : SubmissionFormats.Tle;
        return new ParsedMessage(format, diagnostics)
        {
            Tles = result.Success ? result.Sets : [],
            TleLines = result.Success ? [.. result.Entries.Select(e => e.FirstLine)] : [],
        };
    }

    private static ParsedMessage ReadOmms(string text)
    {
        OmmReadResult result = OmmReader.Parse(text);
        var diagnostics = new List<Diagnostic>(result.Diagnostics);
        foreach (CcsdsReadEntry<Omm> entry in result.Entries)
        {
            if (entry.Message is null)
            {
                continue;
            }

            foreach (Diagnostic diagnostic in OmmConverter.ToSgp4Elements(entry.Message).Diagnostics)
            {
                diagnostics.Add(diagnostic.AtLine(entry.Line));
            }
        }

        string format = result.Format switch
        {
            CcsdsFormat.Xml => SubmissionFormats.OmmXml,
            CcsdsFormat.Json => SubmissionFormats.OmmJson,
            CcsdsFormat.Csv => SubmissionFormats.OmmCsv,
            _ => SubmissionFormats.OmmKvn,
        };
        ImmutableArray<Diagnostic> ordered = [.. diagnostics.OrderBy(d => d.Line)];
        bool valid = !ordered.Any(d => d.IsError);
        return new ParsedMessage(format, ordered)
        {
            Omms = valid ? result.Messages : [],
            OmmLines = valid ? [.. result.Entries.Where(e => e.Message is not null).Select(e => e.Line)] : [],
        };
    }

    private static ParsedMessage ReadOem(string text)
    {
        OemReadResult result = OemReader.Parse(text);
        var diagnostics = new List<Diagnostic>(result.Diagnostics);
        if (result.Message is { } oem)
        {
            foreach (OemSegment segment in oem.Segments)
            {
                if (TryTimeScale(segment.Metadata.TimeSystem) is null)
                {
                    diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsUnsupportedTimeSystem, DiagnosticSeverity.Error, 0, 0, "TIME_SYSTEM",
                        segment.Metadata.TimeSystem, "UTC"));
                }
            }
        }

        string format = result.Format == CcsdsFormat.Xml ? SubmissionFormats.OemXml : SubmissionFormats.OemKvn;
        ImmutableArray<Diagnostic> ordered = [.. diagnostics.OrderBy(d => d.Line)];
        bool valid = result.Message is not null && !ordered.Any(d => d.IsError);
        return new ParsedMessage(format, ordered) { Oem = valid ? result.Message : null };
    }

    /// <summary>Every element set of <paramref name="message"/> whose epoch lies after <paramref name="latest"/>, as
    /// (catalog number, 1-based line, epoch), in input order.</summary>
    public static IEnumerable<(int CatalogNumber, int Line, Epoch Epoch)> EpochsAfter(ParsedMessage message, Epoch latest)
    {
        for (int i = 0; i < message.Tles.Length; i++)
        {
            Tle tle = message.Tles[i];
            if (tle.Epoch > latest)
            {
                yield return (tle.CatalogNumber, message.TleLines[i], tle.Epoch);
            }
        }

        for (int i = 0; i < message.Omms.Length; i++)
        {
            Omm omm = message.Omms[i];
            // The reader keeps only SGP4 OMMs, whose epoch is placed in UTC and which carry a catalog number.
            if (omm.Data.MeanElements.Epoch.TryToEpoch(TimeScale.Utc, out Epoch epoch) && epoch > latest)
            {
                yield return (omm.Data.TleParameters?.NoradCatalogId ?? 0, message.OmmLines[i], epoch);
            }
        }
    }

    /// <summary>The time scale of an OEM <c>TIME_SYSTEM</c> the hub can place on its time line, or null.</summary>
    public static TimeScale? TryTimeScale(string timeSystem) => timeSystem switch
    {
        "UTC" => TimeScale.Utc,
        "TAI" => TimeScale.Tai,
        "TT" => TimeScale.Tt,
        _ => null,
    };
}
