using System.Collections.Immutable;
using System.Text;
using System.Xml;
using Concord.Formats.Ccsds.Cdm;
using Concord.Formats.Ccsds.Oem;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Ccsds.Opm;
using Concord.Formats.Ccsds.Xml;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds.Ndm;

/// <summary>Reads an NDM/XML combined instantiation (CCSDS 505.0-B-2 §3.3): an <c>&lt;ndm&gt;</c> container holding
/// any mix of OMM, OPM, OEM and CDM messages (TDM and others are reported as not supported).</summary>
/// <remarks>Each constituent message is cut out of the text as written and read by its own reader, so its
/// diagnostics are the same as for a stand-alone message; their lines are those of the container. The container is
/// valid only when every constituent is (no half-read container is returned as valid). Thread-safe.</remarks>
public static class NdmReader
{
    /// <summary>Whether <paramref name="sample"/> (the start of a document) is an <c>&lt;ndm&gt;</c> container.</summary>
    public static bool IsContainer(ReadOnlySpan<char> sample)
    {
        ReadOnlySpan<char> text = sample.TrimStart("\uFEFF \t\r\n");
        while (text.StartsWith("<?") || text.StartsWith("<!--"))
        {
            int end = text.StartsWith("<?") ? text.IndexOf("?>") : text.IndexOf("-->");
            if (end < 0)
            {
                return false;
            }

            text = text[(end + (text.StartsWith("<?") ? 2 : 3))..].TrimStart(" \t\r\n");
        }

        if (!text.StartsWith("<"))
        {
            return false;
        }

        int nameEnd = text.IndexOfAny(" \t\r\n>/");
        ReadOnlySpan<char> name = nameEnd < 0 ? text[1..] : text[1..nameEnd];
        int colon = name.IndexOf(':');
        return (colon < 0 ? name : name[(colon + 1)..]).Equals("ndm", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads every constituent message of the container in <paramref name="text"/>.</summary>
    public static NdmReadResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new List<Diagnostic>();
        var omms = ImmutableArray.CreateBuilder<Omm.Omm>();
        var opms = ImmutableArray.CreateBuilder<Opm.Opm>();
        var oems = ImmutableArray.CreateBuilder<Oem.Oem>();
        var cdms = ImmutableArray.CreateBuilder<Cdm.Cdm>();
        int[] lineStarts = LineStarts(text);
        int constituents = 0;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings());
            var info = (IXmlLineInfo)reader;
            reader.MoveToContent();
            if (!reader.LocalName.Equals("ndm", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(new Diagnostic(ErrorCodes.FormatUnknown, DiagnosticSeverity.Error, info.LineNumber, info.LinePosition, null, $"<{reader.Name}>"));
                return Result(diagnostics, omms, opms, oems, cdms);
            }

            string namespaces = NamespaceDeclarations(reader);
            if (reader.IsEmptyElement)
            {
                reader.Read();
            }
            else
            {
                reader.Read();
                while (reader.NodeType != XmlNodeType.EndElement && !reader.EOF)
                {
                    if (reader.NodeType != XmlNodeType.Element)
                    {
                        reader.Read();
                        continue;
                    }

                    string kind = reader.LocalName.ToUpperInvariant();
                    int line = info.LineNumber;
                    int start = Offset(lineStarts, line, info.LinePosition) - 1;
                    reader.Skip();
                    int end = reader.EOF ? text.Length : Offset(lineStarts, info.LineNumber, info.LinePosition) - (reader.NodeType == XmlNodeType.EndElement ? 2 : 1);
                    if (start < 0 || end > text.Length || end < start)
                    {
                        // Never expected; a reader must report, not throw.
                        diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsXmlNotWellFormed, DiagnosticSeverity.Error, line, 0, null,
                            "the extent of a constituent message could not be located"));
                        break;
                    }

                    if (kind == "COMMENT")
                    {
                        continue;
                    }

                    constituents++;
                    // The constituent as written, wrapped in a container that declares the namespaces in scope, on its first line.
                    string message = $"<ndm{namespaces}>" + text[start..end] + "</ndm>";
                    ReadConstituent(kind, message, line, diagnostics, omms, opms, oems, cdms);
                }
            }
        }
        catch (XmlException exception)
        {
            diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsXmlNotWellFormed, DiagnosticSeverity.Error, exception.LineNumber, exception.LinePosition, null, exception.Message));
        }

        if (constituents == 0 && !diagnostics.Any(d => d.IsError))
        {
            diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsNoMessage, DiagnosticSeverity.Error, 1, 0, null, "NDM constituent message"));
        }

        return Result(diagnostics, omms, opms, oems, cdms);
    }

    private static void ReadConstituent(string kind, string message, int line, List<Diagnostic> diagnostics,
        ImmutableArray<Omm.Omm>.Builder omms, ImmutableArray<Opm.Opm>.Builder opms, ImmutableArray<Oem.Oem>.Builder oems, ImmutableArray<Cdm.Cdm>.Builder cdms)
    {
        IEnumerable<Diagnostic> found;
        switch (kind)
        {
            case "OMM":
                OmmReadResult omm = OmmReader.Parse(message);
                omms.AddRange(omm.Messages);
                found = omm.Diagnostics;
                break;
            case "OPM":
                OpmReadResult opm = OpmReader.Parse(message);
                if (opm.Message is not null)
                {
                    opms.Add(opm.Message);
                }

                found = opm.Diagnostics;
                break;
            case "OEM":
                OemReadResult oem = OemReader.Parse(message);
                if (oem.Message is not null)
                {
                    oems.Add(oem.Message);
                }

                found = oem.Diagnostics;
                break;
            case "CDM":
                CdmReadResult cdm = CdmReader.Parse(message);
                cdms.AddRange(cdm.Messages);
                found = cdm.Diagnostics;
                break;
            default:
                found = [new Diagnostic(ErrorCodes.FormatUnsupported, DiagnosticSeverity.Error, 1, 0, null, kind)];
                break;
        }

        diagnostics.AddRange(found.Select(d => d.AtLine(d.Line == 0 ? line : d.Line + line - 1)));
    }

    private static NdmReadResult Result(List<Diagnostic> diagnostics, ImmutableArray<Omm.Omm>.Builder omms,
        ImmutableArray<Opm.Opm>.Builder opms, ImmutableArray<Oem.Oem>.Builder oems, ImmutableArray<Cdm.Cdm>.Builder cdms)
    {
        bool valid = !diagnostics.Any(d => d.IsError);
        return valid
            ? new NdmReadResult(omms.ToImmutable(), opms.ToImmutable(), oems.ToImmutable(), cdms.ToImmutable(), [.. diagnostics])
            : new NdmReadResult([], [], [], [], [.. diagnostics]);
    }

    private static string NamespaceDeclarations(XmlReader reader)
    {
        var builder = new StringBuilder();
        if (reader is IXmlNamespaceResolver resolver)
        {
            foreach ((string prefix, string uri) in resolver.GetNamespacesInScope(XmlNamespaceScope.Local))
            {
                builder.Append(prefix.Length == 0 ? " xmlns" : " xmlns:" + prefix).Append("=\"").Append(SecurityElementEscape(uri)).Append('"');
            }
        }

        return builder.ToString();
    }

    private static string SecurityElementEscape(string value)
        => value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = XmlLexer.MaxCharacters,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    private static int[] LineStarts(string text)
    {
        // Line breaks as XmlReader counts them (XML 1.0 section 2.11): CR LF, a lone LF and a lone CR (a lone CR made
        // the offsets drift and overrun the text: found by the xml fuzzing campaign, issue 15).
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    private static int Offset(int[] lineStarts, int line, int column) => lineStarts[line - 1] + column - 1;
}
