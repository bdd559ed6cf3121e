using System.CommandLine;
using System.Text;
using Concord.Astro.Time;
using Concord.Formats;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Cdm;
using Concord.Formats.Ccsds.Oem;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Ccsds.Opm;
using Concord.Formats.Diagnostics;
using Concord.Formats.Tle;

namespace Concord.Cli.Messages;

/// <summary><c>concord convert IN --to FMT [-o OUT]</c>: rewrites a message in another format, strictly.</summary>
/// <remarks>All or nothing: when the input has an error, or any value cannot be held by the target format, nothing
/// is written and every problem is reported. The output file is written to a temporary name and moved into place.
/// Exit codes: 0 converted, 1 invalid input or unrepresentable value, 2 usage or I/O error.</remarks>
internal static class ConvertCommand
{
    private static readonly string[] s_formats =
        ["tle", "omm-kvn", "omm-xml", "omm-json", "omm-csv", "opm-kvn", "opm-xml", "oem-kvn", "oem-xml", "cdm-kvn", "cdm-xml"];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("IN") { Description = "The message to convert (kind told from its content)." };
        var to = new Option<string>("--to") { Description = "Output format: " + string.Join(", ", s_formats) + ".", Required = true };
        to.AcceptOnlyFromAmong(s_formats);
        var output = new Option<string?>("-o", "--out") { Description = "Output file (default: stdout)." };
        var command = new Command("convert", "Convert a message to another format (read leniently, written strictly).") { input, to, output };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(to)!, parse.GetValue(output), stdout, stderr));
        return command;
    }

    private static int Run(string path, string format, string? outputPath, TextWriter stdout, TextWriter stderr)
    {
        if (!InputFile.TryRead(path, out string text, out string error))
        {
            stderr.WriteLine(error);
            return ExitCodes.Usage;
        }

        MessageFile file = MessageFile.Read(text);
        foreach (Diagnostic diagnostic in file.Diagnostics)
        {
            stderr.WriteLine(diagnostic.ToCompilerString(path));
        }

        if (!file.IsValid)
        {
            return ExitCodes.InvalidInput;
        }

        (string? converted, IReadOnlyList<Diagnostic> problems, bool usage) = Convert(file, format);
        foreach (Diagnostic diagnostic in problems)
        {
            stderr.WriteLine(diagnostic.ToCompilerString(path));
        }

        if (converted is null)
        {
            return usage ? ExitCodes.Usage : ExitCodes.InvalidInput;
        }

        if (outputPath is null)
        {
            stdout.Write(converted);
            return ExitCodes.Ok;
        }

        string temporary = outputPath + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            File.WriteAllText(temporary, converted, new UTF8Encoding(false));
            File.Move(temporary, outputPath, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"error: {outputPath}: cannot write: {ex.Message}");
            File.Delete(temporary);
            return ExitCodes.Usage;
        }

        return ExitCodes.Ok;
    }

    private static (string? Text, IReadOnlyList<Diagnostic> Problems, bool Usage) Convert(MessageFile file, string format)
    {
        if (file.IsMixedContainer)
        {
            return (null, [new Diagnostic(ErrorCodes.FormatConversion, DiagnosticSeverity.Error, 0, 0, null,
                "NDM container holding several messages of different types or several OPMs/OEMs", format)], true);
        }

        IReadOnlyList<Omm>? omms = file.Kind switch
        {
            MessageKind.Omm => file.Omms,
            MessageKind.Tle => file.Tles.Select(OmmConverter.FromTle).ToList(),
            _ => null,
        };

        switch (format)
        {
            case "tle" when omms is not null:
                return ToTle(file.Kind == MessageKind.Tle ? file.Tles : null, omms);
            case "omm-kvn" or "omm-xml" or "omm-json" or "omm-csv" when omms is not null:
                CcsdsFormat target = format switch
                {
                    "omm-xml" => CcsdsFormat.Xml,
                    "omm-json" => CcsdsFormat.Json,
                    "omm-csv" => CcsdsFormat.Csv,
                    _ => CcsdsFormat.Kvn,
                };
                if (target is CcsdsFormat.Kvn or CcsdsFormat.Xml)
                {
                    // CREATION_DATE and ORIGINATOR are mandatory in KVN/XML (CCSDS 502.0-B-3 table 4-2) but absent from
                    // TLEs and catalogue CSV/JSON: the converted message is created here, now, by Concord.
                    omms = omms.Select(WithMandatoryHeader).ToList();
                }

                WriteResult written = OmmWriter.Write(omms, target);
                return (written.Success ? written.Text : null, written.Diagnostics, false);
            case "cdm-kvn" or "cdm-xml" when file.Kind == MessageKind.Cdm:
                WriteResult cdm = CdmWriter.Write(file.Cdms, format == "cdm-xml" ? CcsdsFormat.Xml : CcsdsFormat.Kvn);
                return (cdm.Success ? cdm.Text : null, cdm.Diagnostics, false);
            case "oem-kvn" or "oem-xml" when file.Oem is not null:
                WriteResult oem = OemWriter.Write(file.Oem, format == "oem-xml" ? CcsdsFormat.Xml : CcsdsFormat.Kvn);
                return (oem.Success ? oem.Text : null, oem.Diagnostics, false);
            case "opm-kvn" or "opm-xml" when file.Opm is not null:
                WriteResult opm = OpmWriter.Write(file.Opm, format == "opm-xml" ? CcsdsFormat.Xml : CcsdsFormat.Kvn);
                return (opm.Success ? opm.Text : null, opm.Diagnostics, false);
            default:
                return (null, [new Diagnostic(ErrorCodes.FormatConversion, DiagnosticSeverity.Error, 0, 0, null,
                    file.Kind.ToString().ToUpperInvariant(), format)], true);
        }
    }

    /// <summary>The ORIGINATOR written when a converted message has none.</summary>
    internal const string ConverterOriginator = "CONCORD";

    private static Omm WithMandatoryHeader(Omm omm) => omm with
    {
        Header = omm.Header with
        {
            CreationDate = omm.Header.CreationDate ?? CcsdsDate.FromEpoch(Epoch.FromUtc(TimeProvider.System.GetUtcNow()), TimeScale.Utc),
            Originator = string.IsNullOrWhiteSpace(omm.Header.Originator) ? ConverterOriginator : omm.Header.Originator,
        },
    };

    private static (string? Text, IReadOnlyList<Diagnostic> Problems, bool Usage) ToTle(IReadOnlyList<Tle>? tles, IReadOnlyList<Omm> omms)
    {
        var text = new StringBuilder();
        var problems = new List<Diagnostic>();
        for (int i = 0; i < omms.Count; i++)
        {
            Tle? tle = tles?[i];
            if (tle is null)
            {
                ParseResult<Tle> mapped = OmmConverter.ToTle(omms[i]);
                problems.AddRange(mapped.Diagnostics);
                tle = mapped.Value;
            }

            if (tle is null)
            {
                continue;
            }

            WriteResult written = TleWriter.Write(tle);
            problems.AddRange(written.Diagnostics);
            text.Append(written.Text);
        }

        return (problems.Any(d => d.IsError) ? null : text.ToString(), problems, false);
    }
}
