using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using Concord.Formats.Ccsds.Xml;
using Concord.Formats.Diagnostics;
using OpmKey = Concord.Formats.Ccsds.CcsdsKey<Concord.Formats.Ccsds.Opm.OpmSection, Concord.Formats.Ccsds.Opm.Opm>;

namespace Concord.Formats.Ccsds.Opm;

/// <summary>Writes a CCSDS OPM (502.0-B-3) as KVN or XML (NDM/XML, unqualified), in the order of <see cref="OpmKeys"/>.</summary>
public static class OpmWriter
{
    private const int KeyWidth = 20;

    private static readonly string[] s_xmlBlocks =
    [
        "header", "metadata", "stateVector", "keplerianElements", "spacecraftParameters", "covarianceMatrix", "maneuverParameters", "userDefinedParameters",
    ];

    /// <summary>Writes an OPM.</summary>
    /// <param name="opm">The message.</param>
    /// <param name="format">KVN or XML.</param>
    /// <returns>The text, or the diagnostics that prevented writing.</returns>
    public static WriteResult Write(Opm opm, CcsdsFormat format)
    {
        ArgumentNullException.ThrowIfNull(opm);
        if (format is not (CcsdsFormat.Kvn or CcsdsFormat.Xml))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "An OPM is written as KVN or XML.");
        }

        var diagnostics = new List<Diagnostic>();
        List<Block> blocks = Blocks(opm, diagnostics);
        if (diagnostics.Count > 0)
        {
            return new WriteResult(null, [.. diagnostics]);
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        if (format == CcsdsFormat.Kvn)
        {
            WriteKvn(blocks, writer);
        }
        else
        {
            WriteXml(opm, blocks, writer);
        }

        return new WriteResult(writer.ToString(), []);
    }

    private sealed record Block(OpmSection Section, IReadOnlyList<string> Comments, List<(string Key, string Text)> Fields);

    private static List<Block> Blocks(Opm opm, List<Diagnostic> diagnostics)
    {
        var blocks = new List<Block>();
        void Add(OpmSection section, IReadOnlyList<string> comments, int maneuver)
        {
            var fields = new List<(string, string)>();
            foreach (OpmKey key in OpmKeys.Ordered)
            {
                if (key.Section != section || key.Write(opm, maneuver) is not { } text)
                {
                    continue;
                }

                if (text.Contains('\n', StringComparison.Ordinal) || (key.Kind == CcsdsValueKind.Real && !double.IsFinite(double.Parse(text, CultureInfo.InvariantCulture))))
                {
                    diagnostics.Add(CcsdsMessageWriter.Unwritable(key.Name, text, "a value is one line and numbers are finite"));
                    continue;
                }

                fields.Add((key.Name, text));
            }

            blocks.Add(new Block(section, comments, fields));
        }

        OpmData data = opm.Data;
        Add(OpmSection.Header, opm.Header.Comments, -1);
        Add(OpmSection.Metadata, opm.Metadata.Comments, -1);
        Add(OpmSection.StateVector, data.StateVector.Comments, -1);
        if (data.KeplerianElements is { } elements)
        {
            Add(OpmSection.KeplerianElements, elements.Comments, -1);
        }

        if (data.SpacecraftParameters is { } spacecraft)
        {
            Add(OpmSection.SpacecraftParameters, spacecraft.Comments, -1);
        }

        if (data.Covariance is { } covariance)
        {
            if (covariance.LowerTriangle.Count != OpmCovariance.TermCount)
            {
                diagnostics.Add(CcsdsMessageWriter.Unwritable("CX_X", covariance.LowerTriangle.Count.ToString(CultureInfo.InvariantCulture), "a covariance has 21 terms"));
                return blocks;
            }

            Add(OpmSection.Covariance, covariance.Comments, -1);
        }

        for (int maneuver = 0; maneuver < data.Maneuvers.Count; maneuver++)
        {
            Add(OpmSection.Maneuver, data.Maneuvers[maneuver].Comments, maneuver);
        }

        if (data.UserDefinedParameters.Count > 0 || data.UserDefinedComments.Count > 0)
        {
            blocks.Add(new Block(OpmSection.UserDefined, data.UserDefinedComments,
                [.. data.UserDefinedParameters.Select(p => (OpmKeys.UserDefinedPrefix + p.Name, p.Value))]));
        }

        return blocks;
    }

    private static void WriteKvn(List<Block> blocks, TextWriter writer)
    {
        foreach (Block block in blocks)
        {
            if (block.Section == OpmSection.Header)
            {
                // The version line comes first, then the header comments (502.0 §7.4).
                Field(block.Fields[0]);
                Comments(block.Comments);
                foreach ((string Key, string Text) field in block.Fields.Skip(1))
                {
                    Field(field);
                }

                writer.WriteLine();
                continue;
            }

            Comments(block.Comments);
            foreach ((string Key, string Text) field in block.Fields)
            {
                Field(field);
            }

            writer.WriteLine();
        }

        void Comments(IReadOnlyList<string> comments)
        {
            foreach (string comment in comments)
            {
                // The shared KVN lexer drops one leading '=' of a comment: protect comments that start with '='.
                writer.WriteLine(comment.StartsWith('=') ? "COMMENT =" + comment : "COMMENT " + comment);
            }
        }

        void Field((string Key, string Text) field)
        {
            writer.Write(field.Key.PadRight(KeyWidth));
            writer.Write(" = ");
            writer.WriteLine(field.Text);
        }
    }

    private static void WriteXml(Opm opm, List<Block> blocks, TextWriter text)
    {
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", CloseOutput = false };
        using XmlWriter writer = XmlWriter.Create(text, settings);
        CcsdsMessageWriter.WriteXmlMessageStart(writer, "opm", OpmKeys.Version, opm.Header.Version);
        bool inData = false;
        foreach (Block block in blocks)
        {
            if (block.Section == OpmSection.Metadata)
            {
                writer.WriteStartElement("body");
                writer.WriteStartElement("segment");
            }

            if (block.Section >= OpmSection.StateVector && !inData)
            {
                writer.WriteStartElement("data");
                inData = true;
            }

            writer.WriteStartElement(s_xmlBlocks[(int)block.Section]);
            foreach (string comment in block.Comments)
            {
                writer.WriteElementString("COMMENT", comment);
            }

            foreach ((string key, string value) in block.Fields)
            {
                if (key == OpmKeys.Version)
                {
                    continue;
                }

                if (block.Section == OpmSection.UserDefined)
                {
                    NdmXmlDocument.WriteUserDefined(writer, key[OpmKeys.UserDefinedPrefix.Length..], value);
                }
                else
                {
                    writer.WriteElementString(key, value);
                }
            }

            writer.WriteEndElement();
        }

        writer.WriteEndDocument();
    }
}
