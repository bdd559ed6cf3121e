using System.Collections.Immutable;
using Concord.Formats;
using Concord.Formats.Ccsds.Cdm;
using Concord.Formats.Ccsds.Ndm;
using Concord.Formats.Ccsds.Oem;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Ccsds.Opm;
using Concord.Formats.Diagnostics;
using Concord.Formats.Tle;

namespace Concord.Cli.Messages;

/// <summary>The messages of one input file, read with the reader its content calls for (never its extension).</summary>
internal sealed record MessageFile(MessageKind Kind, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The element sets, when <see cref="Kind"/> is <see cref="MessageKind.Tle"/>.</summary>
    public ImmutableArray<Tle> Tles { get; init; } = [];

    /// <summary>The OMMs, when <see cref="Kind"/> is <see cref="MessageKind.Omm"/>.</summary>
    public ImmutableArray<Omm> Omms { get; init; } = [];

    /// <summary>The CDMs, when <see cref="Kind"/> is <see cref="MessageKind.Cdm"/>.</summary>
    public ImmutableArray<Cdm> Cdms { get; init; } = [];

    /// <summary>The OEM, when <see cref="Kind"/> is <see cref="MessageKind.Oem"/> and it was read.</summary>
    public Oem? Oem { get; init; }

    /// <summary>The OPM, when <see cref="Kind"/> is <see cref="MessageKind.Opm"/> and it was read.</summary>
    public Opm? Opm { get; init; }

    /// <summary>True for an NDM container holding more than one message type, or several OPMs or OEMs.</summary>
    public bool IsMixedContainer { get; init; }

    /// <summary>True when no diagnostic is an error.</summary>
    public bool IsValid => !Diagnostics.Any(d => d.IsError);

    /// <summary>Reads <paramref name="text"/> as whatever message it holds.</summary>
    public static MessageFile Read(string text)
    {
        MessageKind kind = MessageKindDetector.Detect(text);
        if (NdmReader.IsContainer(text.AsSpan(0, Math.Min(text.Length, MessageKindDetector.SampleLength))))
        {
            NdmReadResult ndm = NdmReader.Parse(text);
            int types = (ndm.Omms.IsEmpty ? 0 : 1) + (ndm.Opms.IsEmpty ? 0 : 1) + (ndm.Oems.IsEmpty ? 0 : 1) + (ndm.Cdms.IsEmpty ? 0 : 1);
            return new MessageFile(kind, ndm.Diagnostics)
            {
                Omms = ndm.Omms,
                Cdms = ndm.Cdms,
                Opm = ndm.Opms.Length == 1 ? ndm.Opms[0] : null,
                Oem = ndm.Oems.Length == 1 ? ndm.Oems[0] : null,
                IsMixedContainer = types > 1 || ndm.Opms.Length > 1 || ndm.Oems.Length > 1,
            };
        }

        switch (kind)
        {
            case MessageKind.Tle:
                TleReadResult tles = TleReader.Parse(text, TleReadOptions.Default);
                return new MessageFile(kind, tles.Diagnostics) { Tles = tles.Sets };
            case MessageKind.Omm:
                OmmReadResult omms = OmmReader.Parse(text);
                return new MessageFile(kind, omms.Diagnostics) { Omms = omms.Messages };
            case MessageKind.Cdm:
                CdmReadResult cdms = CdmReader.Parse(text);
                return new MessageFile(kind, cdms.Diagnostics) { Cdms = cdms.Messages };
            case MessageKind.Oem:
                OemReadResult oem = OemReader.Parse(text);
                return new MessageFile(kind, oem.Diagnostics) { Oem = oem.Message };
            case MessageKind.Opm:
                OpmReadResult opm = OpmReader.Parse(text);
                return new MessageFile(kind, opm.Diagnostics) { Opm = opm.Message };
            case MessageKind.Unknown:
                return new MessageFile(kind, [new Diagnostic(ErrorCodes.FormatUnknown, DiagnosticSeverity.Error, 1, 0, null, MessageKindDetector.Describe(text))]);
            default:
                return new MessageFile(kind, [new Diagnostic(ErrorCodes.FormatUnsupported, DiagnosticSeverity.Error, 1, 0, null, kind.ToString().ToUpperInvariant())]);
        }
    }
}
