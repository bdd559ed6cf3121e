using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Concord.Astro.Time;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Cdm;
using Concord.Formats.Ccsds.Oem;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Ccsds.Opm;
using Concord.Formats.Diagnostics;
using Concord.Formats.Tests.Ccsds.Cdm;
using Concord.Formats.Tests.Ccsds.Oem;
using Concord.Formats.Tests.Ccsds.Omm;
using Concord.Formats.Tests.Ccsds.Opm;

namespace Concord.Formats.Tests.Ccsds.Xml;

/// <summary>The XML the project writes is valid against the SANA NDM/XML schemas, for every valid sample of every message
/// type, checked with .NET's <see cref="XmlSchemaSet"/>. A message keeps its version, so each document is checked against
/// the schema set of its version: NDM/XML 4.0.0 (ODM 3.0 messages and CDM 1.0; the unqualified set, MIT, in tests/data)
/// or NDM/XML 2.0.0 (ODM 2.0 messages; a namespace-qualified set, GPL, read from ../shared/reference only; the document's
/// elements below the message element are put in its target namespace for the check, as that set declares them).</summary>
public sealed class WrittenXmlSchemaTests
{
    private const string CurrentSchemaFolder = "ccsds/xsd/ndmxml-4.0.0-schemas-unqualified";
    private const string Odm2SchemaFolder = "ccsds/xsd/ndmxml-2.0.0-schemas-qualified";
    private static readonly XNamespace s_odm2Namespace = "urn:ccsds:schema:ndmxml";

    private static readonly Lazy<XmlSchemaSet> s_current = new(() => LoadSchemas(CurrentSchemaFolder, "ndmxml-4.0.0-master-4.0.xsd"));
    private static readonly Lazy<XmlSchemaSet> s_odm2 = new(() => LoadSchemas(Odm2SchemaFolder, "ndmxml-2.0.0-master-2.0.xsd"));

    /// <summary>Every valid sample except two whose version has no schema in the reference set: CDMExample_issue_940 (.txt
    /// and .xml) is a CDM 2.0 of the draft Pink Book (CLASSIFICATION, CONJUNCTION_ID, ODM_MSG_LINK, ...), and
    /// 502x0b2c1e2_fig3_2_opm.xml is an OPM 1.0 (NDM/XML 1.0).</summary>
    public static TheoryData<string, string> Samples
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach ((string kind, string file) in KvnXmlRoundTripTests.ValidSamples())
            {
                if (!file.Contains("issue_940", StringComparison.Ordinal) && !file.EndsWith("fig3_2_opm.xml", StringComparison.Ordinal))
                {
                    data.Add(kind, file);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void WrittenXml_IsValidAgainstTheNdmXmlSchemas(string kind, string file)
    {
        string text = File.ReadAllText(ReferenceData.Require(file));
        WriteResult written = kind switch
        {
            "cdm" => CdmWriter.Write(CdmReader.Parse(text).Messages, CcsdsFormat.Xml),
            "omm" => OmmWriter.Write([.. OmmReader.Parse(text).Messages.Select(WithMandatoryHeader)], CcsdsFormat.Xml),
            "opm" => OpmWriter.Write(OpmReader.Parse(text).Messages[0], CcsdsFormat.Xml),
            _ => OemWriter.Write(OemReader.Parse(text).Messages[0], CcsdsFormat.Xml),
        };
        Assert.True(written.Success);

        List<string> problems = Validate(written.Text!);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void TheCheckRejectsAnInvalidDocument()
    {
        string text = File.ReadAllText(ReferenceData.Require("ccsds/cdm/CDMExample1.xml"));
        string xml = CdmWriter.Write(CdmReader.Parse(text).Messages, CcsdsFormat.Xml).Text!;

        Assert.NotEmpty(Validate(xml.Replace("<TCA>", "<TCA_WRONG>", StringComparison.Ordinal).Replace("</TCA>", "</TCA_WRONG>", StringComparison.Ordinal)));
    }

    private static List<string> Validate(string xml)
    {
        var document = XDocument.Parse(xml, LoadOptions.SetLineInfo);
        string version = document.Root!.Attribute("version")?.Value ?? "";
        XmlSchemaSet schemas;
        if (version == "2.0" && document.Root.Name.LocalName is "omm" or "opm" or "oem")
        {
            ReferenceData.Require(Odm2SchemaFolder);
            schemas = s_odm2.Value;
            foreach (XElement element in document.Root.Descendants())
            {
                element.Name = s_odm2Namespace + element.Name.LocalName;
            }

            document = XDocument.Parse(document.ToString(), LoadOptions.SetLineInfo);
        }
        else
        {
            ReferenceData.Require(CurrentSchemaFolder);
            schemas = s_current.Value;
        }

        var problems = new List<string>();
        document.Validate(schemas, (_, e) => problems.Add($"{e.Severity} line {e.Exception.LineNumber}: {e.Message}"));
        return problems;
    }

    /// <summary>CSV and JSON OMMs carry no header; `concord convert` gives them one, as the standard requires.</summary>
    private static Formats.Ccsds.Omm.Omm WithMandatoryHeader(Formats.Ccsds.Omm.Omm omm) => omm with
    {
        Header = omm.Header with
        {
            CreationDate = omm.Header.CreationDate ?? CcsdsDate.FromEpoch(Epoch.FromUtc(new DateTimeOffset(2026, 12, 8, 0, 0, 0, TimeSpan.Zero)), TimeScale.Utc),
            Originator = string.IsNullOrWhiteSpace(omm.Header.Originator) ? "CONCORD" : omm.Header.Originator,
        },
    };

    private static XmlSchemaSet LoadSchemas(string relativeFolder, string master)
    {
        string folder = ReferenceData.Find(relativeFolder) ?? throw new InvalidOperationException($"No schema folder {relativeFolder}.");
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        using (XmlReader reader = XmlReader.Create(Path.Combine(folder, master), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
        {
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }
}
