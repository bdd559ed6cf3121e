using Concord.Formats.Ccsds.Oem;

namespace Concord.Formats.Tests.Ccsds.Oem;

/// <summary>The OEM samples of ccsds/ in the reference data (tests/data or ../shared/reference; provenance in their SOURCES.md).</summary>
internal static class OemSamples
{
    public static readonly string[] Valid =
    [
        "ccsds/oem/OEMExample1.txt", "ccsds/oem/OEMExample2.txt", "ccsds/oem/OEMExample3.txt", "ccsds/oem/OEMExample3.xml",
        "ccsds/oem/OEMExample5.txt", "ccsds/oem/OEMExample5ITRF.txt", "ccsds/oem/ISS.resampled.truncated.txt",
        "ccsds/oem/ccsds-ndm/odmv2-testcase6_abbrev.kvn", "ccsds/oem/ccsds-ndm/odmv2-testcase6_abbrev.xml",
    ];

    public static TheoryData<string> ValidFiles => new(Valid);

    public static OemReadResult Read(string relativePath)
    {
        using FileStream stream = File.OpenRead(ReferenceData.Require(relativePath));
        return OemReader.Read(stream);
    }
}
