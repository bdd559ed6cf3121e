using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using Concord.Formats.Ccsds.Kvn;
using Concord.Formats.Ccsds.Xml;
using Concord.Formats.Diagnostics;
using OmmKey = Concord.Formats.Ccsds.CcsdsKey<Concord.Formats.Ccsds.Omm.OmmSection, Concord.Formats.Ccsds.Omm.Omm>;

namespace Concord.Formats.Ccsds.Omm;

/// <summary>Writes OMMs strictly (R11) in KVN, NDM/XML, and the catalogues' JSON and CSV: keywords in the standard's
/// order (<see cref="OmmKeys"/>), the standard's units (KVN <c>[unit]</c>, XML <c>units="…"</c>), numbers in the shortest
/// form that reads back to the same double (<c>"R"</c>), dates in the calendar form with the fraction digits they need.</summary>
/// <remarks>
/// <para>Refused with a diagnostic (line 0), never thrown: an empty mandatory text (<see cref="ErrorCodes.CcsdsMissingKey"/>),
/// a non-finite number, a text holding a line break, a covariance without 21 terms (<see cref="ErrorCodes.CcsdsUnwritable"/>).
/// <c>CREATION_DATE</c> and <c>ORIGINATOR</c> are written when the message has them (catalogue messages do not).</para>
/// <para>JSON and CSV are flat: JSON keeps comments as <c>COMMENT</c> properties before the block they belong to; CSV has no
/// place for comments and leaves them out, and its columns are the keywords used by any of the messages. Thread-safe.</para>
/// </remarks>
public static class OmmWriter
{
    private const int KeyWidth = 20;

    /// <summary>Writes <paramref name="messages"/> in <paramref name="format"/> (several KVN messages one after the other;
    /// several XML messages in an <c>&lt;ndm&gt;</c> container; JSON as an array).</summary>
    public static WriteResult Write(IReadOnlyList<Omm> messages, CcsdsFormat format)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var diagnostics = new List<Diagnostic>();
        var fields = new List<List<CcsdsField<OmmSection>>>(messages.Count);
        foreach (Omm omm in messages)
        {
            ArgumentNullException.ThrowIfNull(omm, nameof(messages));
            fields.Add(Fields(omm, diagnostics));
        }

        if (diagnostics.Count > 0)
        {
            return new WriteResult(null, [.. diagnostics]);
        }

        string text = format switch
        {
            CcsdsFormat.Kvn => WriteKvn(fields),
            CcsdsFormat.Xml => WriteXml(fields),
            CcsdsFormat.Json => WriteJson(fields),
            CcsdsFormat.Csv => WriteCsv(fields),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
        return new WriteResult(text, []);
    }

    /// <summary>Writes one message in <paramref name="format"/>.</summary>
    public static WriteResult Write(Omm omm, CcsdsFormat format)
    {
        ArgumentNullException.ThrowIfNull(omm);
        return Write([omm], format);
    }

    private static List<CcsdsField<OmmSection>> Fields(Omm omm, List<Diagnostic> diagnostics)
    {
        var fields = new List<CcsdsField<OmmSection>>(48);
        OmmSection? section = null;
        void Comments(OmmSection s)
        {
            if (section == s)
            {
                return;
            }

            section = s;
            EquatableArray<string> comments = s switch
            {
                OmmSection.Header => omm.Header.Comments,
                OmmSection.Metadata => omm.Metadata.Comments,
                OmmSection.MeanElements => omm.Data.MeanElements.Comments,
                OmmSection.SpacecraftParameters => omm.Data.SpacecraftParameters?.Comments ?? default,
                OmmSection.TleParameters => omm.Data.TleParameters?.Comments ?? default,
                OmmSection.Covariance => omm.Data.Covariance?.Comments ?? default,
                _ => omm.Data.UserDefinedComments,
            };
            foreach (string comment in comments)
            {
                CcsdsMessageWriter.CheckText("COMMENT", comment, diagnostics);
                fields.Add(new CcsdsField<OmmSection>(0, s, "COMMENT", comment, null, false, true));
            }
        }

        if (omm.Data.Covariance is { } covariance && covariance.LowerTriangle.Count != OmmCovariance.TermCount)
        {
            diagnostics.Add(CcsdsMessageWriter.Unwritable("CX_X", covariance.LowerTriangle.Count.ToString(CultureInfo.InvariantCulture), "a covariance has 21 terms"));
            return fields;
        }

        foreach (OmmKey key in OmmKeys.Ordered)
        {
            bool sectionPresent = key.Section switch
            {
                OmmSection.SpacecraftParameters => omm.Data.SpacecraftParameters is not null,
                OmmSection.TleParameters => omm.Data.TleParameters is not null,
                OmmSection.Covariance => omm.Data.Covariance is not null,
                _ => true,
            };
            if (!sectionPresent)
            {
                continue;
            }

            Comments(key.Section);
            string? text = key.Write(omm, 0);
            if (text is null)
            {
                continue;
            }

            if (text.Length == 0 || (key.IsNumber && !double.IsFinite(double.Parse(text, CultureInfo.InvariantCulture))))
            {
                diagnostics.Add(text.Length == 0
                    ? new Diagnostic(ErrorCodes.CcsdsMissingKey, DiagnosticSeverity.Error, 0, 0, key.Name, key.Name, "the OMM")
                    : CcsdsMessageWriter.Unwritable(key.Name, text, "a number must be finite"));
                continue;
            }

            CcsdsMessageWriter.CheckText(key.Name, text, diagnostics);
            fields.Add(new CcsdsField<OmmSection>(0, key.Section, key.Name, text, key.Unit, key.IsNumber, false));
        }

        if (omm.Data.UserDefinedParameters.Count > 0 || omm.Data.UserDefinedComments.Count > 0)
        {
            Comments(OmmSection.UserDefined);
            foreach (OmmUserDefinedParameter parameter in omm.Data.UserDefinedParameters)
            {
                string key = OmmKeys.UserDefinedPrefix + parameter.Name;
                if (parameter.Name.Length == 0 || parameter.Name.Any(c => !(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_')))
                {
                    diagnostics.Add(CcsdsMessageWriter.Unwritable(key, parameter.Value, "a user-defined name is capital letters, digits and underscores"));
                    continue;
                }

                CcsdsMessageWriter.CheckText(key, parameter.Value, diagnostics);
                fields.Add(new CcsdsField<OmmSection>(0, OmmSection.UserDefined, key, parameter.Value, null, false, false));
            }
        }

        CcsdsMessageWriter.PutVersionFirst(fields, OmmKeys.Version);
        return fields;
    }


    private static string WriteKvn(List<List<CcsdsField<OmmSection>>> messages)
    {
        var text = new StringBuilder(2048 * messages.Count);
        for (int m = 0; m < messages.Count; m++)
        {
            if (m > 0)
            {
                text.Append('\n');
            }

            OmmSection? section = null;
            foreach (CcsdsField<OmmSection> field in messages[m])
            {
                if (section is not null && field.Section != section)
                {
                    text.Append('\n');
                }

                section = field.Section;
                if (field.IsComment)
                {
                    KvnText.AppendComment(text, field.Text);
                    continue;
                }

                KvnText.AppendKeyValue(text, field.Key, field.Text, field.Unit, KeyWidth);
            }
        }

        return text.ToString();
    }

    private static string WriteXml(List<List<CcsdsField<OmmSection>>> messages) => NdmXmlDocument.Write(messages, WriteXmlMessage, 4096);

    private static void WriteXmlMessage(XmlWriter xml, List<CcsdsField<OmmSection>> fields)
    {
        CcsdsMessageWriter.WriteXmlHeader(xml, fields, "omm", OmmKeys.Version, 0, OmmSection.Header, OmmKeys.UserDefinedPrefix);
        xml.WriteStartElement("body");
        xml.WriteStartElement("segment");
        WriteXmlSection(xml, fields, OmmSection.Metadata, "metadata");
        xml.WriteStartElement("data");
        WriteXmlSection(xml, fields, OmmSection.MeanElements, "meanElements");
        WriteXmlSection(xml, fields, OmmSection.SpacecraftParameters, "spacecraftParameters");
        WriteXmlSection(xml, fields, OmmSection.TleParameters, "tleParameters");
        WriteXmlSection(xml, fields, OmmSection.Covariance, "covarianceMatrix");
        WriteXmlSection(xml, fields, OmmSection.UserDefined, "userDefinedParameters");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteXmlSection(XmlWriter xml, List<CcsdsField<OmmSection>> fields, OmmSection section, string element)
        => CcsdsMessageWriter.WriteXmlBlock(xml, fields, 0, section, element, OmmKeys.Version, OmmKeys.UserDefinedPrefix, null);

    private static string WriteJson(List<List<CcsdsField<OmmSection>>> messages)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (List<CcsdsField<OmmSection>> fields in messages)
            {
                json.WriteStartObject();
                foreach (CcsdsField<OmmSection> field in fields)
                {
                    json.WritePropertyName(field.Key);
                    if (field.IsNumber)
                    {
                        json.WriteRawValue(field.Text);
                    }
                    else
                    {
                        json.WriteStringValue(field.Text);
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string WriteCsv(List<List<CcsdsField<OmmSection>>> messages)
    {
        var columns = new List<string>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (OmmKey key in OmmKeys.Ordered)
        {
            if (messages.Any(m => m.Any(f => f.Key == key.Name)))
            {
                columns.Add(key.Name);
                known.Add(key.Name);
            }
        }

        foreach (List<CcsdsField<OmmSection>> fields in messages)
        {
            foreach (CcsdsField<OmmSection> field in fields)
            {
                if (!field.IsComment && known.Add(field.Key))
                {
                    columns.Add(field.Key);
                }
            }
        }

        var text = new StringBuilder(256 * (messages.Count + 1));
        text.AppendJoin(',', columns).Append('\n');
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (List<CcsdsField<OmmSection>> fields in messages)
        {
            values.Clear();
            foreach (CcsdsField<OmmSection> field in fields)
            {
                if (!field.IsComment)
                {
                    values[field.Key] = field.Text;
                }
            }

            for (int i = 0; i < columns.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(',');
                }

                if (values.TryGetValue(columns[i], out string? value))
                {
                    bool quote = value.AsSpan().IndexOfAny(',', '"') >= 0;
                    text.Append(quote ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value);
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
