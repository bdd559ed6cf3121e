using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using Concord.Formats.Ccsds.Kvn;
using Concord.Formats.Ccsds.Xml;
using Concord.Formats.Diagnostics;
using CdmKey = Concord.Formats.Ccsds.CcsdsKey<Concord.Formats.Ccsds.Cdm.CdmSection, Concord.Formats.Ccsds.Cdm.Cdm>;

namespace Concord.Formats.Ccsds.Cdm;

/// <summary>Writes CDMs in KVN or NDM/XML strictly (R11): the standard's key order and units, numbers in their
/// shortest round-trip form (a read → write → read is exact), comments before the block they belong to.</summary>
/// <remarks>Several messages are written one after the other (KVN) or in an <c>&lt;ndm&gt;</c> container (XML).
/// A value that cannot be written (a line break, a non-finite number) is refused with
/// <see cref="ErrorCodes.CcsdsUnwritable"/> and no text. Thread-safe.</remarks>
public static class CdmWriter
{
    private const int KeyWidth = 34;

    /// <summary>Writes <paramref name="messages"/> in <paramref name="format"/> (<see cref="CcsdsFormat.Kvn"/> or <see cref="CcsdsFormat.Xml"/>).</summary>
    public static WriteResult Write(IReadOnlyList<Cdm> messages, CcsdsFormat format)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (format is not (CcsdsFormat.Kvn or CcsdsFormat.Xml))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "A CDM is written as KVN or XML.");
        }

        var diagnostics = new List<Diagnostic>();
        var all = messages.Select(m => Fields(m, diagnostics)).ToList();
        if (diagnostics.Count > 0)
        {
            return new WriteResult(null, [.. diagnostics]);
        }

        return new WriteResult(format == CcsdsFormat.Kvn ? WriteKvn(all) : WriteXml(all), []);
    }

    /// <summary>Writes one message in <paramref name="format"/>.</summary>
    public static WriteResult Write(Cdm cdm, CcsdsFormat format)
    {
        ArgumentNullException.ThrowIfNull(cdm);
        return Write([cdm], format);
    }

    private static EquatableArray<string> CommentsOf(Cdm cdm, int scope, CdmSection section)
    {
        if (scope == CdmBuilder.MessageScope)
        {
            return section switch
            {
                CdmSection.Header => cdm.Header.Comments,
                CdmSection.Relative => cdm.RelativeMetadata.Comments,
                _ => cdm.UserDefinedComments,
            };
        }

        CdmObject o = cdm.Objects(scope);
        return section switch
        {
            CdmSection.Metadata => o.Metadata.Comments,
            CdmSection.OdParameters => o.Data.OdParameters?.Comments ?? default,
            CdmSection.AdditionalParameters => o.Data.AdditionalParameters?.Comments ?? default,
            CdmSection.StateVector => o.Data.StateVector.Comments,
            CdmSection.RtnCovariance => o.Data.RtnCovariance.Comments,
            CdmSection.XyzCovariance => o.Data.XyzCovariance?.Comments ?? default,
            CdmSection.SigmaEigenvectorCovariance => o.Data.SigmaEigenvectorCovariance?.Comments ?? default,
            _ => o.Data.AdditionalCovarianceMetadata?.Comments ?? default,
        };
    }

    private static List<CcsdsField<CdmSection>> Fields(Cdm cdm, List<Diagnostic> diagnostics)
    {
        var fields = new List<CcsdsField<CdmSection>>(256);
        void AddComments(int scope, CdmSection section)
        {
            foreach (string comment in CommentsOf(cdm, scope, section))
            {
                CcsdsMessageWriter.CheckText("COMMENT", comment, diagnostics);
                fields.Add(new CcsdsField<CdmSection>(scope, section, "COMMENT", comment, null, false, true));
            }
        }

        void AddSections(int scope, IEnumerable<CdmKey> keys)
        {
            CdmSection? section = null;
            foreach (CdmKey key in keys)
            {
                if (section != key.Section)
                {
                    section = key.Section;
                    AddComments(scope, key.Section);
                }

                string? text = key.Write(cdm, Math.Max(scope, 0));
                if (text is null)
                {
                    continue;
                }

                if (text.Length == 0 || (key.Kind == CcsdsValueKind.Real && !double.IsFinite(double.Parse(text, CultureInfo.InvariantCulture))))
                {
                    diagnostics.Add(CcsdsMessageWriter.Unwritable(key.Name, text, "a value is not empty and a number is finite"));
                    continue;
                }

                CcsdsMessageWriter.CheckText(key.Name, text, diagnostics);
                fields.Add(new CcsdsField<CdmSection>(scope, key.Section, key.Name, text, key.Unit, key.Kind is CcsdsValueKind.Real or CcsdsValueKind.Whole, false));
            }
        }

        AddSections(CdmBuilder.MessageScope, CdmKeys.Ordered.Where(k => !CdmKeys.IsObjectSection(k.Section)));
        for (int scope = 0; scope < 2; scope++)
        {
            AddSections(scope, CdmKeys.Ordered.Where(k => CdmKeys.IsObjectSection(k.Section)));
        }

        if (cdm.UserDefinedParameters.Count > 0 || cdm.UserDefinedComments.Count > 0)
        {
            AddComments(CdmBuilder.MessageScope, CdmSection.UserDefined);
            foreach (CdmUserDefinedParameter parameter in cdm.UserDefinedParameters)
            {
                string key = CdmKeys.UserDefinedPrefix + parameter.Name;
                CcsdsMessageWriter.CheckText(key, parameter.Value, diagnostics);
                fields.Add(new CcsdsField<CdmSection>(CdmBuilder.MessageScope, CdmSection.UserDefined, key, parameter.Value, null, false, false));
            }
        }

        CcsdsMessageWriter.PutVersionFirst(fields, CdmKeys.Version);
        return fields;
    }


    private static string WriteKvn(List<List<CcsdsField<CdmSection>>> messages)
    {
        var text = new StringBuilder(8192 * messages.Count);
        foreach (List<CcsdsField<CdmSection>> fields in messages)
        {
            foreach (CcsdsField<CdmSection> field in fields)
            {
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

    private static string WriteXml(List<List<CcsdsField<CdmSection>>> messages) => NdmXmlDocument.Write(messages, WriteXmlMessage, 16384);

    private static void WriteXmlMessage(XmlWriter xml, List<CcsdsField<CdmSection>> fields)
    {
        const int M = CdmBuilder.MessageScope;
        CcsdsMessageWriter.WriteXmlHeader(xml, fields, "cdm", CdmKeys.Version, M, CdmSection.Header, CdmKeys.UserDefinedPrefix);
        xml.WriteStartElement("body");
        WriteXmlBlock(xml, fields, M, CdmSection.Relative, "relativeMetadataData");
        for (int scope = 0; scope < 2; scope++)
        {
            xml.WriteStartElement("segment");
            WriteXmlBlock(xml, fields, scope, CdmSection.Metadata, "metadata");
            xml.WriteStartElement("data");
            WriteXmlBlock(xml, fields, scope, CdmSection.OdParameters, "odParameters");
            WriteXmlBlock(xml, fields, scope, CdmSection.AdditionalParameters, "additionalParameters");
            WriteXmlBlock(xml, fields, scope, CdmSection.StateVector, "stateVector");
            WriteXmlBlock(xml, fields, scope, CdmSection.RtnCovariance, "covarianceMatrix");
            WriteXmlBlock(xml, fields, scope, CdmSection.XyzCovariance, "covarianceMatrix");
            WriteXmlBlock(xml, fields, scope, CdmSection.SigmaEigenvectorCovariance, "covarianceMatrix");
            WriteXmlBlock(xml, fields, scope, CdmSection.AdditionalCovarianceMetadata, "covarianceMatrix");
            if (scope == 1)
            {
                WriteXmlBlock(xml, fields, M, CdmSection.UserDefined, "userDefinedParameters");
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteXmlBlock(XmlWriter xml, List<CcsdsField<CdmSection>> fields, int scope, CdmSection section, string element)
        => CcsdsMessageWriter.WriteXmlBlock(xml, fields, scope, section, element, CdmKeys.Version, CdmKeys.UserDefinedPrefix, RelativeStateGroup);

    // The relative position and velocity of the relative metadata are grouped in <relativeStateVector> (508.0 XML schema).
    private static string? RelativeStateGroup(string key)
        => key.StartsWith("RELATIVE_POSITION_", StringComparison.Ordinal) || key.StartsWith("RELATIVE_VELOCITY_", StringComparison.Ordinal)
            ? "relativeStateVector" : null;
}
