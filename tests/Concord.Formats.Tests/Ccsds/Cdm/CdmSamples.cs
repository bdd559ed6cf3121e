using Concord.Formats.Ccsds.Cdm;

namespace Concord.Formats.Tests.Ccsds.Cdm;

/// <summary>The CDM samples of ccsds/cdm and the CARA CDMs of pc/ in the reference data (tests/data, ../shared/reference).</summary>
internal static class CdmSamples
{
    public static readonly string[] Valid =
    [
        "ccsds/cdm/CDMExample1.txt", "ccsds/cdm/CDMExample1.xml", "ccsds/cdm/CDMExample2.txt", "ccsds/cdm/CDMExample3.txt",
        "ccsds/cdm/CDMExample4.txt", "ccsds/cdm/CDMExample5.txt", "ccsds/cdm/CDMExample_issue_940.txt",
        "ccsds/cdm/CDMExample_issue_940.xml", "ccsds/cdm/CDMExample_issue942.txt", "ccsds/cdm/CDMExample_issue942.xml",
        "ccsds/cdm/CDMExample_issue_944.xml", "ccsds/cdm/CDMExample_issue988.txt", "ccsds/cdm/CDMExample_issue988.xml",
        "ccsds/cdm/CDMExample_issue1319.xml", "ccsds/cdm/CDMExample_issue1458.xml", "ccsds/cdm/CDM-no-orbit-center-defined-obj1.txt",
        "ccsds/cdm/ION_SCV8_vs_STARLINK_1233.txt", "ccsds/cdm/ccsds-ndm/cdm_example_section4.kvn", "ccsds/cdm/ccsds-ndm/cdm_example_section4.xml",
    ];

    public static TheoryData<string> ValidFiles => new(Valid);

    public static TheoryData<string> CaraFiles
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (string folder in new[] { "pc/cara_pc_method_test", "pc/cara_sample_cdms" })
            {
                string? path = ReferenceData.Find(folder);
                if (path is null)
                {
                    data.Add(folder + "/missing.cdm");
                    continue;
                }

                foreach (string file in Directory.GetFiles(path, "*.cdm").Order(StringComparer.Ordinal))
                {
                    data.Add(folder + "/" + Path.GetFileName(file));
                }
            }

            return data;
        }
    }

    public static CdmReadResult Read(string relativePath)
    {
        using FileStream stream = File.OpenRead(ReferenceData.Require(relativePath));
        return CdmReader.Read(stream);
    }
}
