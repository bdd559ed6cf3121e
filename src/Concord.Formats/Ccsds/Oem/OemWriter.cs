using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds.Oem;

/// <summary>Writes a CCSDS OEM (502.0-B-3) as KVN or XML (NDM/XML, unqualified).</summary>
public static class OemWriter
{
    private const int KeyWidth = 20;

    /// <summary>Writes an OEM to a string.</summary>
    /// <param name="oem">The message.</param>
    /// <param name="format">KVN or XML.</param>
    /// <returns>The text, or the diagnostics that prevented writing.</returns>
    public static WriteResult Write(Oem oem, CcsdsFormat format)
    {
        ArgumentNullException.ThrowIfNull(oem);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        ImmutableArray<Diagnostic> diagnostics = Write(oem, format, writer);
        return diagnostics.Any(d => d.IsError) ? new WriteResult(null, diagnostics) : new WriteResult(writer.ToString(), diagnostics);
    }

    /// <summary>Writes an OEM to a text writer, streaming the data lines.</summary>
    /// <param name="oem">The message.</param>
    /// <param name="format">KVN or XML.</param>
    /// <param name="writer">The destination; nothing is written when the message is not writable.</param>
    /// <returns>The diagnostics (errors when the message cannot be written).</returns>
    public static ImmutableArray<Diagnostic> Write(Oem oem, CcsdsFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(oem);
        ArgumentNullException.ThrowIfNull(writer);
        if (format is not (CcsdsFormat.Kvn or CcsdsFormat.Xml))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "An OEM is written as KVN or XML.");
        }

        var diagnostics = new List<Diagnostic>();
        Validate(oem, diagnostics);
        if (diagnostics.Count > 0)
        {
            return [.. diagnostics];
        }

        if (format == CcsdsFormat.Kvn)
        {
            WriteKvn(oem, writer);
        }
        else
        {
            WriteXml(oem, writer);
        }

        return [];
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static void Validate(Oem oem, List<Diagnostic> diagnostics)
    {
        void Text(string key, string? value)
        {
            if (value is not null && (value.Contains('\n', StringComparison.Ordinal) || value.Contains('\r', StringComparison.Ordinal)))
            {
                diagnostics.Add(CcsdsMessageWriter.Unwritable(key, value, "a value is one line"));
            }
        }

        if (string.IsNullOrEmpty(oem.Header.Version))
        {
            diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsMissingKey, DiagnosticSeverity.Error, 0, 0, OemKeys.Version, OemKeys.Version, "the OEM header"));
        }

        if (oem.Segments.Count == 0)
        {
            diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsMissingKey, DiagnosticSeverity.Error, 0, 0, "META_START", "META_START", "the OEM (no segment)"));
        }

        foreach (string comment in oem.Header.Comments)
        {
            Text("COMMENT", comment);
        }

        foreach (string key in OemKeys.HeaderKeys)
        {
            Text(key, OemKeys.ByName[key].Write(oem, -1));
        }

        for (int index = 0; index < oem.Segments.Count; index++)
        {
            OemSegment segment = oem.Segments[index];
            foreach (string key in OemKeys.MetadataKeys)
            {
                Text(key, OemKeys.ByName[key].Write(oem, index));
            }

            foreach (string comment in segment.Metadata.Comments.Concat(segment.DataComments))
            {
                Text("COMMENT", comment);
            }

            if (segment.States.Count != segment.Count * OemSegment.StateStride
                || (segment.Accelerations.Count != 0 && segment.Accelerations.Count != segment.Count * OemSegment.AccelerationStride))
            {
                diagnostics.Add(CcsdsMessageWriter.Unwritable("EPOCH", segment.Count.ToString(CultureInfo.InvariantCulture), "6 state values (and 0 or 3 accelerations) per epoch"));
            }

            foreach (double value in segment.States)
            {
                if (!double.IsFinite(value))
                {
                    diagnostics.Add(CcsdsMessageWriter.Unwritable("X", Number(value), "a number must be finite"));
                    break;
                }
            }

            foreach (OemCovariance covariance in segment.Covariances)
            {
                if (covariance.LowerTriangle.Count != OemCovariance.TermCount || covariance.LowerTriangle.Any(v => !double.IsFinite(v)))
                {
                    diagnostics.Add(CcsdsMessageWriter.Unwritable("CX_X", covariance.LowerTriangle.Count.ToString(CultureInfo.InvariantCulture), "a covariance has 21 finite terms"));
                }
            }
        }
    }

    private static void WriteKvnComment(TextWriter writer, string comment)
    {
        // The shared KVN lexer drops one leading '=' of a comment (Space-Track's "COMMENT =text"): protect comments that start with '='.
        writer.Write("COMMENT ");
        if (comment.StartsWith('='))
        {
            writer.Write('=');
        }

        writer.WriteLine(comment);
    }

    private static void WriteKvnKey(TextWriter writer, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        writer.Write(key.PadRight(KeyWidth));
        writer.Write(" = ");
        writer.WriteLine(value);
    }

    private static void WriteKvn(Oem oem, TextWriter writer)
    {
        WriteKvnKey(writer, OemKeys.Version, oem.Header.Version);
        foreach (string comment in oem.Header.Comments)
        {
            WriteKvnComment(writer, comment);
        }

        foreach (string key in OemKeys.HeaderKeys.AsSpan()[1..])
        {
            WriteKvnKey(writer, key, OemKeys.ByName[key].Write(oem, -1));
        }

        var line = new StringBuilder(256);
        for (int index = 0; index < oem.Segments.Count; index++)
        {
            OemSegment segment = oem.Segments[index];
            writer.WriteLine();
            writer.WriteLine("META_START");
            foreach (string comment in segment.Metadata.Comments)
            {
                WriteKvnComment(writer, comment);
            }

            foreach (string key in OemKeys.MetadataKeys)
            {
                WriteKvnKey(writer, key, OemKeys.ByName[key].Write(oem, index));
            }

            writer.WriteLine("META_STOP");
            writer.WriteLine();
            foreach (string comment in segment.DataComments)
            {
                WriteKvnComment(writer, comment);
            }

            for (int i = 0; i < segment.Count; i++)
            {
                line.Clear();
                line.Append(segment.Epochs[i].ToString());
                int s = i * OemSegment.StateStride;
                for (int j = 0; j < OemSegment.StateStride; j++)
                {
                    line.Append(' ').Append(Number(segment.States[s + j]));
                }

                int a = i * OemSegment.AccelerationStride;
                if (segment.Accelerations.Count > 0 && !double.IsNaN(segment.Accelerations[a]))
                {
                    for (int j = 0; j < OemSegment.AccelerationStride; j++)
                    {
                        line.Append(' ').Append(Number(segment.Accelerations[a + j]));
                    }
                }

                writer.WriteLine(line);
            }

            if (segment.Covariances.Count == 0)
            {
                continue;
            }

            writer.WriteLine();
            writer.WriteLine("COVARIANCE_START");
            foreach (OemCovariance covariance in segment.Covariances)
            {
                foreach (string comment in covariance.Comments)
                {
                    WriteKvnComment(writer, comment);
                }

                WriteKvnKey(writer, "EPOCH", covariance.Epoch.ToString());
                WriteKvnKey(writer, "COV_REF_FRAME", covariance.ReferenceFrame);
                int term = 0;
                for (int row = 0; row < 6; row++)
                {
                    line.Clear();
                    for (int column = 0; column <= row; column++)
                    {
                        if (column > 0)
                        {
                            line.Append(' ');
                        }

                        line.Append(Number(covariance.LowerTriangle[term++]));
                    }

                    writer.WriteLine(line);
                }
            }

            writer.WriteLine("COVARIANCE_STOP");
        }
    }

    private static void WriteXml(Oem oem, TextWriter text)
    {
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", OmitXmlDeclaration = false, CloseOutput = false };
        using XmlWriter writer = XmlWriter.Create(text, settings);
        CcsdsMessageWriter.WriteXmlMessageStart(writer, "oem", OemKeys.Version, oem.Header.Version);
        writer.WriteStartElement("header");
        foreach (string comment in oem.Header.Comments)
        {
            writer.WriteElementString("COMMENT", comment);
        }

        foreach (string key in OemKeys.HeaderKeys.AsSpan()[1..])
        {
            if (OemKeys.ByName[key].Write(oem, -1) is { } value)
            {
                writer.WriteElementString(key, value);
            }
        }

        writer.WriteEndElement();
        writer.WriteStartElement("body");
        for (int index = 0; index < oem.Segments.Count; index++)
        {
            OemSegment segment = oem.Segments[index];
            writer.WriteStartElement("segment");
            writer.WriteStartElement("metadata");
            foreach (string comment in segment.Metadata.Comments)
            {
                writer.WriteElementString("COMMENT", comment);
            }

            foreach (string key in OemKeys.MetadataKeys)
            {
                if (OemKeys.ByName[key].Write(oem, index) is { } value)
                {
                    writer.WriteElementString(key, value);
                }
            }

            writer.WriteEndElement();
            writer.WriteStartElement("data");
            foreach (string comment in segment.DataComments)
            {
                writer.WriteElementString("COMMENT", comment);
            }

            for (int i = 0; i < segment.Count; i++)
            {
                writer.WriteStartElement("stateVector");
                writer.WriteElementString("EPOCH", segment.Epochs[i].ToString());
                int s = i * OemSegment.StateStride;
                for (int j = 0; j < OemSegment.StateStride; j++)
                {
                    writer.WriteElementString(OemKeys.StateVectorKeys[j + 1], Number(segment.States[s + j]));
                }

                int a = i * OemSegment.AccelerationStride;
                if (segment.Accelerations.Count > 0 && !double.IsNaN(segment.Accelerations[a]))
                {
                    for (int j = 0; j < OemSegment.AccelerationStride; j++)
                    {
                        writer.WriteElementString(OemKeys.StateVectorKeys[j + 7], Number(segment.Accelerations[a + j]));
                    }
                }

                writer.WriteEndElement();
            }

            foreach (OemCovariance covariance in segment.Covariances)
            {
                writer.WriteStartElement("covarianceMatrix");
                foreach (string comment in covariance.Comments)
                {
                    writer.WriteElementString("COMMENT", comment);
                }

                writer.WriteElementString("EPOCH", covariance.Epoch.ToString());
                if (covariance.ReferenceFrame is { } frame)
                {
                    writer.WriteElementString("COV_REF_FRAME", frame);
                }

                for (int term = 0; term < OemCovariance.TermCount; term++)
                {
                    writer.WriteElementString(Omm.OmmKeys.CovarianceKeys[term], Number(covariance.LowerTriangle[term]));
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }
}
