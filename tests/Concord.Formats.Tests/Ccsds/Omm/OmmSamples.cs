using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Omm;

namespace Concord.Formats.Tests.Ccsds.Omm;

/// <summary>The OMM samples of ccsds/ in the reference data (tests/data or ../shared/reference; provenance in their SOURCES.md).</summary>
internal static class OmmSamples
{
    public static readonly string[] Valid =
    [
        "ccsds/omm/OMMExample1.txt", "ccsds/omm/OMMExample2.txt", "ccsds/omm/OMMExample2.xml", "ccsds/omm/OMMExample3.txt",
        "ccsds/omm/OMMExample3_utc.txt", "ccsds/omm/OMMExample4.txt", "ccsds/omm/OMMExample4.xml", "ccsds/omm/OMMExample5.txt",
        "ccsds/omm/OMM-with-units.xml", "ccsds/omm/ccsds-ndm/omm1_st.kvn", "ccsds/omm/ccsds-ndm/omm1_st.xml",
        "ccsds/omm/ccsds-ndm/omm1_st.json", "ccsds/omm/ccsds-ndm/omm1_ct.kvn", "ccsds/omm/ccsds-ndm/omm1_ct.xml",
        "ccsds/omm/ccsds-ndm/omm1_ct.json", "ccsds/omm/python-sgp4/sample_omm.csv", "ccsds/omm/python-sgp4/sample_omm.xml",
    ];

    public static TheoryData<string> ValidFiles => new(Valid);

    public static TheoryData<string, CcsdsFormat> ValidFilesByFormat
    {
        get
        {
            var data = new TheoryData<string, CcsdsFormat>();
            foreach (string file in Valid)
            {
                foreach (CcsdsFormat format in Enum.GetValues<CcsdsFormat>())
                {
                    data.Add(file, format);
                }
            }

            return data;
        }
    }

    public static OmmReadResult Read(string relativePath)
    {
        using FileStream stream = File.OpenRead(ReferenceData.Require(relativePath));
        return OmmReader.Read(stream);
    }
}
