using System.Globalization;
using System.Text;
using System.Xml;

namespace Concord.Formats.Ccsds.Xml;

/// <summary>The document shell every NDM/XML writer emits (CCSDS 505.0-B-2): an XML declaration, then one message,
/// or an <c>&lt;ndm&gt;</c> container when there are several; two-space indent, LF line ends, UTF-8 declared.</summary>
internal static class NdmXmlDocument
{
    /// <summary>Writes <paramref name="messages"/> with <paramref name="writeMessage"/> into one document.</summary>
    /// <param name="capacityPerMessage">Expected characters per message (buffer sizing only).</param>
    public static string Write<T>(IReadOnlyList<T> messages, Action<XmlWriter, T> writeMessage, int capacityPerMessage)
    {
        var text = new StringBuilder(capacityPerMessage * messages.Count);
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        using (var xml = XmlWriter.Create(new StringWriter(text, CultureInfo.InvariantCulture), settings))
        {
            xml.WriteStartDocument();
            if (messages.Count != 1)
            {
                xml.WriteStartElement("ndm");
            }

            foreach (T message in messages)
            {
                writeMessage(xml, message);
            }

            if (messages.Count != 1)
            {
                xml.WriteEndElement();
            }

            xml.WriteEndDocument();
        }

        // StringWriter reports UTF-16; the text is written as UTF-8 by callers.
        return text.Replace("encoding=\"utf-16\"", "encoding=\"UTF-8\"").Append('\n').ToString();
    }

    /// <summary>Writes a user-defined parameter: <c>&lt;USER_DEFINED parameter="NAME"&gt;value&lt;/USER_DEFINED&gt;</c>.</summary>
    public static void WriteUserDefined(XmlWriter xml, string parameter, string value)
    {
        xml.WriteStartElement("USER_DEFINED");
        xml.WriteAttributeString("parameter", parameter);
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    /// <summary>Writes a keyword as an element, with its unit as the <c>units</c> attribute unless it has none.</summary>
    public static void WriteKeyword(XmlWriter xml, string key, CcsdsUnit? unit, string value)
    {
        xml.WriteStartElement(key);
        if (unit is { } known && known != CcsdsUnit.None)
        {
            xml.WriteAttributeString("units", known.Name);
        }

        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
