using System.Xml;
using Concord.Formats.Ccsds.Xml;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds;

/// <summary>The parts every CCSDS message writer shares (R11): the value checks with their
/// <see cref="ErrorCodes.CcsdsUnwritable"/> diagnostic, the message element with its <c>id</c> and <c>version</c>, and
/// the XML blocks laid out from <see cref="CcsdsField{TSection}"/>s.</summary>
internal static class CcsdsMessageWriter
{
    /// <summary>The diagnostic of a value that cannot be written.</summary>
    public static Diagnostic Unwritable(string key, string value, string reason)
        => new(ErrorCodes.CcsdsUnwritable, DiagnosticSeverity.Error, 0, 0, key, key, value, reason);

    /// <summary>Refuses a text holding a line break or a leading or trailing blank (it would not read back the same).</summary>
    public static void CheckText(string key, string text, List<Diagnostic> diagnostics)
    {
        if (text.AsSpan().IndexOfAny('\r', '\n') >= 0 || (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))))
        {
            diagnostics.Add(Unwritable(key, text, "a value holds no line break and no leading or trailing blank"));
        }
    }

    /// <summary>Moves the version keyword to the front of a message's fields: in KVN the version keyword is the first
    /// line of a message and header comments follow it (CCSDS 502.0-B-3 and 508.0-B-1, header sections); a comment
    /// before it makes the message unreadable. XML carries the version as an attribute of the message element, so the
    /// order does not matter there.</summary>
    public static void PutVersionFirst<TSection>(List<CcsdsField<TSection>> fields, string versionKey)
        where TSection : struct, Enum
    {
        int index = fields.FindIndex(f => !f.IsComment && f.Key == versionKey);
        if (index > 0)
        {
            CcsdsField<TSection> version = fields[index];
            fields.RemoveAt(index);
            fields.Insert(0, version);
        }
    }

    /// <summary>Opens the message element (<c>&lt;cdm id="CCSDS_CDM_VERS" version="1.0"&gt;</c>); the caller closes it.</summary>
    public static void WriteXmlMessageStart(XmlWriter xml, string element, string versionKey, string version)
    {
        xml.WriteStartElement(element);
        xml.WriteAttributeString("id", versionKey);
        xml.WriteAttributeString("version", version);
    }

    /// <summary>Opens the message element with the version taken from the fields, then writes its <c>header</c> block.</summary>
    public static void WriteXmlHeader<TSection>(XmlWriter xml, List<CcsdsField<TSection>> fields, string element, string versionKey,
        int scope, TSection header, string userDefinedPrefix)
        where TSection : struct, Enum
    {
        WriteXmlMessageStart(xml, element, versionKey, fields.First(f => f.Key == versionKey).Text);
        WriteXmlBlock(xml, fields, scope, header, "header", versionKey, userDefinedPrefix, null);
    }

    /// <summary>Writes the fields of one block as an element (nothing when the block has none); the version keyword is an
    /// attribute of the message, never an element.</summary>
    /// <param name="group">The element that groups a run of keywords inside the block (CDM's <c>relativeStateVector</c>); null when none.</param>
    public static void WriteXmlBlock<TSection>(XmlWriter xml, List<CcsdsField<TSection>> fields, int scope, TSection section, string element,
        string versionKey, string userDefinedPrefix, Func<string, string?>? group)
        where TSection : struct, Enum
    {
        bool open = false;
        string? openGroup = null;
        foreach (CcsdsField<TSection> field in fields)
        {
            if (field.Scope != scope || !EqualityComparer<TSection>.Default.Equals(field.Section, section) || field.Key == versionKey)
            {
                continue;
            }

            if (!open)
            {
                xml.WriteStartElement(element);
                open = true;
            }

            string? fieldGroup = group?.Invoke(field.Key);
            if (fieldGroup != openGroup)
            {
                if (openGroup is not null)
                {
                    xml.WriteEndElement();
                }

                if (fieldGroup is not null)
                {
                    xml.WriteStartElement(fieldGroup);
                }

                openGroup = fieldGroup;
            }

            if (field.IsComment)
            {
                xml.WriteElementString("COMMENT", field.Text);
            }
            else if (field.Key.StartsWith(userDefinedPrefix, StringComparison.Ordinal))
            {
                NdmXmlDocument.WriteUserDefined(xml, field.Key[userDefinedPrefix.Length..], field.Text);
            }
            else
            {
                NdmXmlDocument.WriteKeyword(xml, field.Key, field.Unit, field.Text);
            }
        }

        if (openGroup is not null)
        {
            xml.WriteEndElement();
        }

        if (open)
        {
            xml.WriteEndElement();
        }
    }
}
