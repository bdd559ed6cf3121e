using Concord.Formats.Ccsds.Opm;

namespace Concord.Formats.Tests.Ccsds.Opm;

/// <summary>The OPM samples of ccsds/ in the reference data (tests/data or ../shared/reference; provenance in their SOURCES.md).</summary>
internal static class OpmSamples
{
    public static readonly string[] Valid =
    [
        "ccsds/opm/OPMExample1.txt", "ccsds/opm/OPMExample2.txt", "ccsds/opm/OPMExample3.txt", "ccsds/opm/OPMExample3.xml",
        "ccsds/opm/OPMExample4.txt", "ccsds/opm/OPMExample5.txt", "ccsds/opm/OPMExample6.txt", "ccsds/opm/OPM-no-designator.txt",
        "ccsds/opm/ccsds-ndm/502x0b2c1e2_fig3_2_opm.kvn", "ccsds/opm/ccsds-ndm/502x0b2c1e2_fig3_2_opm.xml",
        "ccsds/opm/ccsds-ndm/502x0b2c1e2_fig3_4_opm.kvn", "ccsds/opm/ccsds-ndm/502x0b2c1e2_fig3_4_opm.xml", "ccsds/ndm/NDM-opm.xml",
    ];

    public static TheoryData<string> ValidFiles => new(Valid);

    public static OpmReadResult Read(string relativePath)
    {
        using FileStream stream = File.OpenRead(ReferenceData.Require(relativePath));
        return OpmReader.Read(stream);
    }
}
