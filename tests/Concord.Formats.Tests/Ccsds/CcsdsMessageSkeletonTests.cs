using System.Xml.Linq;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Cdm;
using Concord.Formats.Ccsds.Oem;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Diagnostics;
using Concord.Formats.Tests.Ccsds.Cdm;

namespace Concord.Formats.Tests.Ccsds;

/// <summary>The shared skeleton of the CCSDS messages: one read result, one feed path per encoding, one writer header.</summary>
public sealed class CcsdsMessageSkeletonTests
{
    private const string OemKvn = """
        CCSDS_OEM_VERS = 2.0
        CREATION_DATE = 2026-01-01T00:00:00
        ORIGINATOR = TEST

        META_START
        OBJECT_NAME = SAT
        OBJECT_ID = 2026-001A
        CENTER_NAME = EARTH
        REF_FRAME = EME2000
        TIME_SYSTEM = UTC
        START_TIME = 2026-01-01T00:00:00
        STOP_TIME = 2026-01-01T00:01:00
        META_STOP

        2026-01-01T00:00:00 7000 0 0 0 7.5 0
        2026-01-01T00:01:00 7000 450 0 0 7.5 0
        """;

    [Fact]
    public void SingleMessageResultHasOneEntryWithTheMessageAndItsFirstLine()
    {
        OemReadResult result = OemReader.Parse(OemKvn);

        Assert.True(result.Success);
        CcsdsReadEntry<Concord.Formats.Ccsds.Oem.Oem> entry = Assert.Single(result.Entries);
        Assert.Equal(1, entry.Line);
        Assert.Same(result.Message, entry.Message);
        Assert.Same(result.Message, Assert.Single(result.Messages));
        Assert.Equal(result.Diagnostics, entry.Diagnostics);
    }

    [Fact]
    public void SingleMessageResultWithAnErrorKeepsTheEntryWithoutMessage()
    {
        OemReadResult result = OemReader.Parse(OemKvn.Replace("OBJECT_ID = 2026-001A\n", "", StringComparison.Ordinal));

        Assert.False(result.Success);
        Assert.Null(result.Message);
        Assert.Empty(result.Messages);
        CcsdsReadEntry<Concord.Formats.Ccsds.Oem.Oem> entry = Assert.Single(result.Entries);
        Assert.Null(entry.Message);
        Diagnostic missing = Assert.Single(entry.Diagnostics, d => d.IsError);
        Assert.Equal(ErrorCodes.CcsdsMissingKey, missing.Code);
        Assert.Equal("OBJECT_ID", missing.Key);
    }

    [Fact]
    public void SingleMessageReaderGivesNoEntryForAnEncodingItDoesNotRead()
    {
        OemReadResult result = OemReader.Parse("[{\"CCSDS_OEM_VERS\": \"2.0\"}]");

        Assert.False(result.Success);
        Assert.Empty(result.Entries);
        Assert.Contains(result.Diagnostics, d => d.Code == ErrorCodes.CcsdsNoMessage);
    }

    [Fact]
    public void OemReadsToTheSameModelFromKvnAndXml()
    {
        Concord.Formats.Ccsds.Oem.Oem fromKvn = OemReader.Parse(OemKvn).Message!;
        string xml = OemWriter.Write(fromKvn, CcsdsFormat.Xml).Text!;

        OemReadResult fromXml = OemReader.Parse(xml);

        Assert.Equal(CcsdsFormat.Xml, fromXml.Format);
        Assert.True(fromXml.Success);
        Assert.Equal(fromKvn, fromXml.Message);
    }

    [Fact]
    public void OemBlocksOutOfPlaceAreReportedPerEncoding()
    {
        // KVN: a COVARIANCE_START inside the metadata is misplaced in the metadata; XML: a stateVector outside data is
        // misplaced in the document (and its keyword in the metadata).
        OemReadResult kvn = OemReader.Parse(OemKvn.Replace("META_STOP", "COVARIANCE_START\nMETA_STOP", StringComparison.Ordinal));
        string xml = OemWriter.Write(OemReader.Parse(OemKvn).Message!, CcsdsFormat.Xml).Text!
            .Replace("<metadata>", "<metadata>\n<stateVector><X>1</X></stateVector>", StringComparison.Ordinal);
        OemReadResult fromXml = OemReader.Parse(xml);

        Diagnostic kvnError = Assert.Single(kvn.Diagnostics, d => d.IsError);
        Assert.Equal(ErrorCodes.CcsdsUnexpectedKeyword, kvnError.Code);
        Assert.Equal(13, kvnError.Line);
        Assert.Equal(["COVARIANCE", "the OEM metadata"], kvnError.Arguments);
        Diagnostic[] xmlErrors = [.. fromXml.Diagnostics.Where(d => d.IsError)];
        Assert.All(xmlErrors, d => Assert.Equal(ErrorCodes.CcsdsUnexpectedKeyword, d.Code));
        Assert.Equal([["stateVector", "an OEM XML document"], ["X", "the OEM metadata"]], xmlErrors.Select(d => d.Arguments.ToArray()));
    }

    [Fact]
    public void MultiMessageResultListsEachMessageAndHasNoSingleMessage()
    {
        Concord.Formats.Ccsds.Cdm.Cdm cdm = Assert.Single(CdmSamples.Read("ccsds/cdm/CDMExample1.txt").Messages);
        string twice = CdmWriter.Write([cdm, cdm], CcsdsFormat.Kvn).Text!;

        CdmReadResult result = CdmReader.Parse(twice);

        Assert.True(result.Success);
        Assert.Equal(2, result.Messages.Length);
        Assert.Null(result.Message);
        Assert.Equal(2, result.Entries.Length);
        Assert.Equal(1, result.Entries[0].Line);
        Assert.True(result.Entries[1].Line > result.Entries[0].Line);
    }

    [Fact]
    public void CdmAndOmmXmlShareTheMessageElementAndHeaderBlock()
    {
        Concord.Formats.Ccsds.Cdm.Cdm cdm = Assert.Single(CdmSamples.Read("ccsds/cdm/CDMExample1.txt").Messages);
        Concord.Formats.Ccsds.Omm.Omm omm = Assert.Single(OmmReader.Parse(OmmWriter.Write(OmmFromKvn(), CcsdsFormat.Kvn).Text!).Messages);

        XElement cdmRoot = XDocument.Parse(CdmWriter.Write(cdm, CcsdsFormat.Xml).Text!).Root!;
        XElement ommRoot = XDocument.Parse(OmmWriter.Write(omm, CcsdsFormat.Xml).Text!).Root!;

        Assert.Equal(("cdm", "CCSDS_CDM_VERS", cdm.Header.Version), (cdmRoot.Name.LocalName, (string?)cdmRoot.Attribute("id"), (string?)cdmRoot.Attribute("version")));
        Assert.Equal(("omm", "CCSDS_OMM_VERS", omm.Header.Version), (ommRoot.Name.LocalName, (string?)ommRoot.Attribute("id"), (string?)ommRoot.Attribute("version")));
        Assert.Equal("header", cdmRoot.Elements().First().Name.LocalName);
        Assert.Equal("header", ommRoot.Elements().First().Name.LocalName);
        Assert.DoesNotContain(cdmRoot.Descendants(), e => e.Name.LocalName == "CCSDS_CDM_VERS");
        Assert.DoesNotContain(ommRoot.Descendants(), e => e.Name.LocalName == "CCSDS_OMM_VERS");
        Assert.Equal(cdm.Header.Originator, (string?)cdmRoot.Element("header")!.Element("ORIGINATOR"));
    }

    [Fact]
    public void CdmXmlGroupsTheRelativeStateVector()
    {
        Concord.Formats.Ccsds.Cdm.Cdm cdm = Assert.Single(CdmSamples.Read("ccsds/cdm/CDMExample2.txt").Messages);
        Assert.NotNull(cdm.RelativeMetadata.RelativePositionRMeters);

        XElement root = XDocument.Parse(CdmWriter.Write(cdm, CcsdsFormat.Xml).Text!).Root!;

        XElement relative = root.Element("body")!.Element("relativeMetadataData")!;
        XElement group = Assert.Single(relative.Elements("relativeStateVector"));
        Assert.All(group.Elements(), e => Assert.StartsWith("RELATIVE_", e.Name.LocalName, StringComparison.Ordinal));
        Assert.Equal(6, group.Elements().Count());
        Assert.Equal("m", (string?)group.Element("RELATIVE_POSITION_R")!.Attribute("units"));
        Assert.DoesNotContain(relative.Elements(), e => e.Name.LocalName.StartsWith("RELATIVE_POSITION_", StringComparison.Ordinal));
    }

    private static Concord.Formats.Ccsds.Omm.Omm OmmFromKvn() => Assert.Single(OmmReader.Parse("""
        CCSDS_OMM_VERS = 2.0
        CREATION_DATE = 2026-01-01T00:00:00
        ORIGINATOR = TEST
        OBJECT_NAME = SAT
        OBJECT_ID = 2026-001A
        CENTER_NAME = EARTH
        REF_FRAME = TEME
        TIME_SYSTEM = UTC
        MEAN_ELEMENT_THEORY = SGP4
        EPOCH = 2026-01-01T00:00:00
        MEAN_MOTION = 15.5
        ECCENTRICITY = 0.001
        INCLINATION = 51.6
        RA_OF_ASC_NODE = 10
        ARG_OF_PERICENTER = 20
        MEAN_ANOMALY = 30
        """).Messages);
}
